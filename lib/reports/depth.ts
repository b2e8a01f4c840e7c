/**
 * Depth, not only breadth (issue 15): this year's sessions and hours by stage and participation
 * level (consultation, partnership, user-led, or not recorded). Pure, so the page, the CSV and the
 * tests read the same numbers; the counting is one grouped statement in heat-map.ts.
 */
import { toCsv, type CsvCell } from "@/lib/csv";
import type { InvolvementStage, ParticipationLevel } from "@/lib/generated/prisma/enums";
import { minutesToHours } from "@/lib/format";
import { PARTICIPATION_LEVEL, STAGE } from "@/lib/labels";
import { plural, sessionsText } from "./heat-map-summary";
import { STAGES } from "./summary";

/** A depth column: a level, or NONE for records made without one. */
export type DepthLevel = ParticipationLevel | "NONE";
export const DEPTH_LEVELS: readonly DepthLevel[] = ["USER_LED", "PARTNERSHIP", "CONSULTATION", "NONE"];
export const depthLabel = (level: DepthLevel) => (level === "NONE" ? "Not recorded" : PARTICIPATION_LEVEL[level]);

/** One grouped row from SQL: a null stage is the total over stages. */
export type DepthGroup = {
  stage: InvolvementStage | null;
  level: ParticipationLevel | null;
  sessions: number;
  minutes: number;
};

type Cell = { sessions: number; minutes: number };
const empty = (): Cell => ({ sessions: 0, minutes: 0 });
const levelCells = () => Object.fromEntries(DEPTH_LEVELS.map((l) => [l, empty()])) as Record<DepthLevel, Cell>;

export function buildDepth(groups: readonly DepthGroup[]) {
  const stages = Object.fromEntries(STAGES.map((s) => [s, levelCells()])) as Record<
    InvolvementStage,
    Record<DepthLevel, Cell>
  >;
  const total = levelCells();
  for (const g of groups) {
    const into = g.stage ? stages[g.stage] : total;
    const cell = into[g.level ?? "NONE"];
    cell.sessions += g.sessions;
    cell.minutes += g.minutes;
  }
  return { stages, total };
}

export type Depth = ReturnType<typeof buildDepth>;

/** "Of 40 sessions, 6 were user-led, 20 partnership or co-production and 4 consultation; 10 have no level recorded." */
export function depthSummary(depth: Depth): string {
  const all = DEPTH_LEVELS.reduce((n, l) => n + depth.total[l].sessions, 0);
  if (all === 0) return "No sessions of involvement are recorded for this year, so there is no depth to show.";
  const said = DEPTH_LEVELS.filter((l) => l !== "NONE").map(
    (l) => `${depth.total[l].sessions} ${depthLabel(l).toLowerCase()}`,
  );
  const unknown = depth.total.NONE.sessions;
  const recorded = `Of ${sessionsText(all)}, ${said.slice(0, -1).join(", ")} and ${said.at(-1)}`;
  return unknown === 0
    ? `${recorded}.`
    : `${recorded}; ${plural(unknown, "session has", "sessions have")} no level recorded.`;
}

export function depthCsv(depth: Depth, academicYear: string): string {
  const headers = [
    "Academic year",
    "Stage",
    ...DEPTH_LEVELS.flatMap((l) => [`${depthLabel(l)}: sessions`, `${depthLabel(l)}: hours`]),
  ];
  const cells = (row: Record<DepthLevel, Cell>): CsvCell[] =>
    DEPTH_LEVELS.flatMap((l) => [row[l].sessions, minutesToHours(row[l].minutes)]);
  const rows: CsvCell[][] = STAGES.map((s) => [academicYear, STAGE[s], ...cells(depth.stages[s])]);
  rows.push([academicYear, "All stages", ...cells(depth.total)]);
  return toCsv(headers, rows);
}
