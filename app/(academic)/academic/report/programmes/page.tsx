import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField } from "@/components/form/fields";
import { InvolvementReport } from "@/components/reports/involvement-report";
import { requireArea } from "@/lib/auth/guard";
import { options, PROGRAMME_LEVEL } from "@/lib/labels";
import { yearChoices } from "@/lib/modules/academic-year";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { filtersQuery, programmeScope, reportFilters } from "@/lib/reports/report-filters";

export const metadata: Metadata = { title: "Programme report" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** For programme leads: every programme of the university, in figures only (module detail is on the module report). */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const filters = reportFilters(await searchParams);
  const [choices, map] = await Promise.all([
    reportFilterOptions(user),
    involvementHeatMap(programmeScope(user, filters)),
  ]);

  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={`/academic/report?year=${encodeURIComponent(filters.year)}`}>← Your modules&apos; report</Link>
      </p>
      <h1>Programme report</h1>
      <p className="mb-6 max-w-3xl">
        Involvement across your university&apos;s programmes, stage by stage, for one academic year: figures only. The
        detail of each module is with its module leader; yours is on your modules&apos; report.
      </p>
      <FilterForm label="Filter the report" submitLabel="Show report" className="print:hidden">
        <div className="grid gap-x-6 md:grid-cols-3">
          <SelectField
            name="year"
            label="Academic year"
            options={yearChoices(choices.years).map((y) => ({ value: y, label: y }))}
            defaultValue={filters.year}
          />
          <SelectField
            name="level"
            label="Level"
            options={options(PROGRAMME_LEVEL)}
            placeholder="Every level"
            defaultValue={filters.level}
          />
        </div>
      </FilterForm>
      <InvolvementReport
        map={map}
        depth={map.depth}
        rowHeading="Programme"
        rowNoun={{ one: "programme", many: "programmes" }}
        csvHref={(table) =>
          `/academic/report/programmes/csv?${filtersQuery({ year: filters.year, level: filters.level, view: "institution" }, { table })}`
        }
      />
    </>
  );
}
