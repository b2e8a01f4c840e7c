import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { formatMoney, formatShortDate } from "@/lib/format";
import type { ExpenseType } from "@/lib/generated/prisma/enums";
import { EXPENSE_TYPE } from "@/lib/labels";
import { perMile } from "./expense-form";

type Expense = {
  id: string;
  type: ExpenseType;
  miles: number | null;
  amountPence: number;
  note: string;
  createdAt: Date;
  addedBy: { name: string; role: string };
};

/**
 * The expenses on a payment, with a remove button on each while it can still change.
 * `removeAction` is removeExpenseAction (lib/payments/expense-actions), passed in by the page.
 */
export function ExpenseList({
  expenses,
  editable,
  removeAction,
  showAddedBy = false,
  mileageRatePence,
}: {
  expenses: Expense[];
  editable: boolean;
  removeAction: FormAction;
  showAddedBy?: boolean;
  mileageRatePence?: number;
}) {
  if (expenses.length === 0) return <p className="mb-4">No expenses added.</p>;
  return (
    <ul className="mb-6 grid gap-3">
      {expenses.map((e) => (
        <li key={e.id} className="card flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="font-bold">
              {EXPENSE_TYPE[e.type]}: {formatMoney(e.amountPence)}
            </p>
            {e.miles !== null && (
              <p>
                {e.miles} {e.miles === 1 ? "mile" : "miles"}
                {mileageRatePence ? ` at ${perMile(mileageRatePence)} a mile` : ""}
              </p>
            )}
            {e.note && <p className="text-muted">{e.note}</p>}
            {showAddedBy && (
              <p className="text-base text-muted">
                Added by {e.addedBy.name} on {formatShortDate(e.createdAt)}
              </p>
            )}
          </div>
          {editable && (
            <ActionForm
              action={removeAction}
              compact
              aria-label={`Remove ${EXPENSE_TYPE[e.type]}, ${formatMoney(e.amountPence)}`}
            >
              <input type="hidden" name="expenseId" value={e.id} />
              <SubmitButton variant="secondary">
                Remove
                <span className="sr-only">
                  {" "}
                  {EXPENSE_TYPE[e.type]}, {formatMoney(e.amountPence)}
                </span>
              </SubmitButton>
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
