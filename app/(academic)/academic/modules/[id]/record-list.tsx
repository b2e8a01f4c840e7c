import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { formatDate, formatMinutes } from "@/lib/format";
import { deleteInvolvementRecordAction } from "@/lib/involvement/actions";
import type { ModuleRecord } from "@/lib/involvement/queries";
import { PARTICIPATION_LEVEL, STAGE } from "@/lib/labels";

/** The page's records under a heading per stage (they arrive in stage order). */
export function RecordList({
  records,
  userId,
  filtered,
}: {
  records: ModuleRecord[];
  userId: string;
  filtered: boolean;
}) {
  if (records.length === 0) {
    return (
      <p className="card mb-6">
        {filtered ? "Nothing recorded at this stage yet." : "Nothing recorded for this module yet."}
      </p>
    );
  }
  const byStage = new Map<string, ModuleRecord[]>();
  for (const r of records) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), r]);
  return (
    <>
      {[...byStage].map(([stage, items]) => (
        <div key={stage} className="mb-6">
          <h3>{STAGE[items[0]!.stage]}</h3>
          <ul className="grid gap-4">
            {items.map((r) => (
              <li key={r.id} className="card">
                <p className="font-bold">{formatDate(r.date)}</p>
                <p>
                  {formatMinutes(r.minutes)}, {r.expertCount} {r.expertCount === 1 ? "person" : "people"} with lived
                  experience
                </p>
                {r.participationLevel && <p>Level: {PARTICIPATION_LEVEL[r.participationLevel]}</p>}
                {r.session ? (
                  <p className="mt-2">
                    <strong className="tag">From a session</strong>{" "}
                    <Link href={`/academic/feedback/${r.session.id}`}>
                      {r.session.opportunity.title}
                      <span className="sr-only">: give feedback on this session</span>
                    </Link>
                  </p>
                ) : (
                  <>
                    <p className="mt-2">
                      <strong className="tag tag-grey">Added by hand</strong>
                    </p>
                    <p className="mt-2 whitespace-pre-line">{r.description}</p>
                  </>
                )}
                {!r.session && r.loggedById === userId && (
                  <details className="mt-3">
                    <summary className="inline-block min-h-11 cursor-pointer py-2 text-link underline">
                      Delete<span className="sr-only"> the record from {formatDate(r.date)}</span>
                    </summary>
                    <ActionForm
                      action={deleteInvolvementRecordAction}
                      compact
                      aria-label={`Delete the record from ${formatDate(r.date)}`}
                    >
                      <input type="hidden" name="recordId" value={r.id} />
                      <p className="mb-2">This cannot be undone.</p>
                      <SubmitButton variant="danger">Yes, delete this record</SubmitButton>
                    </ActionForm>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
