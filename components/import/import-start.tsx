import Link from "next/link";
import type { FormAction } from "@/components/form/action-form";
import { formatDate } from "@/lib/format";
import type { Column } from "@/lib/import/types";
import { ImportUploadForm } from "./upload-form";

export type KindInfo = { value: string; slug: string; label: string; hint: string; columns: readonly Column[] };

/** The import page: templates and columns for each kind, the upload form, and the latest imports. */
export function ImportStart({
  basePath,
  kinds,
  action,
  limits,
  recent,
}: {
  basePath: string;
  kinds: KindInfo[];
  action: FormAction;
  limits: string;
  recent: {
    id: string;
    fileName: string;
    kindLabel: string;
    createdAt: Date;
    appliedAt: Date | null;
    rowCount: number;
  }[];
}) {
  return (
    <>
      <h1>Import from a spreadsheet</h1>
      <p className="mb-6 max-w-3xl">
        Bring in what you keep in a spreadsheet. Download a template, copy your rows into it (keep the headings in the
        first row), and upload it. You will see a preview of every row before anything is saved; then everything is
        saved at once, or nothing is. Importing the same file again changes nothing.
      </p>
      {kinds.map((k) => (
        <section key={k.value} aria-labelledby={`kind-${k.slug}`} className="mb-8 max-w-4xl">
          <h2 id={`kind-${k.slug}`}>{k.label}</h2>
          <p className="mb-2">{k.hint}</p>
          <p className="mb-4 flex flex-wrap gap-x-6">
            <a href={`${basePath}/template?kind=${k.slug}&format=xlsx`} download>
              Excel template for {k.label.toLowerCase()} (.xlsx)
            </a>
            <a href={`${basePath}/template?kind=${k.slug}&format=csv`} download>
              CSV template for {k.label.toLowerCase()} (.csv)
            </a>
          </p>
          <h3 className="mb-2 text-lg">The columns</h3>
          <dl className="grid gap-x-6 border-t border-line sm:grid-cols-[12rem_1fr]">
            {k.columns.map((c) => (
              <div key={c.key} className="border-b border-line py-2 sm:col-span-2 sm:grid sm:grid-cols-subgrid">
                <dt className="font-bold">
                  {c.heading}
                  {!c.required && <span className="block text-base font-normal">optional column</span>}
                </dt>
                <dd>{c.hint}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="upload" className="mb-8">
        <h2 id="upload">Upload a file</h2>
        <ImportUploadForm
          action={action}
          kinds={kinds.map((k) => ({ value: k.value, label: k.label }))}
          limits={limits}
        />
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent" className="max-w-4xl">
          <h2 id="recent">Latest imports</h2>
          <ul className="list-disc pl-6">
            {recent.map((b) => (
              <li key={b.id}>
                <Link href={`${basePath}/${b.id}`}>{b.fileName}</Link> ({b.kindLabel},{" "}
                {b.rowCount.toLocaleString("en-GB")} {b.rowCount === 1 ? "row" : "rows"}, {formatDate(b.createdAt)}):{" "}
                {b.appliedAt ? "imported" : "not imported"}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
