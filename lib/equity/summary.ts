/** The equity view's figures in plain words ("6 people did 58% of the sessions"). Pure, so the tests read the page's own sentences. */
import { formatMoney } from "@/lib/format";
import type { FifthRow } from "./queries";

/** A whole-number percentage (half up); 0 of 0 is 0 %. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part * 100) / whole) : 0);

const FIFTHS = ["Most involved fifth", "Second fifth", "Middle fifth", "Fourth fifth", "Least involved fifth"];
export const fifthLabel = (fifth: number) => FIFTHS[fifth - 1] ?? `Fifth ${fifth}`;

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

export type EquityFigures = {
  academicYear: string;
  byFifth: readonly FifthRow[];
  /** People in the pool with at least one session. */
  involved: number;
  quiet: { active: number; quiet90: number; quiet180: number; onBreak: number };
  unconfirmed: { total: number };
};

export function poolTotals(byFifth: readonly FifthRow[]) {
  return byFifth.reduce(
    (t, f) => ({ people: t.people + f.people, sessions: t.sessions + f.sessions, fees: t.fees + f.fees }),
    { people: 0, sessions: 0, fees: 0 },
  );
}

/** How the year's sessions and fees were shared, in a few sentences (the fifths chart's text summary). */
export function shareSummary(v: EquityFigures): string[] {
  const total = poolTotals(v.byFifth);
  if (total.people === 0) return [`Nobody was in the pool in ${v.academicYear}.`];
  const top = v.byFifth[0]!;
  const sentences: string[] = [];
  if (total.sessions === 0) sentences.push(`No sessions were attended in ${v.academicYear}.`);
  else
    sentences.push(
      `${people(top.people)} (the most involved fifth of the ${total.people} in the pool) did ${percent(top.sessions, total.sessions)}% of the sessions in ${v.academicYear}.`,
    );
  if (total.fees > 0)
    sentences.push(
      `The best-paid fifth (${people(top.people)}) received ${percent(top.fees, total.fees)}% of the fees: ${formatMoney(top.fees)} of ${formatMoney(total.fees)}.`,
    );
  sentences.push(
    `${v.involved} of the ${total.people} took part at least once; ${people(total.people - v.involved)} did not.`,
  );
  return sentences;
}

/** Who has not been heard from lately, and who asked but was never given a place. */
export function reachSummary(v: EquityFigures): string[] {
  const { quiet90, quiet180, onBreak, active } = v.quiet;
  const sentences = [
    `Of ${active} active experts, ${quiet90} have had no session for 90 days or more, and ${quiet180} for 180 days or more${onBreak ? ` (not counting ${onBreak} on a break)` : ""}.`,
  ];
  sentences.push(
    v.unconfirmed.total === 0
      ? `Everyone who asked for a place in ${v.academicYear} was given at least one.`
      : `${people(v.unconfirmed.total)} asked for places in ${v.academicYear} but ${v.unconfirmed.total === 1 ? "was" : "were"} never given one.`,
  );
  return sentences;
}
