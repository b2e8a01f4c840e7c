import { STAGE } from "@/lib/labels";
import type { Figures, HeatMap } from "@/lib/reports/heat-map-summary";
import { hoursText, STAGES } from "@/lib/reports/summary";
import { ScrollBox } from "@/components/ui/scroll-box";

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

function Row({ label, now, then, strong }: { label: string; now: Figures; then: Figures; strong?: boolean }) {
  return (
    <tr className={strong ? "border-t-2 border-ink font-bold" : undefined}>
      <th scope="row">{label}</th>
      <td className="text-right">{now.sessions}</td>
      <td className="text-right">{then.sessions}</td>
      <td className="text-right">{signed(now.sessions - then.sessions)}</td>
      <td className="whitespace-nowrap">{hoursText(now.minutes)}</td>
      <td className="whitespace-nowrap">{hoursText(then.minutes)}</td>
      <td className="text-right">{now.experts}</td>
      <td className="text-right">{then.experts}</td>
    </tr>
  );
}

/** The figures behind the year-on-year chart, stage by stage. */
export function ComparisonTable({ map, caption }: { map: HeatMap; caption: string }) {
  const { academicYear: now, previousYear: then } = map;
  return (
    <ScrollBox label={caption} className="print-wide mb-8">
      <table className="table min-w-[48rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="text-right">
              Sessions {now}
            </th>
            <th scope="col" className="text-right">
              Sessions {then}
            </th>
            <th scope="col" className="text-right">
              Change
            </th>
            <th scope="col">Hours {now}</th>
            <th scope="col">Hours {then}</th>
            <th scope="col" className="text-right">
              Experts {now}
            </th>
            <th scope="col" className="text-right">
              Experts {then}
            </th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((s) => (
            <Row key={s} label={STAGE[s]} now={map.totals.stages[s]} then={map.previous.stages[s]} />
          ))}
        </tbody>
        <tfoot>
          <Row label="All stages" now={map.totals.total} then={map.previous.total} strong />
        </tfoot>
      </table>
    </ScrollBox>
  );
}
