import Link from "next/link";
import { FeedbackSummaryTable } from "@/components/feedback/feedback-summary";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { feedbackSummary } from "@/lib/feedback/summaries";
import { academicYearOf } from "@/lib/time";

/** Issue 14: the feedback on this one session, summarised; who said what is on the feedback report. */
export async function SessionFeedbackSummary({
  user,
  sessionId,
  startsAt,
}: {
  user: CoordinatorCaller;
  sessionId: string;
  startsAt: Date;
}) {
  const summary = await feedbackSummary({ id: sessionId, opportunity: { institutionId: user.institutionId } });
  const year = academicYearOf(startsAt);
  return (
    <section aria-labelledby="feedback-title" className="mb-10 max-w-3xl">
      <h2 id="feedback-title">Feedback</h2>
      {summary.experts.responses + summary.academics.responses === 0 ? (
        <p>No feedback on this session yet.</p>
      ) : (
        <FeedbackSummaryTable summary={summary} caption="Feedback on this session" />
      )}
      <Link
        href={`/coordinator/feedback?year=${encodeURIComponent(year)}`}
        className="inline-block min-h-11 py-2 font-bold"
      >
        See who said what on the feedback report
      </Link>
    </section>
  );
}
