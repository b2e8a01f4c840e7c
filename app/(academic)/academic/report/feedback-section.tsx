import { FeedbackSummaryTable } from "@/components/feedback/feedback-summary";
import { Pagination } from "@/components/ui/pagination";
import type { AcademicCaller } from "@/lib/auth/caller";
import { academicSessions, expertCommentsForAcademic, feedbackSummary } from "@/lib/feedback/summaries";
import { formatSessionTime } from "@/lib/format";

const PER_PAGE = 10;

/**
 * The academic report's feedback (issue 14): averages and counts per question for the modules
 * they lead, and experts' comments. Academics never see which expert said what (whether or not
 * the expert asked to be anonymous): they see experts only anonymised elsewhere too.
 */
export async function FeedbackSection({ user, year, page }: { user: AcademicCaller; year: string; page: number }) {
  const sessions = academicSessions(user, year);
  const [summary, comments] = await Promise.all([
    feedbackSummary(sessions),
    expertCommentsForAcademic({ sessionWhere: sessions, page, size: PER_PAGE }),
  ]);
  return (
    <section aria-labelledby="feedback-summary" className="mt-10 max-w-3xl">
      <h2 id="feedback-summary">Feedback on your sessions, {year}</h2>
      <p className="mb-4">
        What the experts who took part, and academics, said about sessions on the modules you lead. Experts&apos; names
        are never shown here.
      </p>
      <FeedbackSummaryTable summary={summary} caption={`Feedback on your sessions, ${year}`} />
      <h3>What experts said</h3>
      {comments.total === 0 ? (
        <p>No comments from experts yet.</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {comments.items.map((c) => (
            <li key={c.id} className="py-3">
              <p className="whitespace-pre-line">“{c.comments}”</p>
              <p className="text-base text-muted">
                {c.session.opportunity.title}, {formatSessionTime(c.session.startsAt, c.session.endsAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={comments.page} pageCount={comments.pageCount} basePath="/academic/report" params={{ year }} />
    </section>
  );
}
