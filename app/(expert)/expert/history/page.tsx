import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { involvementTotals, listAttendedSessions } from "@/lib/bookings/history";
import { debriefsForBookings } from "@/lib/debriefs/expert-queries";
import { formatDate, formatMinutes } from "@/lib/format";
import { OPPORTUNITY_TYPE, PAYMENT_STATUS } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { DebriefLine } from "./debrief-line";
import { MyTraining } from "./_components/my-training";
import { feedbackForHistory } from "@/lib/feedback/for-expert";
import { SessionFeedback } from "./session-feedback";

export const metadata: Metadata = { title: "My involvement" };

const PER_PAGE = 20;
const sessions = (n: number) => `${n} ${n === 1 ? "session" : "sessions"}`;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const { expertId } = user;
  const { page } = pageFrom((await searchParams).page, PER_PAGE);
  const [totals, history] = await Promise.all([
    involvementTotals({ expertId }),
    listAttendedSessions({ expertId, page, size: PER_PAGE }),
  ]);
  const debriefs = await debriefsForBookings({ expertId, bookingIds: history.items.map((h) => h.bookingId) });
  // Issue 14, two-way feedback: the expert's own feedback link and what students said, per session.
  const feedback = await feedbackForHistory({ expertId, bookingIds: history.items.map((h) => h.bookingId) });

  return (
    <>
      <h1>My involvement</h1>
      <p className="mb-6 max-w-2xl">Every session you have taken part in. Thank you for sharing your experience.</p>

      <div className="mb-8 grid gap-4 sm:grid-cols-2">
        <div className="card">
          <h2 className="text-xl">This academic year ({totals.academicYear})</h2>
          <p className="text-2xl font-bold">{formatMinutes(totals.yearMinutes)}</p>
          <p>{sessions(totals.yearSessions)}</p>
        </div>
        <div className="card">
          <h2 className="text-xl">All time</h2>
          <p className="text-2xl font-bold">{formatMinutes(totals.allMinutes)}</p>
          <p>{sessions(totals.allSessions)}</p>
        </div>
      </div>

      <h2>Sessions you attended</h2>
      {history.total === 0 ? (
        <p className="card">
          Nothing yet. After you take part in a session, it will show here.{" "}
          <Link href="/expert/opportunities">See what you could do</Link>.
        </p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {history.items.map((h) => (
            <li key={h.bookingId} className="grid gap-1 py-3 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4">
              <div>
                <p className="font-bold">{h.title}</p>
                <p className="text-base text-muted">
                  {formatDate(h.startsAt)} · {formatMinutes(h.minutes)} · {OPPORTUNITY_TYPE[h.type]}
                </p>
                <DebriefLine {...h} debrief={debriefs.get(h.bookingId)} />
              </div>
              <p>
                <span className="sr-only">Payment: </span>
                {h.paymentStatus ? (
                  <Tag
                    colour={
                      h.paymentStatus === "PAID"
                        ? "green"
                        : h.paymentStatus === "DECLINED_BY_EXPERT"
                          ? "grey"
                          : "yellow"
                    }
                  >
                    {PAYMENT_STATUS[h.paymentStatus]}
                  </Tag>
                ) : (
                  <Tag colour="yellow">Payment pending</Tag>
                )}
              </p>
              <SessionFeedback bookingId={h.bookingId} title={h.title} feedback={feedback.get(h.bookingId)} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={history.page} pageCount={history.pageCount} basePath="/expert/history" />
      <p className="mt-6">
        <Link href="/expert/payments">See your payments</Link>
      </p>
      <MyTraining expertId={expertId} />
    </>
  );
}
