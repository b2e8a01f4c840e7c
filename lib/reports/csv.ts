/** The involvement report as CSV: the same figures as the page, one row per module plus totals. */
import { toCsv, type CsvCell } from "@/lib/csv";
import { minutesToHours } from "@/lib/format";
import { STAGE } from "@/lib/labels";
import type { InvolvementReport } from "./queries";
import { STAGES, type StageCell } from "./summary";

const figures = (cells: StageCell[]): CsvCell[] => cells.flatMap((c) => [minutesToHours(c.minutes), c.records]);

export function involvementReportCsv(report: InvolvementReport, academicYear: string): string {
  const headers = [
    "Academic year",
    "Module code",
    "Module title",
    "Programme",
    "Year of study",
    ...STAGES.flatMap((s) => [`${STAGE[s]}: hours`, `${STAGE[s]}: records`]),
    "Total hours",
    "Total records",
    "Stages with no involvement",
  ];
  const rows: CsvCell[][] = report.rows.map((row) => [
    academicYear,
    row.module.code,
    row.module.title,
    row.module.programme.name,
    row.module.yearOfStudy,
    ...figures(STAGES.map((s) => row.stages[s])),
    ...figures([row.total]),
    row.gaps.length ? row.gaps.map((s) => STAGE[s]).join("; ") : "None",
  ]);
  const gapsOverall = STAGES.filter((s) => report.totals.stages[s].records === 0);
  rows.push([
    academicYear,
    "All modules",
    `${report.rows.length} module${report.rows.length === 1 ? "" : "s"}`,
    "",
    "",
    ...figures(STAGES.map((s) => report.totals.stages[s])),
    ...figures([report.totals.total]),
    gapsOverall.length ? gapsOverall.map((s) => STAGE[s]).join("; ") : "None",
  ]);
  return toCsv(headers, rows);
}
