import type { Metadata } from "next";
import Link from "next/link";
import { SelectFilter } from "@/components/filters/select-filter";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { listFeedbackSessions } from "@/lib/feedback/queries";
import { ratingLabel } from "@/lib/feedback/schemas";
import { formatSessionTime } from "@/lib/format";
import { stageLabel } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";

export const metadata: Metadata = { title: "Feedback on sessions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const params = await searchParams;
  const { page, skip, take, size } = pageFrom(params.page);
  const waiting = params.show === "waiting";
  const { items, total } = await listFeedbackSessions({ user, skip, take, withoutMyFeedback: waiting });

  return (
    <>
      <h1>Feedback on sessions</h1>
      <p className="mb-6 max-w-3xl">
        Sessions with people with lived experience that have taken place on the modules you lead. Your feedback helps
        the coordinator and the experts know what worked for students.
      </p>
      <SelectFilter
        name="show"
        label="Show"
        placeholder="All sessions"
        options={[{ value: "waiting", label: "Sessions without your feedback" }]}
        value={waiting ? "waiting" : ""}
      />

      {total === 0 ? (
        <p className="card">
          {waiting
            ? "You have given feedback on every session so far. Thank you."
            : "No sessions have taken place on your modules yet."}
        </p>
      ) : (
        <ul className="grid gap-4">
          {items.map((s) => (
            <li key={s.id} className="card">
              <h2 className="mb-1 text-xl">{s.opportunity.title}</h2>
              <p className="mb-2 text-muted">
                {s.opportunity.module ? `${s.opportunity.module.code} ${s.opportunity.module.title}` : ""} ·{" "}
                {stageLabel(s.opportunity.stage)}
              </p>
              <p>{formatSessionTime(s.startsAt, s.endsAt)}</p>
              <p className="mb-3">
                {s._count.bookings === 0
                  ? "Attendance not recorded yet"
                  : `${s._count.bookings} ${s._count.bookings === 1 ? "person" : "people"} with lived experience attended`}
              </p>
              {s.myFeedback ? (
                <p className="mb-3">
                  <strong>Your rating:</strong> {ratingLabel(s.myFeedback.rating)}
                  {s.myFeedback.text && <span className="block whitespace-pre-line">“{s.myFeedback.text}”</span>}
                </p>
              ) : (
                <p className="mb-3">
                  <strong className="tag tag-yellow">No feedback from you yet</strong>
                </p>
              )}
              <Link href={`/academic/feedback/${s.id}`} className={s.myFeedback ? "btn btn-secondary" : "btn"}>
                {s.myFeedback ? "Change your feedback" : "Give feedback"}
                <span className="sr-only">
                  {" "}
                  on {s.opportunity.title}, {formatSessionTime(s.startsAt, s.endsAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / size))}
        basePath="/academic/feedback"
        params={{ show: waiting ? "waiting" : undefined }}
      />
    </>
  );
}
