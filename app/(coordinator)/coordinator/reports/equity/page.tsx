import type { Metadata } from "next";
import Link from "next/link";
import { YearPicker } from "@/components/filters/year-picker";
import { FifthsChart } from "@/components/reports/fifths-chart";
import { ReportsNav } from "@/components/reports/reports-nav";
import { FifthsTable, SpreadTable } from "@/components/reports/spread-tables";
import { ViewTabs } from "@/components/reports/view-tabs";
import { PrintButton } from "@/components/ui/print-button";
import { requireArea } from "@/lib/auth/guard";
import { equityView } from "@/lib/equity/queries";
import { poolTotals, reachSummary, shareSummary } from "@/lib/equity/summary";
import { yearChoices } from "@/lib/modules/academic-year";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { equityScope, filtersQuery, reportFilters } from "@/lib/reports/report-filters";

export const metadata: Metadata = { title: "Fair shares across the pool" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const Sentences = ({ id, sentences }: { id: string; sentences: string[] }) => (
  <div id={id} className="report-summary mb-4 max-w-3xl">
    {sentences.map((s) => (
      <p key={s} className="mb-2">
        {s}
      </p>
    ))}
  </div>
);

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const filters = reportFilters(await searchParams);
  const [choices, view] = await Promise.all([reportFilterOptions(user), equityView(equityScope(user, filters))]);
  const where = filters.view === "partnership" ? "anywhere in the partnership" : "at your university";
  const query = filtersQuery({ year: filters.year, view: filters.view });
  const csv = (table: string) =>
    `/coordinator/reports/equity/csv?${filtersQuery({ year: filters.year, view: filters.view }, { table })}`;
  const totalSessions = poolTotals(view.byFifth).sessions;

  return (
    <>
      <h1>Fair shares across the pool</h1>
      <p className="mb-6 max-w-3xl">
        Is involvement shared fairly, or done by the same few people? How the sessions and fees of one academic year
        were spread across the pool, and who has not been heard from lately. Names stay here: share only the figures.
      </p>
      <ReportsNav current="/coordinator/reports/equity" query={query} />
      <ViewTabs
        current={filters.view}
        hrefFor={(v) => `/coordinator/reports/equity?${filtersQuery({ year: filters.year, view: v })}`}
        labels={{ institution: "Sessions at your university", partnership: "Sessions anywhere in the partnership" }}
      />
      <div className="print:hidden">
        <YearPicker
          years={yearChoices(choices.years)}
          value={filters.year}
          hidden={{ view: filters.view === "partnership" ? "partnership" : undefined }}
        />
      </div>
      <div className="mb-8 flex flex-wrap gap-4 print:hidden">
        <PrintButton label="Print or save as PDF" />
      </div>

      <section aria-labelledby="shares-heading" className="report-section">
        <h2 id="shares-heading">How the work and the fees were shared, {filters.year}</h2>
        <Sentences id="share-summary" sentences={shareSummary(view)} />
        <FifthsChart byFifth={view.byFifth} summaryId="share-summary" />
        <h3>The figures behind the chart</h3>
        <p className="mb-3 max-w-3xl text-muted">
          The pool is everyone active now, and anyone else who took part or was paid in {filters.year}, ranked by their
          sessions {where} (and by their fees for the share of fees). Group meetings are paid but are not counted as
          sessions.
        </p>
        <p className="mb-3 print:hidden">
          <a href={csv("fifths")} download>
            Download this table as CSV
          </a>
        </p>
        <FifthsTable byFifth={view.byFifth} caption={`Sessions and fees by fifth of the pool, ${filters.year}`} />
      </section>

      <section aria-labelledby="reach-heading" className="report-section max-w-3xl">
        <h2 id="reach-heading">Voices not heard lately</h2>
        <Sentences id="reach-summary" sentences={reachSummary(view)} />
        <p className="mb-4">
          The quiet counts are for the whole partnership, because the pool is shared. Your dashboard lists the people
          with nothing in 90 days.
        </p>
        {view.unconfirmed.total > 0 && (
          <>
            <h3>Asked for a place but never given one, {filters.year}</h3>
            <ul className="mb-4 list-disc space-y-1 pl-6">
              {view.unconfirmed.people.map((p) => (
                <li key={p.id}>
                  <Link href={`/coordinator/experts/${p.id}`}>{p.name}</Link>: asked {p.asks}{" "}
                  {p.asks === 1 ? "time" : "times"}
                </li>
              ))}
            </ul>
            {view.unconfirmed.total > view.unconfirmed.people.length && (
              <p className="mb-4 text-muted">
                The {view.unconfirmed.people.length} who asked most often of {view.unconfirmed.total}.
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="partners-heading" className="report-section">
        <h2 id="partners-heading">By partner group, {filters.year}</h2>
        <p className="mb-3 max-w-3xl">
          Someone who comes through two groups counts in both. A group where nobody took part may need a different
          approach.
        </p>
        <p className="mb-3 print:hidden">
          <a href={csv("partners")} download>
            Download this table as CSV
          </a>
        </p>
        <SpreadTable
          rows={view.partners}
          heading="Partner group"
          emptyLabel="No partner group"
          caption={`Sessions and fees by partner group, ${filters.year}`}
          totalSessions={totalSessions}
        />
      </section>

      <section aria-labelledby="areas-heading" className="report-section">
        <h2 id="areas-heading">By lived experience, {filters.year}</h2>
        <p className="mb-3 max-w-3xl">
          In the experts&apos; own words. Someone with several areas counts in each, so the shares add up to more than
          100%.
        </p>
        <p className="mb-3 print:hidden">
          <a href={csv("areas")} download>
            Download this table as CSV
          </a>
        </p>
        <SpreadTable
          rows={view.areas}
          heading="Lived experience"
          emptyLabel="Not given"
          caption={`Sessions and fees by lived experience, ${filters.year}`}
          totalSessions={totalSessions}
        />
      </section>
    </>
  );
}
