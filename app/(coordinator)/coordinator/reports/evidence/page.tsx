import type { Metadata } from "next";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField } from "@/components/form/fields";
import { DepthTable } from "@/components/reports/depth-table";
import { EvidenceExamples } from "@/components/reports/evidence-examples";
import { EvidenceStageTable } from "@/components/reports/evidence-stage-table";
import { ReportsNav } from "@/components/reports/reports-nav";
import { PrintButton } from "@/components/ui/print-button";
import { requireArea } from "@/lib/auth/guard";
import { evidencePack } from "@/lib/evidence/pack";
import { evidenceSummary } from "@/lib/evidence/summary";
import { formatDate } from "@/lib/format";
import { yearChoices } from "@/lib/modules/academic-year";
import { depthSummary } from "@/lib/reports/depth";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { ratingText } from "@/lib/reports/heat-map-summary";
import { filtersQuery, reportFilters } from "@/lib/reports/report-filters";

export const metadata: Metadata = { title: "Evidence for the regulator" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const filters = reportFilters(await searchParams);
  // One programme at a time: the one asked for, else the first of the university's.
  const [choices, pack] = await Promise.all([
    reportFilterOptions(user),
    evidencePack({ user, programmeId: filters.programme, academicYear: filters.year }),
  ]);
  const query = (extra: Record<string, string> = {}) =>
    filtersQuery({ year: filters.year, view: "institution", programme: pack?.programme.id }, extra);

  return (
    <>
      <h1>Evidence for the regulator</h1>
      <p className="mb-6 max-w-3xl">
        One programme&apos;s involvement of people with lived experience in one academic year, stage by stage, mapped to
        your regulator&apos;s standards: figures, depth, examples and what changed as a result. No one is named.
      </p>
      <ReportsNav
        current="/coordinator/reports/evidence"
        query={filtersQuery({ year: filters.year, view: "institution" })}
      />

      <FilterForm label="Choose the programme and year" submitLabel="Show evidence" className="print:hidden">
        <div className="grid gap-x-6 md:grid-cols-2">
          <SelectField
            name="programme"
            label="Programme"
            options={choices.programmes}
            defaultValue={pack?.programme.id}
          />
          <SelectField
            name="year"
            label="Academic year"
            options={yearChoices(choices.years).map((y) => ({ value: y, label: y }))}
            defaultValue={filters.year}
          />
        </div>
      </FilterForm>

      {!pack ? (
        <p className="card">
          {choices.programmes.length === 0
            ? "Your university has no programmes yet. An admin adds them under Programmes and modules."
            : "That programme could not be found at your university. Choose one from the list."}
        </p>
      ) : (
        <>
          <div className="mb-8 flex flex-wrap gap-4 print:hidden">
            <a
              href={`/coordinator/reports/evidence/csv?${query({ table: "stages" })}`}
              className="btn btn-secondary"
              download
            >
              Download the stages as CSV
            </a>
            <a
              href={`/coordinator/reports/evidence/csv?${query({ table: "examples" })}`}
              className="btn btn-secondary"
              download
            >
              Download the examples as CSV
            </a>
            <PrintButton label="Print or save as PDF" />
          </div>

          <section aria-labelledby="evidence-heading" className="report-section">
            <h2 id="evidence-heading">
              {pack.programme.name}, {pack.academicYear}
            </h2>
            <div id="evidence-summary" className="report-summary mb-4 max-w-3xl">
              {evidenceSummary(pack).map((s) => (
                <p key={s} className="mb-2">
                  {s}
                </p>
              ))}
              {pack.regulator ? (
                <p className="mb-2">
                  Mapped to {pack.regulator.name}, {pack.regulator.standards} (
                  <a href={pack.regulator.source}>the published standards</a>). A clause number is shown only where we
                  have checked it against them; elsewhere the stage is shown without one.
                </p>
              ) : (
                <p className="mb-2">
                  No regulator is set for {pack.programme.institution.name}, so the stages are not mapped to standards.
                  An admin can set it on the university&apos;s page.
                </p>
              )}
            </div>
            <EvidenceStageTable
              stages={pack.map.totals.stages}
              total={pack.map.totals.total}
              partnersByStage={pack.partnersByStage}
              partnersInAll={pack.partnersInAll}
              regulator={pack.regulator}
              caption={`Involvement by stage, ${pack.programme.name}, ${pack.academicYear}`}
            />
          </section>

          <section aria-labelledby="evidence-depth-heading" className="report-section">
            <h2 id="evidence-depth-heading">How deep the involvement went</h2>
            <p className="report-summary mb-4 max-w-3xl">{depthSummary(pack.map.depth)}</p>
            <DepthTable
              depth={pack.map.depth}
              caption={`Sessions by stage and level of participation, ${pack.academicYear}`}
            />
          </section>

          <section aria-labelledby="evidence-examples-heading" className="report-section max-w-3xl">
            <h2 id="evidence-examples-heading">Examples</h2>
            <p className="mb-4">
              The most recent pieces of involvement at each stage: the opportunity&apos;s title and description, or what
              the lecturer wrote when they logged it.
            </p>
            <EvidenceExamples examples={pack.examples} />
          </section>

          <section aria-labelledby="evidence-feedback-heading" className="report-section max-w-3xl">
            <h2 id="evidence-feedback-heading">Feedback</h2>
            <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
              <dt className="font-bold">Lecturers: how well the sessions worked for students</dt>
              <dd>{ratingText(pack.map.feedback.lecturers, "rating")}</dd>
              <dt className="font-bold">Experts: was it worth it?</dt>
              <dd>{ratingText(pack.map.feedback.experts)}</dd>
            </dl>
          </section>

          <section aria-labelledby="evidence-changes-heading" className="report-section max-w-3xl">
            <h2 id="evidence-changes-heading">What changed as a result: you said, we did</h2>
            {pack.changes.length === 0 ? (
              <p className="mb-8">
                Nothing was published in {pack.academicYear}. Coordinators publish these under You said, we did.
              </p>
            ) : (
              <ul className="mb-8 grid gap-4">
                {pack.changes.map((c) => (
                  <li key={c.id} className="card">
                    <p className="mb-1 text-muted">{formatDate(c.publishedAt)}</p>
                    <p className="mb-2">
                      <strong>You said:</strong> {c.youSaid}
                    </p>
                    <p>
                      <strong>We did:</strong> {c.weDid}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
