import { STAGE } from "@/lib/labels";
import { shade, sessionsText, type Figures, type HeatMap } from "@/lib/reports/heat-map-summary";
import { hoursText, STAGES } from "@/lib/reports/summary";
import { ScrollBox } from "@/components/ui/scroll-box";

/** One cell: the counts in words (colour is never the only cue), shaded by how busy it was. */
function HeatCell({ figures, busiest }: { figures: Figures; busiest: number }) {
  if (figures.sessions === 0)
    return (
      <td className="heat heat-0">
        <span className="font-bold">None</span>
      </td>
    );
  return (
    <td className={`heat heat-${shade(figures.sessions, busiest)}`}>
      <span className="block font-bold whitespace-nowrap">{sessionsText(figures.sessions)}</span>
      <span className="block whitespace-nowrap">{hoursText(figures.minutes)}</span>
    </td>
  );
}

function TotalCells({ total }: { total: Figures }) {
  return (
    <>
      <td className="whitespace-nowrap">
        <span className="block font-bold">{sessionsText(total.sessions)}</span>
        {hoursText(total.minutes)}
      </td>
      <td className="text-right">{total.experts}</td>
    </>
  );
}

/**
 * The heat-map as what it is underneath: a table of rows × stages with the counts in every cell,
 * a darker shade for more sessions, and "None" (hatched) for a gap. The legend says so in words.
 */
export function HeatMapTable({ map, rowHeading, caption }: { map: HeatMap; rowHeading: string; caption: string }) {
  return (
    <>
      <ul className="heat-legend mb-3 flex flex-wrap gap-x-4 gap-y-2 text-base" aria-label="How to read the shading">
        <li>
          <span className="heat heat-0 heat-swatch" aria-hidden="true" /> None: no involvement
        </li>
        <li>
          <span className="heat heat-1 heat-swatch" aria-hidden="true" /> Lightest: a few sessions
        </li>
        <li>
          <span className="heat heat-4 heat-swatch" aria-hidden="true" /> Darkest: the most sessions (
          {sessionsText(map.busiest)} in one cell)
        </li>
      </ul>
      <ScrollBox label={caption} className="print-wide mb-8">
        <table className="heat-map table min-w-[62rem] [overflow-wrap:normal]">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="min-w-40">
                {rowHeading}
              </th>
              {STAGES.map((s) => (
                <th key={s} scope="col">
                  {STAGE[s]}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col" className="text-right">
                Different experts
              </th>
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  <span className="block font-normal text-muted">{row.detail}</span>
                </th>
                {STAGES.map((s) => (
                  <HeatCell key={s} figures={row.stages[s]} busiest={map.busiest} />
                ))}
                <TotalCells total={row.total} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink">
              <th scope="row">All</th>
              {STAGES.map((s) => (
                <td key={s} className="font-bold">
                  {map.totals.stages[s].sessions === 0 ? "None" : sessionsText(map.totals.stages[s].sessions)}
                  <span className="block font-normal">{hoursText(map.totals.stages[s].minutes)}</span>
                </td>
              ))}
              <TotalCells total={map.totals.total} />
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </>
  );
}
