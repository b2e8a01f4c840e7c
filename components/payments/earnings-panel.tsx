import { formatDate, formatMoney } from "@/lib/format";
import type { EarningsSummary } from "@/lib/payments/earnings";
import { LIMIT_PERIOD } from "@/lib/labels";

/** Earnings (fees only) this week or month and this tax year, against the personal limit if any. */
export function EarningsPanel({
  summary,
  forExpert,
  name,
}: {
  summary: EarningsSummary;
  forExpert: boolean;
  name?: string;
}) {
  const { limitPence, period } = summary;
  const who = forExpert ? "You have" : `${name ?? "They"} has`;
  const periodWord = period === "MONTH" ? "month" : "week";
  const over = limitPence !== null && summary.earnedInPeriodPence > limitPence;
  return (
    <div className="card mb-6 max-w-2xl border-l-8 border-l-brand">
      <h2 className="text-xl">{forExpert ? "Your earnings" : "Earnings and limit"}</h2>
      {limitPence !== null && period ? (
        <>
          <p>
            {forExpert ? "Your" : "Their"} earnings limit:{" "}
            <strong>
              {formatMoney(limitPence)} {LIMIT_PERIOD[period]}
            </strong>
            .
          </p>
          <p>
            {who} earned <strong>{formatMoney(summary.earnedInPeriodPence)}</strong> this {periodWord} (from{" "}
            {formatDate(summary.periodStart)}).
            {over ? (
              <strong className="mt-1 block text-danger">
                That is {formatMoney(summary.earnedInPeriodPence - limitPence)} over the limit.
              </strong>
            ) : (
              <span className="block">
                {formatMoney(limitPence - summary.earnedInPeriodPence)} left before the limit.
              </span>
            )}
          </p>
        </>
      ) : (
        <p>
          {forExpert
            ? "You have not recorded an earnings limit. You can add one in My profile if your benefits have a limit."
            : "No earnings limit recorded."}
        </p>
      )}
      <p className="mt-2">
        In the {summary.taxYearLabel} tax year: <strong>{formatMoney(summary.earnedInTaxYearPence)}</strong> in fees.
      </p>
      <p className="mt-2 text-base text-muted">
        Fees count as earnings, by the date of the session. Expenses pay back what {forExpert ? "you" : "they"} spent,
        so they do not count.
      </p>
    </div>
  );
}
