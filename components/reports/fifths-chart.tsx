import { fifthLabel, percent, poolTotals } from "@/lib/equity/summary";
import type { FifthRow } from "@/lib/equity/queries";

const BAR_MAX = 400;
const GROUP = 78;

/**
 * Each fifth of the pool's share of the sessions (filled bars) and of the fees (outlined bars), in
 * plain SVG with the percentage written beside every bar. Named by its text summary (`summaryId`).
 */
export function FifthsChart({ byFifth, summaryId }: { byFifth: readonly FifthRow[]; summaryId: string }) {
  const total = poolTotals(byFifth);
  const bar = (pct: number) => (pct === 0 ? 0 : Math.max(3, Math.round((BAR_MAX * pct) / 100)));
  return (
    <svg
      viewBox={`0 0 640 ${40 + byFifth.length * GROUP}`}
      className="mb-4 h-auto w-full max-w-3xl"
      role="img"
      aria-labelledby={summaryId}
    >
      <g fontSize="15" fill="#0b0c0c">
        <rect x="0" y="4" width="18" height="14" fill="#1d4f5c" />
        <text x="26" y="16">
          Share of sessions
        </text>
        <rect x="180" y="4" width="18" height="14" fill="white" stroke="#0b0c0c" strokeWidth="2" />
        <text x="206" y="16">
          Share of fees
        </text>
      </g>
      {byFifth.map((f, i) => {
        const y = 40 + i * GROUP;
        const s = percent(f.sessions, total.sessions);
        const fee = percent(f.fees, total.fees);
        return (
          <g key={f.fifth} fontSize="15" fill="#0b0c0c">
            <text x="0" y={y + 14} fontWeight="700">
              {fifthLabel(f.fifth)} ({f.people} {f.people === 1 ? "person" : "people"})
            </text>
            <rect x="0" y={y + 22} width={bar(s)} height="20" fill="#1d4f5c" />
            <text x={bar(s) + 8} y={y + 37}>
              {s}% of sessions
            </text>
            <rect
              x="1"
              y={y + 47}
              width={Math.max(0, bar(fee) - 2)}
              height="18"
              fill="white"
              stroke="#0b0c0c"
              strokeWidth="2"
            />
            <text x={bar(fee) + 8} y={y + 61}>
              {fee}% of fees
            </text>
          </g>
        );
      })}
    </svg>
  );
}
