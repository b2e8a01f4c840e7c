import { ActionForm, type FormAction } from "@/components/form/action-form";
import { Radios, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { formatMoney } from "@/lib/format";
import { EXPENSE_TYPE, options } from "@/lib/labels";

/** 45 → "45p", 120 → "£1.20" */
export const perMile = (pence: number) => (pence < 100 ? `${pence}p` : formatMoney(pence));

const HINTS: Record<string, string> = {
  TRAVEL: "Travel (car, bus, train or taxi)",
  PARKING: "Parking",
  REPLACEMENT_CARE: "Replacement care (someone to look after a person you care for while you were here)",
  SUBSISTENCE: "Food and drink",
  OTHER: "Something else",
};

/**
 * Add one expense. Used by the expert, and by a coordinator adding one on their behalf.
 * `action` is addExpenseAction (lib/payments/expense-actions), passed in by the page.
 */
export function ExpenseForm({
  action,
  paymentId,
  mileageRatePence,
  onBehalf = false,
}: {
  action: FormAction;
  paymentId: string;
  mileageRatePence: number;
  onBehalf?: boolean;
}) {
  return (
    <ActionForm action={action} aria-label="Add an expense">
      <input type="hidden" name="paymentId" value={paymentId} />
      <Radios
        name="type"
        label={onBehalf ? "What was the expense for?" : "What did you spend money on?"}
        options={options(EXPENSE_TYPE).map((o) => ({ ...o, label: HINTS[o.value] ?? o.label }))}
      />
      <TextField
        name="miles"
        label="If you drove: how many miles, there and back"
        hint={`We pay ${perMile(mileageRatePence)} a mile. Leave this empty for a bus, train or taxi fare.`}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
      />
      <TextField
        name="amount"
        label="Amount in pounds"
        hint="For example 4.50. Leave this empty if you gave the miles."
        inputMode="decimal"
        autoComplete="off"
        className="max-w-xs"
      />
      <TextArea
        name="note"
        label="Note (optional)"
        hint="For example: return bus fare, or a sitter for 3 hours."
        rows={2}
        maxLength={500}
      />
      <SubmitButton variant="secondary">Add this expense</SubmitButton>
    </ActionForm>
  );
}
