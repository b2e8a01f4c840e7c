import Link from "next/link";
import { formatMoney, formatShortDate } from "@/lib/format";
import { daysSinceSession } from "@/lib/payments/late";
import { latePaymentsForInstitution } from "@/lib/payments/queries";
import { COORDINATOR_STATUS } from "@/lib/payments/steps";

/**
 * For the coordinator dashboard: how many payments are late (not paid this many days after the
 * session) and the oldest few, with a link to all of them.
 */
export async function LatePaymentsCard({ institutionId, show = 5 }: { institutionId: string; show?: number }) {
  const late = await latePaymentsForInstitution({ institutionId, take: show });
  const now = new Date();
  return (
    <section aria-labelledby="late-payments" className={`card ${late.count > 0 ? "border-l-8 border-l-danger" : ""}`}>
      <h2 id="late-payments" className="text-xl">
        Late payments
      </h2>
      {late.count === 0 ? (
        <p>No late payments. Everything from more than {late.latePaymentDays} days ago has been paid.</p>
      ) : (
        <>
          <p className="mb-3">
            <strong>
              {late.count} {late.count === 1 ? "payment is" : "payments are"} late
            </strong>
            : not paid {late.latePaymentDays} days after the session. Oldest first:
          </p>
          <ul className="mb-3 grid gap-2">
            {late.items.map((p) => (
              <li key={p.id}>
                <Link href={`/coordinator/payments/${p.id}`}>{p.expertName}</Link>, {formatMoney(p.totalPence)}
                <span className="block text-base text-muted">
                  {daysSinceSession(p.sessionDate, now)} days since {formatShortDate(p.sessionDate)};{" "}
                  {COORDINATOR_STATUS[p.status].label.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/coordinator/payments?tab=late">All {late.count} late payments</Link>
          </p>
        </>
      )}
    </section>
  );
}
