/** The equity view's tables as CSV: the same figures as the page, money in pounds to the penny. */
import { toCsv } from "@/lib/csv";
import { penceToDecimal } from "@/lib/format";
import type { EquityView, GroupRow } from "./queries";
import { fifthLabel, percent, poolTotals } from "./summary";

export function fifthsCsv(view: EquityView): string {
  const total = poolTotals(view.byFifth);
  return toCsv(
    [
      "Academic year",
      "Fifth of the pool",
      "People",
      "Sessions",
      "Share of sessions (%)",
      "Fees (£)",
      "Share of fees (%)",
    ],
    [
      ...view.byFifth.map((f) => [
        view.academicYear,
        fifthLabel(f.fifth),
        f.people,
        f.sessions,
        percent(f.sessions, total.sessions),
        penceToDecimal(f.fees),
        percent(f.fees, total.fees),
      ]),
      [view.academicYear, "Everyone in the pool", total.people, total.sessions, 100, penceToDecimal(total.fees), 100],
    ],
  );
}

export function spreadCsv(view: EquityView, kind: "partners" | "areas"): string {
  const total = poolTotals(view.byFifth);
  const rows: readonly GroupRow[] = view[kind];
  return toCsv(
    [
      "Academic year",
      kind === "partners" ? "Partner group" : "Lived experience",
      "People in the pool",
      "Took part",
      "Sessions",
      "Share of sessions (%)",
      "Fees (£)",
    ],
    rows.map((r) => [
      view.academicYear,
      r.label ?? (kind === "partners" ? "No partner group" : "Not given"),
      r.people,
      r.involved,
      r.sessions,
      percent(r.sessions, total.sessions),
      penceToDecimal(r.fees),
    ]),
  );
}
