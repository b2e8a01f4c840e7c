/**
 * The heat-map's figures placed into rows and stages, and the plain-language sentences that say
 * what they show. Pure (no database), so the page, the CSV and the tests read the same numbers.
 */
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { STAGE } from "@/lib/labels";
import { hoursText, STAGES } from "./summary";

export type Figures = { minutes: number; sessions: number; experts: number };
export type Rating = { total: number; answers: number };

/** One grouped row from SQL: a null key is a total over rows, a null stage a total over stages. */
export type FigureGroup = {
  year: string;
  key: string | null;
  stage: InvolvementStage | null;
  minutes: number | null;
  sessions: number | null;
  experts: number | null;
};
export type FeedbackGroup = { source: "academic" | "expert"; key: string | null; total: number; answers: number };
export type HeatMapRowInfo = { key: string; label: string; detail: string };

export type HeatMapRow = HeatMapRowInfo & {
  stages: Record<InvolvementStage, Figures>;
  total: Figures;
  /** Stages with no involvement: the gaps to look at. */
  gaps: InvolvementStage[];
  lecturers: Rating;
  experts: Rating;
};

const none = (): Figures => ({ minutes: 0, sessions: 0, experts: 0 });
const noStages = () => Object.fromEntries(STAGES.map((s) => [s, none()])) as Record<InvolvementStage, Figures>;
const noRating = (): Rating => ({ total: 0, answers: 0 });

function add(target: Figures, group: FigureGroup) {
  target.minutes += group.minutes ?? 0;
  target.sessions += group.sessions ?? 0;
  target.experts += group.experts ?? 0;
}

export function buildHeatMap(input: {
  rows: readonly HeatMapRowInfo[];
  figures: readonly FigureGroup[];
  feedback: readonly FeedbackGroup[];
  academicYear: string;
  previousYear: string;
}) {
  const rows = new Map<string, HeatMapRow>(
    input.rows.map((r) => [
      r.key,
      { ...r, stages: noStages(), total: none(), gaps: [], lecturers: noRating(), experts: noRating() },
    ]),
  );
  const totals = { stages: noStages(), total: none() };
  const previous = { stages: noStages(), total: none() };
  for (const g of input.figures) {
    const current = g.year === input.academicYear;
    if (!current && g.year !== input.previousYear) continue;
    if (g.key === null) {
      const into = current ? totals : previous;
      add(g.stage ? into.stages[g.stage] : into.total, g);
      continue;
    }
    const row = current ? rows.get(g.key) : undefined;
    if (row) add(g.stage ? row.stages[g.stage] : row.total, g);
  }
  const feedback = { lecturers: noRating(), experts: noRating() };
  for (const f of input.feedback) {
    const into = f.key === null ? feedback : rows.get(f.key);
    if (!into) continue;
    const rating = f.source === "academic" ? into.lecturers : into.experts;
    rating.total += f.total;
    rating.answers += f.answers;
  }
  const list = [...rows.values()];
  for (const row of list) row.gaps = STAGES.filter((s) => row.stages[s].sessions === 0);
  const busiest = Math.max(0, ...list.flatMap((r) => STAGES.map((s) => r.stages[s].sessions)));
  return {
    academicYear: input.academicYear,
    previousYear: input.previousYear,
    rows: list,
    totals: { ...totals, gaps: STAGES.filter((s) => totals.stages[s].sessions === 0) },
    previous,
    feedback,
    /** The most sessions in any one cell: the darkest shade. */
    busiest,
  };
}

export type HeatMap = ReturnType<typeof buildHeatMap>;

/** The cell's shade, 0 (none) to 4 (darkest): a quarter of the busiest cell per step. */
export function shade(sessions: number, busiest: number): 0 | 1 | 2 | 3 | 4 {
  if (sessions <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.ceil((4 * sessions) / busiest)) as 1 | 2 | 3 | 4;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const sessionsText = (n: number) => plural(n, "session");
export const expertsText = (n: number) => plural(n, "different expert");

/** "4.5 out of 5 (12 answers)" from a sum and a count; one decimal place. */
export function ratingText(r: Rating, noun = "answer"): string {
  if (r.answers === 0) return "No answers yet";
  const tenths = Math.round((r.total * 10) / r.answers);
  return `${tenths / 10} out of 5 (${plural(r.answers, noun)})`;
}

const listText = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const orText = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** What the heat-map shows, in a few plain sentences (the chart's text summary). */
export function heatMapSummary(map: HeatMap, rowNoun: { one: string; many: string }): string[] {
  const { total } = map.totals;
  if (total.sessions === 0)
    return [`No involvement was recorded in ${map.academicYear} for the ${rowNoun.many} shown here.`];
  const active = map.rows.filter((r) => r.total.sessions > 0).length;
  const sentences = [
    `In ${map.academicYear}: ${sessionsText(total.sessions)} of involvement (${hoursText(total.minutes)}) with ${expertsText(total.experts)}, in ${active} of ${plural(map.rows.length, rowNoun.one, rowNoun.many)}.`,
  ];
  const most = Math.max(...STAGES.map((s) => map.totals.stages[s].sessions));
  const top = STAGES.filter((s) => map.totals.stages[s].sessions === most).map((s) => STAGE[s]);
  sentences.push(`Most involvement was at ${listText(top)} (${sessionsText(most)}${top.length > 1 ? " each" : ""}).`);
  sentences.push(
    map.totals.gaps.length
      ? `No involvement at ${orText(map.totals.gaps.map((s) => STAGE[s]))}.`
      : "Every stage had some involvement.",
  );
  const empty = map.rows.length - active;
  if (empty > 0) sentences.push(`${plural(empty, rowNoun.one, rowNoun.many)} had no involvement at all.`);
  return sentences;
}

function change(now: number, then: number, one: string, many: string): string {
  if (now === then) return `the same number of ${many} (${then})`;
  const by = Math.abs(now - then);
  return `${by} ${now > then ? "more" : "fewer"} ${by === 1 ? one : many} (${then} then)`;
}

/** This year against last: the comparison chart's text summary. */
export function comparisonSummary(map: HeatMap): string[] {
  const now = map.totals.total;
  const then = map.previous.total;
  if (now.sessions === 0 && then.sessions === 0)
    return [`No involvement was recorded in ${map.academicYear} or ${map.previousYear}.`];
  const sentences = [
    `Compared with ${map.previousYear}: ${change(now.sessions, then.sessions, "session", "sessions")}, and ${change(now.experts, then.experts, "different expert", "different experts")}.`,
  ];
  const diffs = STAGES.map((s) => ({
    stage: s,
    diff: map.totals.stages[s].sessions - map.previous.stages[s].sessions,
  }));
  const rise = diffs.reduce((a, b) => (b.diff > a.diff ? b : a));
  const fall = diffs.reduce((a, b) => (b.diff < a.diff ? b : a));
  if (rise.diff > 0) sentences.push(`The biggest rise was at ${STAGE[rise.stage]}: ${sessionsText(rise.diff)} more.`);
  if (fall.diff < 0) sentences.push(`The biggest fall was at ${STAGE[fall.stage]}: ${sessionsText(-fall.diff)} fewer.`);
  return sentences;
}
