/** The heat-map and the year-on-year comparison as CSV: the same figures as the page. */
import { toCsv, type CsvCell } from "@/lib/csv";
import { minutesToHours } from "@/lib/format";
import { STAGE } from "@/lib/labels";
import type { Figures, HeatMap, Rating } from "./heat-map-summary";
import { STAGES } from "./summary";

const average = (r: Rating): CsvCell => (r.answers ? Math.round((r.total * 10) / r.answers) / 10 : "");

export function heatMapCsv(map: HeatMap, rowHeading: string): string {
  const headers = [
    "Academic year",
    rowHeading,
    "Part of",
    ...STAGES.flatMap((s) => [`${STAGE[s]}: sessions`, `${STAGE[s]}: hours`]),
    "Total sessions",
    "Total hours",
    "Different experts",
    "Lecturers' rating (out of 5)",
    "Lecturers' ratings",
    "Experts' 'worth it' (out of 5)",
    "Experts' answers",
    "Stages with no involvement",
  ];
  const cells = (stages: Record<string, Figures>, total: Figures) => [
    ...STAGES.flatMap((s) => [stages[s]!.sessions, minutesToHours(stages[s]!.minutes)]),
    total.sessions,
    minutesToHours(total.minutes),
    total.experts,
  ];
  const rows: CsvCell[][] = map.rows.map((row) => [
    map.academicYear,
    row.label,
    row.detail,
    ...cells(row.stages, row.total),
    average(row.lecturers),
    row.lecturers.answers,
    average(row.experts),
    row.experts.answers,
    row.gaps.length ? row.gaps.map((s) => STAGE[s]).join("; ") : "None",
  ]);
  rows.push([
    map.academicYear,
    "All",
    "",
    ...cells(map.totals.stages, map.totals.total),
    average(map.feedback.lecturers),
    map.feedback.lecturers.answers,
    average(map.feedback.experts),
    map.feedback.experts.answers,
    map.totals.gaps.length ? map.totals.gaps.map((s) => STAGE[s]).join("; ") : "None",
  ]);
  return toCsv(headers, rows);
}

export function comparisonCsv(map: HeatMap): string {
  const headers = [
    "Stage",
    `Sessions ${map.academicYear}`,
    `Sessions ${map.previousYear}`,
    "Change in sessions",
    `Hours ${map.academicYear}`,
    `Hours ${map.previousYear}`,
    `Different experts ${map.academicYear}`,
    `Different experts ${map.previousYear}`,
  ];
  const row = (label: string, now: Figures, then: Figures): CsvCell[] => [
    label,
    now.sessions,
    then.sessions,
    now.sessions - then.sessions,
    minutesToHours(now.minutes),
    minutesToHours(then.minutes),
    now.experts,
    then.experts,
  ];
  return toCsv(headers, [
    ...STAGES.map((s) => row(STAGE[s], map.totals.stages[s], map.previous.stages[s])),
    row("All stages", map.totals.total, map.previous.total),
  ]);
}
