import { formatDate, formatMoney } from "@/lib/format";
import type { EarningsSummary } from "@/lib/payments/earnings";
import { LIMIT_PERIOD } from "@/lib/labels";
import { EarnedFigure } from "./earned-figure";

/**
 * Earnings (fees only) this week or month and this tax year, each as one figure with its parts,
 * against the personal limit if any, with what the limit figure counts said in words.
 */
export function EarningsPanel({
  summary,
  forExpert,
  name,
}: {
  summary: EarningsSummary;
  forExpert: boolean;
  name?: string;
}) {
  const { limitPence, period, inPeriod } = summary;
  const periodWord = period === "MONTH" ? "month" : "week";
  const your = forExpert ? "your" : "their";
  const over = limitPence !== null && inPeriod.earnedPence > limitPence;
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
            This {periodWord} (from {formatDate(summary.periodStart)}): <EarnedFigure earned={inPeriod} />.
            {over ? (
              <strong className="mt-1 block text-danger">
                That is {formatMoney(inPeriod.earnedPence - limitPence)} over the limit.
              </strong>
            ) : (
              <span className="block">{formatMoney(limitPence - inPeriod.earnedPence)} left before the limit.</span>
            )}
          </p>
          <p className="mt-2 text-base">
            The limit is checked against the fee of every payment for a session this {periodWord}, approved or still
            waiting for approval. Places booked for later in the {periodWord} are not counted until {your} session has
            taken place.
          </p>
        </>
      ) : (
        <p>
          {forExpert
            ? "You have not recorded an earnings limit. You can add one in My profile if your benefits have a limit."
            : `No earnings limit recorded${name ? ` for ${name}` : ""}.`}
        </p>
      )}
      <p className="mt-2">
        In the {summary.taxYearLabel} tax year: <EarnedFigure earned={summary.inTaxYear} />.
      </p>
      <p className="mt-2 text-base text-muted">
        Fees count as earnings, by the date of the session. Expenses pay back what {forExpert ? "you" : "they"} spent,
        so they do not count, and neither does a fee {forExpert ? "you" : "they"} chose not to claim.
      </p>
    </div>
  );
}
