import { formatMoney } from "@/lib/format";
import type { PaymentPreference } from "@/lib/generated/prisma/enums";
import { PAYMENT_PREFERENCE } from "@/lib/labels";

/** Fee, expenses and total, with why there is no fee when there is none. */
export function MoneySummary({
  feePence,
  expensesPence,
  method,
  partnerName,
  forExpert,
}: {
  feePence: number;
  expensesPence: number;
  method: PaymentPreference;
  partnerName: string | null;
  forExpert: boolean;
}) {
  const noFee = method === "EXPENSES_ONLY" || method === "DECLINE";
  return (
    <dl className="summary-list mb-6 grid max-w-md grid-cols-[auto_1fr]">
      <dt>Fee</dt>
      <dd className="pl-6 text-right tabular-nums">
        {formatMoney(feePence)}
        {noFee && (
          <span className="block text-base text-muted">
            {forExpert ? "You chose not to take a fee" : "The expert does not take a fee"}
          </span>
        )}
      </dd>
      <dt>Expenses</dt>
      <dd className="pl-6 text-right tabular-nums">{formatMoney(expensesPence)}</dd>
      <dt className="border-t-2 border-ink pt-2">Total</dt>
      <dd className="border-t-2 border-ink pt-2 pl-6 text-right font-bold tabular-nums">
        {formatMoney(feePence + expensesPence)}
      </dd>
      <dt>How it is paid</dt>
      <dd className="pl-6 text-right">
        {method === "PAID_VIA_PARTNER" && partnerName ? `To ${partnerName}` : PAYMENT_PREFERENCE[method]}
      </dd>
    </dl>
  );
}
