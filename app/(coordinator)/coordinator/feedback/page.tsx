import type { Metadata } from "next";
import Link from "next/link";
import { YearPicker } from "@/components/filters/year-picker";
import { FeedbackSummaryTable } from "@/components/feedback/feedback-summary";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { listSessionFeedback, type SessionFeedback } from "@/lib/feedback/coordinator-queries";
import { EXPERT_QUESTION_KEYS, EXPERT_QUESTIONS, PAID_ON_TIME_LABEL } from "@/lib/feedback/expert-schemas";
import { ratingLabel } from "@/lib/feedback/schemas";
import { coordinatorSessions, feedbackSummary } from "@/lib/feedback/summaries";
import { formatSessionTime } from "@/lib/format";
import { academicYearParam, nextAcademicYear } from "@/lib/modules/academic-year";
import { pageFrom } from "@/lib/pagination";
import { academicYearOf } from "@/lib/time";

export const metadata: Metadata = { title: "Feedback report" };

const PER_PAGE = 10;

/** This year and the three before it: feedback older than that is rarely looked at. */
function recentYears(now = new Date()) {
  const current = academicYearOf(now);
  const start = Number(current.slice(0, 4)) - 3;
  const years = [`${start}/${String((start + 1) % 100).padStart(2, "0")}`];
  while (years.length < 4) years.push(nextAcademicYear(years[years.length - 1]));
  return years.reverse();
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const params = await searchParams;
  const year = academicYearParam(params.year);
  const { page } = pageFrom(params.page, PER_PAGE);
  const [summary, sessions] = await Promise.all([
    feedbackSummary(coordinatorSessions(user, year)),
    listSessionFeedback({ user, academicYear: year, page, size: PER_PAGE }),
  ]);

  return (
    <>
      <h1>Feedback report</h1>
      <p className="mb-4 max-w-3xl">
        What experts and academics said about your university&apos;s sessions. Experts can keep their name from the
        academic: you still see it here, so you can follow up anything that went wrong. Please do not pass it on.
      </p>
      <p className="mb-6">
        <Link href="/coordinator/you-said-we-did" className="inline-block min-h-11 py-2 font-bold">
          Tell experts what you changed (You said, we did)
        </Link>
      </p>
      <YearPicker years={recentYears()} value={year} />

      <h2>Summary, {year}</h2>
      <FeedbackSummaryTable summary={summary} caption={`Feedback summary, ${year}`} />

      <h2>Sessions with feedback</h2>
      {sessions.total === 0 ? (
        <p className="card">No feedback on sessions in {year} yet.</p>
      ) : (
        <ul className="grid gap-4">
          {sessions.items.map((s) => (
            <SessionCard key={s.id} session={s} />
          ))}
        </ul>
      )}
      <Pagination
        page={sessions.page}
        pageCount={sessions.pageCount}
        basePath="/coordinator/feedback"
        params={{ year }}
      />
    </>
  );
}

function SessionCard({ session: s }: { session: SessionFeedback }) {
  return (
    <li className="card">
      <h3 className="mb-1 text-xl">
        <Link href={`/coordinator/sessions/${s.id}`}>{s.opportunity.title}</Link>
      </h3>
      <p className="mb-3 text-muted">
        {formatSessionTime(s.startsAt, s.endsAt)}
        {s.opportunity.module && ` · ${s.opportunity.module.code} ${s.opportunity.module.title}`}
      </p>
      {s.feedback.length > 0 && (
        <>
          <h4 className="mb-1 font-bold">From academics</h4>
          <ul className="mb-3 space-y-2">
            {s.feedback.map((f) => (
              <li key={f.id}>
                <span className="font-bold">{f.author.name}</span>: {ratingLabel(f.rating)}{" "}
                {f.shareWithExperts ? (
                  <Tag colour="green">Shared with experts</Tag>
                ) : (
                  <Tag colour="grey">Not shared</Tag>
                )}
                {f.text && <span className="block whitespace-pre-line">“{f.text}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {s.expertFeedback.length > 0 && (
        <>
          <h4 className="mb-1 font-bold">From experts</h4>
          <ul className="space-y-3">
            {s.expertFeedback.map((f) => (
              <li key={f.id}>
                <Link href={`/coordinator/experts/${f.expert.id}`} className="font-bold">
                  {f.expert.user.name}
                </Link>{" "}
                {f.anonymous && <Tag colour="yellow">Name kept from the academic</Tag>}
                <span className="block text-base">
                  {[
                    ...EXPERT_QUESTION_KEYS.filter((q) => f[q] !== null).map(
                      (q) => `${EXPERT_QUESTIONS[q].label} ${f[q]} out of 5`,
                    ),
                    f.paidOnTime && `Paid on time? ${PAID_ON_TIME_LABEL[f.paidOnTime]}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                {f.comments && <span className="block whitespace-pre-line">“{f.comments}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
