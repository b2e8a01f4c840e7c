import type { Metadata } from "next";
import Link from "next/link";
import { EarningsPanel } from "@/components/payments/earnings-panel";
import { StepLine } from "@/components/payments/step-line";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { findDisplayChoices } from "@/lib/experts/profile-queries";
import { formatDate, formatMoney } from "@/lib/format";
import { earningsSummary } from "@/lib/payments/earnings";
import { daysSinceSession, SETTLED } from "@/lib/payments/late";
import { listPaymentsForExpert } from "@/lib/payments/queries";
import { nextStepForExpert } from "@/lib/payments/steps";

export const metadata: Metadata = { title: "Your payments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Easy Read: the same message in short sentences, one idea each. */
const EASY_INTRO = [
  "You get money after each session.",
  "You can add costs, like a bus fare.",
  "Then send it to us.",
  "This page shows where your money is.",
];

const days = (n: number) => (n === 0 ? "today" : n === 1 ? "1 day ago" : `${n} days ago`);

export default async function Page({ searchParams }: Props) {
  const user = await requireArea("expert");
  const query = await searchParams;
  const rawPage = Array.isArray(query.page) ? query.page[0] : query.page;
  const [payments, summary, display] = await Promise.all([
    listPaymentsForExpert({ expertId: user.expertId, page: rawPage }),
    earningsSummary({ expertId: user.expertId }),
    findDisplayChoices({ userId: user.id }),
  ]);
  const { easyRead } = display;
  const now = new Date();

  return (
    <>
      <h1>Your payments</h1>
      {easyRead ? (
        <div className="mb-6 max-w-2xl">
          {EASY_INTRO.map((sentence) => (
            <p key={sentence} className="mb-2">
              {sentence}
            </p>
          ))}
        </div>
      ) : (
        <p className="mb-6 max-w-2xl">
          After each session you attend, a payment appears here. Add any expenses, such as travel, then send it for
          approval. You can see where each payment has got to.
        </p>
      )}
      <EarningsPanel summary={summary} forExpert />
      {easyRead ? (
        <p className="mb-8">
          <Link href="/expert/statement">Your statement</Link> shows your money for the year. You can print it.
        </p>
      ) : (
        <p className="mb-8">
          <Link href="/expert/statement">Your statement for the tax year</Link> — for benefits or tax, to download or
          print.
        </p>
      )}

      <h2>{easyRead ? "Each payment" : "Payments"}</h2>
      {payments.items.length === 0 ? (
        <p className="card">
          {easyRead
            ? "No money yet. It shows here after a session."
            : "No payments yet. They appear here after you attend a session."}
        </p>
      ) : (
        <ul className="grid gap-4">
          {payments.items.map((p) => {
            const unpaid = !SETTLED.includes(p.status);
            const needsYou = p.status === "DRAFT";
            return (
              <li key={p.id} className={`card ${p.sentBackReason && needsYou ? "border-l-8 border-l-warn" : ""}`}>
                <h3 className="mb-1">
                  <Link href={`/expert/payments/${p.id}`}>{p.title}</Link>
                </h3>
                <p className="mb-2">{formatDate(p.sessionDate)}</p>
                {p.sentBackReason && needsYou && (
                  <p className="mb-2">
                    <Tag colour="orange">Needs a change</Tag> {p.sentBackReason}
                  </p>
                )}
                <p className="mb-3 text-lg">
                  <strong>{formatMoney(p.totalPence)}</strong>{" "}
                  <span className="text-muted">
                    ({formatMoney(p.feePence)} fee + {formatMoney(p.expensesPence)} expenses)
                  </span>
                </p>
                <StepLine status={p.status} compact label={`Progress of the payment for ${p.title}`} />
                {p.status !== "PAID" && (
                  <p className="mt-3">{nextStepForExpert(p.status, Boolean(p.sentBackReason))}</p>
                )}
                {unpaid && <p className="mt-1 text-muted">Session was {days(daysSinceSession(p.sessionDate, now))}.</p>}
                {p.status === "PAID" && p.paidAt && <p className="mt-3">Paid on {formatDate(p.paidAt)}.</p>}
                {needsYou && (
                  <p className="mt-3">
                    <Link href={`/expert/payments/${p.id}`} className="btn">
                      {p.sentBackReason ? "Check and send again" : "Add expenses and send"}
                      <span className="sr-only"> for {p.title}</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={payments.page} pageCount={payments.pageCount} basePath="/expert/payments" />
    </>
  );
}
