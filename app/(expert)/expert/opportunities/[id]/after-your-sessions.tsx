import Link from "next/link";
import { checkInLink } from "@/lib/bookings/links";
import { finishedSessionsWithDebrief } from "@/lib/debriefs/expert-queries";
import { formatDate } from "@/lib/format";
import { debriefStatusText } from "../../_components/debrief-status";

/**
 * On an opportunity's page, the expert's own sessions of it that have taken place: where each
 * one's debrief stands, and the way to the check-in page (how are you feeling, ask for a debrief).
 * Nothing when they have not been to one.
 */
export async function AfterYourSessions({ expertId, opportunityId }: { expertId: string; opportunityId: string }) {
  const sessions = await finishedSessionsWithDebrief({ expertId, opportunityId });
  if (!sessions.length) return null;
  return (
    <section aria-labelledby="after-title" className="mb-8">
      <h2 id="after-title">After your session</h2>
      <ul className="grid gap-4">
        {sessions.map((s) => {
          const date = formatDate(s.startsAt);
          const asked = s.debrief && s.debrief.requestedByExpert && !s.debrief.doneAt;
          return (
            <li key={s.bookingId} className="card">
              <h3>{date}</h3>
              <p className="mb-2">
                {s.debrief
                  ? debriefStatusText(s.debrief)
                  : "If you would like to talk it through with someone, you can ask for a debrief."}
              </p>
              <Link href={checkInLink(s.bookingId)} className="inline-block min-h-11 py-2">
                {asked ? "Tell us how you are feeling" : "Ask for a debrief"}
                <span className="sr-only"> after the session on {date}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
