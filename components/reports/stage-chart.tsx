import { STAGE } from "@/lib/labels";
import type { HeatMap } from "@/lib/reports/heat-map-summary";
import { STAGES } from "@/lib/reports/summary";

const WIDTH = 640;
const BAR_MAX = 470;
const GROUP = 78;

/**
 * Sessions per stage, this year against last, as plain SVG drawn on the server: no chart script
 * to load, and it prints as sharply as the text. Each bar has its number written beside it, and
 * last year's bars are outlined rather than filled, so neither colour nor length is the only cue.
 * The picture is named by the text summary (`summaryId`); the table behind it follows the chart.
 */
export function StageChart({ map, summaryId }: { map: HeatMap; summaryId: string }) {
  const most = Math.max(1, ...STAGES.flatMap((s) => [map.totals.stages[s].sessions, map.previous.stages[s].sessions]));
  const bar = (n: number) => (n === 0 ? 0 : Math.max(3, Math.round((BAR_MAX * n) / most)));
  const height = 40 + STAGES.length * GROUP;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="stage-chart mb-4 h-auto w-full max-w-3xl"
      role="img"
      aria-labelledby={summaryId}
    >
      <g fontSize="15" fill="#0b0c0c">
        <rect x="0" y="4" width="18" height="14" fill="#1d4f5c" />
        <text x="26" y="16">
          {map.academicYear}
        </text>
        <rect x="120" y="4" width="18" height="14" fill="white" stroke="#0b0c0c" strokeWidth="2" />
        <text x="146" y="16">
          {map.previousYear}
        </text>
      </g>
      {STAGES.map((s, i) => {
        const y = 40 + i * GROUP;
        const now = map.totals.stages[s].sessions;
        const then = map.previous.stages[s].sessions;
        return (
          <g key={s} fontSize="15" fill="#0b0c0c">
            <text x="0" y={y + 14} fontWeight="700">
              {STAGE[s]}
            </text>
            <rect x="0" y={y + 22} width={bar(now)} height="20" fill="#1d4f5c" />
            <text x={bar(now) + 8} y={y + 37}>
              {now} in {map.academicYear}
            </text>
            <rect
              x="1"
              y={y + 47}
              width={Math.max(0, bar(then) - 2)}
              height="18"
              fill="white"
              stroke="#0b0c0c"
              strokeWidth="2"
            />
            <text x={bar(then) + 8} y={y + 61}>
              {then} in {map.previousYear}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
