import { ScrollBox } from "@/components/ui/scroll-box";
import { STAGE } from "@/lib/labels";
import { DEPTH_LEVELS, depthLabel, type Depth, type DepthLevel } from "@/lib/reports/depth";
import { hoursText, STAGES } from "@/lib/reports/summary";

type Cells = Record<DepthLevel, { sessions: number; minutes: number }>;

function Row({ label, cells, strong }: { label: string; cells: Cells; strong?: boolean }) {
  return (
    <tr className={strong ? "border-t-2 border-ink font-bold" : undefined}>
      <th scope="row">{label}</th>
      {DEPTH_LEVELS.map((level) => (
        <td key={level}>
          {cells[level].sessions}
          {cells[level].sessions > 0 && (
            <span className="block text-sm whitespace-nowrap">{hoursText(cells[level].minutes)}</span>
          )}
        </td>
      ))}
    </tr>
  );
}

/** Sessions (and hours under them) by stage and participation level. */
export function DepthTable({ depth, caption }: { depth: Depth; caption: string }) {
  return (
    <ScrollBox label={caption} className="print-wide mb-8">
      <table className="table min-w-[40rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {DEPTH_LEVELS.map((level) => (
              <th key={level} scope="col">
                {depthLabel(level)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => (
            <Row key={stage} label={STAGE[stage]} cells={depth.stages[stage]} />
          ))}
          <Row label="All stages" cells={depth.total} strong />
        </tbody>
      </table>
    </ScrollBox>
  );
}
