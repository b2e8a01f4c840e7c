import type { Metadata } from "next";
import Link from "next/link";
import { YearPicker } from "@/components/filters/year-picker";
import { requireArea } from "@/lib/auth/guard";
import { STAGE } from "@/lib/labels";
import { academicYearParam, yearChoices } from "@/lib/modules/academic-year";
import { listLeaderYears } from "@/lib/modules/queries";
import { involvementReport } from "@/lib/reports/queries";
import { hoursText, recordsText, STAGES, type StageCell } from "@/lib/reports/summary";
import { pageFrom } from "@/lib/pagination";
import { FeedbackSection } from "./feedback-section";

export const metadata: Metadata = { title: "Involvement report" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Cell({ cell }: { cell: StageCell }) {
  if (cell.records === 0) return <strong className="tag tag-yellow">None</strong>;
  return (
    <>
      <span className="whitespace-nowrap">{hoursText(cell.minutes)}</span>
      <span className="block text-base whitespace-nowrap text-muted">{recordsText(cell.records)}</span>
    </>
  );
}

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const query = await searchParams;
  const year = academicYearParam(query.year);
  const [years, report] = await Promise.all([
    listLeaderYears({ user }),
    involvementReport({ user, academicYear: year }),
  ]);
  const overallGaps = STAGES.filter((s) => report.totals.stages[s].records === 0);
  const withGaps = report.rows.filter((r) => r.gaps.length > 0);

  return (
    <>
      <h1>Involvement report</h1>
      <p className="mb-6 max-w-3xl">
        Where people with lived experience were involved in the modules you lead, by stage of the programme, for one
        academic year. Use it as evidence for the regulator and to see where involvement is missing.
      </p>
      <p className="mb-6">
        <Link href={`/academic/report/programmes?year=${encodeURIComponent(year)}`} className="font-bold">
          See every programme&apos;s involvement, stage by stage (programme report)
        </Link>
      </p>
      <YearPicker years={yearChoices(years)} value={year} />

      {report.rows.length === 0 ? (
        <p className="card">You do not lead any modules in {year}.</p>
      ) : (
        <>
          <p className="mb-4">
            <a href={`/academic/report/csv?year=${encodeURIComponent(year)}`} className="btn btn-secondary" download>
              Download as CSV<span className="sr-only"> (involvement report {year})</span>
            </a>
          </p>
          <h2 id="report-caption">Hours and records by module and stage, {year}</h2>
          <p className="mb-3 text-muted lg:hidden">On a small screen, scroll the table sideways to see every stage.</p>
          <div className="mb-8 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="report-caption">
            <table className="table min-w-[60rem] [overflow-wrap:normal]">
              <caption className="sr-only">Hours and records by module and stage, {year}</caption>
              <thead>
                <tr>
                  <th scope="col" className="min-w-40">
                    Module
                  </th>
                  {STAGES.map((s) => (
                    <th key={s} scope="col">
                      {STAGE[s]}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.module.id}>
                    <th scope="row">
                      <Link href={`/academic/modules/${row.module.id}`}>
                        {row.module.code}
                        <span className="block font-normal">{row.module.title}</span>
                      </Link>
                    </th>
                    {STAGES.map((s) => (
                      <td key={s}>
                        <Cell cell={row.stages[s]} />
                      </td>
                    ))}
                    <td className="font-bold">
                      <Cell cell={row.total} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink">
                  <th scope="row">All modules</th>
                  {STAGES.map((s) => (
                    <td key={s} className="font-bold">
                      <Cell cell={report.totals.stages[s]} />
                    </td>
                  ))}
                  <td className="font-bold">
                    <Cell cell={report.totals.total} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>

          <section aria-labelledby="gaps" className="max-w-3xl">
            <h2 id="gaps">Where involvement is missing</h2>
            {overallGaps.length > 0 && (
              <p className="mb-3">
                <strong>No involvement in any of your modules at:</strong> {overallGaps.map((g) => STAGE[g]).join(", ")}
                .
              </p>
            )}
            {withGaps.length === 0 ? (
              <p>Every module has involvement at every stage.</p>
            ) : (
              <ul className="list-disc space-y-2 pl-6">
                {withGaps.map((r) => (
                  <li key={r.module.id}>
                    <strong>
                      {r.module.code} {r.module.title}:
                    </strong>{" "}
                    {r.gaps.length === STAGES.length
                      ? "no involvement at any stage"
                      : r.gaps.map((g) => STAGE[g]).join(", ")}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-4">
              <Link href="/academic/request">Request involvement</Link> to fill a gap.
            </p>
          </section>
        </>
      )}
      {/* Issue 14, two-way feedback: the summary for the modules they lead. */}
      <FeedbackSection user={user} year={year} page={pageFrom(query.page, 10).page} />
    </>
  );
}
