import { PrintButton } from "@/components/ui/print-button";
import { comparisonSummary, heatMapSummary, ratingText, type HeatMap } from "@/lib/reports/heat-map-summary";
import { depthSummary, type Depth } from "@/lib/reports/depth";
import { ComparisonTable } from "./comparison-table";
import { DepthTable } from "./depth-table";
import { HeatMapTable } from "./heat-map-table";
import { StageChart } from "./stage-chart";

/**
 * The body of a partnership, university or programme report: the heat-map with its summary, the
 * year-on-year chart with its summary and table, the feedback figures, and how it is counted.
 * Every chart is named by its text summary and followed by its table; CSV links sit above.
 */
export function InvolvementReport({
  map,
  depth,
  rowHeading,
  rowNoun,
  csvHref,
}: {
  map: HeatMap;
  /** This year's sessions by stage and participation level. */
  depth: Depth;
  /** The first column's heading, e.g. "Module". */
  rowHeading: string;
  rowNoun: { one: string; many: string };
  /** The CSV address for a table ("heat-map" or "comparison"). */
  csvHref: (table: "heat-map" | "comparison" | "depth") => string;
}) {
  const { academicYear: year, previousYear } = map;
  return (
    <>
      <div className="mb-8 flex flex-wrap gap-4 print:hidden">
        <a href={csvHref("heat-map")} className="btn btn-secondary" download>
          Download the heat-map as CSV
        </a>
        <a href={csvHref("comparison")} className="btn btn-secondary" download>
          Download the comparison as CSV
        </a>
        <a href={csvHref("depth")} className="btn btn-secondary" download>
          Download the depth of involvement as CSV
        </a>
        <PrintButton label="Print or save as PDF" />
      </div>

      <section aria-labelledby="heat-map-heading" className="report-section">
        <h2 id="heat-map-heading">
          Involvement by {rowNoun.one} and stage, {year}
        </h2>
        <div id="heat-map-summary" className="report-summary mb-4 max-w-3xl">
          {heatMapSummary(map, rowNoun).map((s) => (
            <p key={s} className="mb-2">
              {s}
            </p>
          ))}
        </div>
        <p className="mb-3 text-muted lg:hidden print:hidden">
          On a small screen, scroll the table sideways to see every stage.
        </p>
        <HeatMapTable
          map={map}
          rowHeading={rowHeading}
          caption={`Sessions and hours by ${rowNoun.one} and stage, ${year}`}
        />
      </section>

      <section aria-labelledby="comparison-heading" className="report-section">
        <h2 id="comparison-heading">
          {year} compared with {previousYear}
        </h2>
        <div id="comparison-summary" className="report-summary mb-4 max-w-3xl">
          {comparisonSummary(map).map((s) => (
            <p key={s} className="mb-2">
              {s}
            </p>
          ))}
        </div>
        <StageChart map={map} summaryId="comparison-summary" />
        <h3>The figures behind the chart</h3>
        <ComparisonTable map={map} caption={`Sessions, hours and experts by stage, ${year} and ${previousYear}`} />
      </section>

      <section aria-labelledby="depth-heading" className="report-section">
        <h2 id="depth-heading">How deep the involvement went, {year}</h2>
        <p id="depth-summary" className="report-summary mb-4 max-w-3xl">
          {depthSummary(depth)}
        </p>
        <DepthTable depth={depth} caption={`Sessions by stage and level of participation, ${year}`} />
      </section>

      <section aria-labelledby="report-feedback-heading" className="report-section max-w-3xl">
        <h2 id="report-feedback-heading">Feedback on these sessions</h2>
        <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">Lecturers: how well the session worked for students</dt>
          <dd>{ratingText(map.feedback.lecturers, "rating")}</dd>
          <dt className="font-bold">Experts: was it worth it?</dt>
          <dd>{ratingText(map.feedback.experts)}</dd>
        </dl>
      </section>

      <section aria-labelledby="counted-heading" className="report-section max-w-3xl">
        <h2 id="counted-heading">How these figures are counted</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            A session is one involvement record: each session experts attended through Involve, and each piece of
            involvement a lecturer logged by hand. Group meetings for experts are not counted here.
          </li>
          <li>
            Different experts counts the people who attended those sessions, each once. Involvement logged by hand has
            no names, so it adds sessions and hours but not people.
          </li>
          <li>
            The level of participation comes from the opportunity (its sessions take the coordinator&apos;s choice) or
            from the lecturer who logged it by hand: consultation (asked for their views), partnership or co-production
            (shaped or delivered it with staff), user-led (they led it).
          </li>
          <li>
            Feedback is the average of the answers given on those sessions, from 1 (not at all) to 5 (very). No names
            are shown.
          </li>
        </ul>
      </section>
    </>
  );
}
