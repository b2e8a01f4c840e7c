import { ScrollBox } from "@/components/ui/scroll-box";
import { fifthLabel, percent, poolTotals } from "@/lib/equity/summary";
import type { FifthRow, GroupRow } from "@/lib/equity/queries";
import { formatMoney } from "@/lib/format";

/** The figures behind the fifths chart. */
export function FifthsTable({ byFifth, caption }: { byFifth: readonly FifthRow[]; caption: string }) {
  const total = poolTotals(byFifth);
  return (
    <ScrollBox label={caption} className="print-wide mb-8">
      <table className="table min-w-[40rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fifth of the pool</th>
            <th scope="col" className="text-right">
              People
            </th>
            <th scope="col" className="text-right">
              Sessions
            </th>
            <th scope="col" className="text-right">
              Share of sessions
            </th>
            <th scope="col" className="text-right">
              Fees
            </th>
            <th scope="col" className="text-right">
              Share of fees
            </th>
          </tr>
        </thead>
        <tbody>
          {byFifth.map((f) => (
            <tr key={f.fifth}>
              <th scope="row">{fifthLabel(f.fifth)}</th>
              <td className="text-right">{f.people}</td>
              <td className="text-right">{f.sessions}</td>
              <td className="text-right">{percent(f.sessions, total.sessions)}%</td>
              <td className="text-right whitespace-nowrap">{formatMoney(f.fees)}</td>
              <td className="text-right">{percent(f.fees, total.fees)}%</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row">Everyone in the pool</th>
            <td className="text-right">{total.people}</td>
            <td className="text-right">{total.sessions}</td>
            <td className="text-right">100%</td>
            <td className="text-right whitespace-nowrap">{formatMoney(total.fees)}</td>
            <td className="text-right">100%</td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}

/** Sessions and fees by partner group or lived-experience area: who is reached, and who is not. */
export function SpreadTable({
  rows,
  heading,
  emptyLabel,
  caption,
  totalSessions,
}: {
  rows: readonly GroupRow[];
  heading: string;
  /** The row for people with no group or no area given. */
  emptyLabel: string;
  caption: string;
  totalSessions: number;
}) {
  return (
    <ScrollBox label={caption} className="print-wide mb-8">
      <table className="table min-w-[40rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="text-right">
              People in the pool
            </th>
            <th scope="col" className="text-right">
              Took part
            </th>
            <th scope="col" className="text-right">
              Sessions
            </th>
            <th scope="col" className="text-right">
              Share of sessions
            </th>
            <th scope="col" className="text-right">
              Fees
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? "none"}>
              <th scope="row">{r.label ?? emptyLabel}</th>
              <td className="text-right">{r.people}</td>
              <td className="text-right">
                {r.involved}
                {r.involved === 0 && <strong className="tag tag-yellow ml-2">Nobody</strong>}
              </td>
              <td className="text-right">{r.sessions}</td>
              <td className="text-right">{percent(r.sessions, totalSessions)}%</td>
              <td className="text-right whitespace-nowrap">{formatMoney(r.fees)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
