import Link from "next/link";
import type { FormAction } from "@/components/form/action-form";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { Tag, type TagColour } from "@/components/ui/tag";
import { formatDate, formatTime } from "@/lib/format";
import type { BatchView } from "@/lib/import/queries";
import { KIND_NOUN, type RowAction } from "@/lib/import/types";
import { ConfirmImportForm } from "./confirm-form";
import { ScrollBox } from "@/components/ui/scroll-box";

const ACTION: Record<RowAction, { label: string; colour: TagColour }> = {
  create: { label: "Create", colour: "green" },
  update: { label: "Update", colour: "blue" },
  unchanged: { label: "No change", colour: "grey" },
  problem: { label: "Problem", colour: "red" },
};

const ROWS_PER_PAGE = 500;
const PROBLEMS_SHOWN = 500;

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** An import's preview (what confirming would do now, every problem named) or, once applied, its result. */
export function ImportBatchView({
  batch,
  basePath,
  page,
  confirmAction,
}: {
  batch: BatchView;
  basePath: string;
  page: number;
  confirmAction: FormAction;
}) {
  const noun = KIND_NOUN[batch.kind];
  const uploaded = `${batch.createdByName} uploaded it on ${formatDate(batch.createdAt)} at ${formatTime(batch.createdAt)}.`;

  if (batch.appliedAt || !batch.plan) {
    const r = batch.result ?? {};
    return (
      <>
        <h1>Imported: {batch.fileName}</h1>
        <Notice tone="success" role="status" bold className="mb-6 max-w-3xl">
          {`Imported on ${formatDate(batch.appliedAt ?? batch.createdAt)}: ${count(r.created ?? 0, "created", "created")}, ${count(
            r.updated ?? 0,
            "updated",
            "updated",
          )}, ${count(r.unchanged ?? 0, "no change", "no change")}.`}
          {r.invited ? ` ${count(r.invited, "invitation")} emailed.` : ""}
        </Notice>
        <p className="mb-4">{uploaded}</p>
        <p>
          <Link href={`${basePath}`}>Import another file</Link>
        </p>
      </>
    );
  }

  const { plan } = batch;
  const pageCount = Math.max(1, Math.ceil(plan.rows.length / ROWS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = plan.rows.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE);
  const toWrite = plan.counts.create + plan.counts.update;

  return (
    <>
      <h1>Preview: {batch.fileName}</h1>
      <p className="mb-4">{uploaded} Nothing has been saved yet. This shows what importing it would do now.</p>
      <section aria-labelledby="summary" className="mb-6">
        <h2 id="summary">Summary</h2>
        <ul className="list-disc pl-6">
          <li>{count(plan.rows.length, "row")} read</li>
          <li>{count(plan.counts.create, `new ${noun.one}`, `new ${noun.many}`)} to create</li>
          <li>{count(plan.counts.update, noun.one, noun.many)} to update</li>
          <li>{count(plan.counts.unchanged, "row")} with no change</li>
          <li>{count(plan.counts.problem, "row")} with problems</li>
        </ul>
      </section>

      {plan.counts.problem > 0 ? (
        <Notice tone="error" as="section" aria-labelledby="problems" className="mb-6 max-w-4xl">
          <h2 id="problems">
            {count(plan.counts.problem, "row has", "rows have")} problems, so nothing can be imported yet
          </h2>
          <p className="mb-4">
            Fix these in your spreadsheet and <Link href={basePath}>upload it again</Link>. Nothing from this file has
            been saved.
          </p>
          <ul className="list-disc pl-6">
            {plan.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              <li key={i}>
                <strong>
                  Row {p.row}
                  {p.column ? `, ${p.column}` : ""}:
                </strong>{" "}
                {p.message}
              </li>
            ))}
          </ul>
          {plan.problems.length > PROBLEMS_SHOWN && (
            <p className="mt-4">And {count(plan.problems.length - PROBLEMS_SHOWN, "more problem")}.</p>
          )}
        </Notice>
      ) : toWrite === 0 ? (
        <Notice tone="info" role="status" className="mb-6 max-w-3xl">
          Every row is already in Involve as it is in the file: importing it would change nothing.{" "}
          <Link href={basePath}>Import another file</Link>
        </Notice>
      ) : (
        <section aria-labelledby="confirm" className="mb-8 max-w-3xl">
          <h2 id="confirm">Import these {noun.many}</h2>
          <p className="mb-4">
            Everything is saved at once, or nothing is. If the records change before you confirm, we check again and
            tell you.
          </p>
          <ConfirmImportForm
            action={confirmAction}
            batchId={batch.id}
            label={`Import ${count(toWrite, noun.one, noun.many)}`}
            offerInvitations={batch.kind === "EXPERTS" && plan.counts.create > 0}
          />
        </section>
      )}

      <h2>Every row</h2>
      <ScrollBox label="Rows of the file">
        <table className="table min-w-[36rem] [overflow-wrap:normal]">
          <caption className="sr-only">Each row of the file and what importing it would do</caption>
          <thead>
            <tr>
              <th scope="col" className="whitespace-nowrap">
                Row
              </th>
              <th scope="col">What will happen</th>
              <th scope="col">{noun.one.charAt(0).toUpperCase() + noun.one.slice(1)}</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>
                  <Tag colour={ACTION[r.action].colour}>{ACTION[r.action].label}</Tag>
                </td>
                <th scope="row" className="font-normal">
                  {r.label.length > 120 ? `${r.label.slice(0, 120)}…` : r.label}
                </th>
                <td>
                  {r.action === "problem"
                    ? r.problems.map((p) => `${p.column ? `${p.column}: ` : ""}${p.message}`).join(" ")
                    : r.changes.join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Pagination page={current} pageCount={pageCount} basePath={`${basePath}/${batch.id}`} />
    </>
  );
}
