import type { Metadata } from "next";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField } from "@/components/form/fields";
import { InvolvementReport } from "@/components/reports/involvement-report";
import { ReportsNav } from "@/components/reports/reports-nav";
import { ViewTabs } from "@/components/reports/view-tabs";
import { requireArea } from "@/lib/auth/guard";
import { options, PROGRAMME_LEVEL } from "@/lib/labels";
import { yearChoices } from "@/lib/modules/academic-year";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { coordinatorScope, filtersQuery, reportFilters } from "@/lib/reports/report-filters";

export const metadata: Metadata = { title: "Involvement report" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const filters = reportFilters(await searchParams);
  const [choices, map] = await Promise.all([
    reportFilterOptions(user),
    involvementHeatMap(coordinatorScope(user, filters)),
  ]);
  const partnership = filters.view === "partnership";
  const filtered = Boolean(filters.level || filters.programme || filters.institution);

  return (
    <>
      <h1>Involvement report</h1>
      <p className="mb-6 max-w-3xl">
        Where people with lived experience were involved, at each stage of the programme, for one academic year: the
        evidence regulators ask for, and the gaps to fill. The partnership view shows each university&apos;s figures
        only, never its modules or people.
      </p>

      <ReportsNav current="/coordinator/reports" query={filtersQuery({ year: filters.year, view: filters.view })} />
      <ViewTabs
        current={filters.view}
        hrefFor={(view) => `/coordinator/reports?${filtersQuery({ ...filters, view })}`}
        labels={{ institution: "Your university, by module", partnership: "The partnership, by university" }}
      />

      <FilterForm
        label="Filter the report"
        submitLabel="Show report"
        className="print:hidden"
        clear={filtered && { href: `/coordinator/reports?${filtersQuery({ view: filters.view, year: filters.year })}` }}
      >
        {partnership && <input type="hidden" name="view" value="partnership" />}
        <div className="grid gap-x-6 md:grid-cols-3">
          <SelectField
            name="year"
            label="Academic year"
            options={yearChoices(choices.years).map((y) => ({ value: y, label: y }))}
            defaultValue={filters.year}
          />
          {partnership ? (
            <SelectField
              name="institution"
              label="University"
              options={choices.institutions}
              placeholder="Every university"
              defaultValue={filters.institution}
            />
          ) : (
            <SelectField
              name="programme"
              label="Programme"
              options={choices.programmes}
              placeholder="Every programme"
              defaultValue={filters.programme}
            />
          )}
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
        rowHeading={partnership ? "University" : "Module"}
        rowNoun={partnership ? { one: "university", many: "universities" } : { one: "module", many: "modules" }}
        csvHref={(table) => `/coordinator/reports/csv?${filtersQuery(filters, { table })}`}
      />
    </>
  );
}
