/**
 * The evidence pack's sentences and CSV (pure: the page, the download and the tests read the same
 * figures). Stage rows carry the regulator's clause where one is verified, and say so where not.
 */
import { toCsv, type CsvCell } from "@/lib/csv";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { formatShortDate, minutesToHours } from "@/lib/format";
import { participationLevelLabel, STAGE } from "@/lib/labels";
import { DEPTH_LEVELS, depthLabel } from "@/lib/reports/depth";
import { expertsText, plural, sessionsText } from "@/lib/reports/heat-map-summary";
import { hoursText, STAGES } from "@/lib/reports/summary";
import type { EvidencePack } from "./pack";
import { clauseText } from "./standards";

export const partnersText = (n: number) => plural(n, "partner group");

/** The pack in a few plain sentences. */
export function evidenceSummary(pack: EvidencePack): string[] {
  const { total, stages } = pack.map.totals;
  const name = pack.programme.name;
  if (total.sessions === 0) return [`No involvement is recorded for ${name} in ${pack.academicYear}.`];
  const covered = STAGES.filter((s) => stages[s].sessions > 0).length;
  const sentences = [
    `In ${pack.academicYear}, ${name} had ${sessionsText(total.sessions)} of involvement (${hoursText(total.minutes)}) with ${expertsText(total.experts)} from ${partnersText(pack.partnersInAll)}, at ${covered} of the ${STAGES.length} stages.`,
  ];
  const gaps = pack.map.totals.gaps.map((s) => STAGE[s]);
  if (gaps.length) sentences.push(`Nothing is recorded at: ${gaps.join("; ")}.`);
  return sentences;
}

/** The stage table as CSV: figures, depth, and the regulator's clause for each stage. */
export function evidenceCsv(pack: EvidencePack): string {
  const regulator = pack.regulator;
  const headers = [
    "Programme",
    "Academic year",
    "Stage",
    ...(regulator ? [`${regulator.name}: standard`, `${regulator.name}: what it asks`] : []),
    "Sessions",
    "Hours",
    "Different experts",
    "Partner groups",
    ...DEPTH_LEVELS.map((l) => `${depthLabel(l)}: sessions`),
  ];
  const row = (stage: InvolvementStage | null): CsvCell[] => {
    const figures = stage ? pack.map.totals.stages[stage] : pack.map.totals.total;
    const depth = stage ? pack.map.depth.stages[stage] : pack.map.depth.total;
    const standard = stage && regulator ? regulator.stages[stage] : null;
    return [
      pack.programme.name,
      pack.academicYear,
      stage ? STAGE[stage] : "All stages",
      ...(regulator ? [standard ? clauseText(standard) : "", standard?.summary ?? ""] : []),
      figures.sessions,
      minutesToHours(figures.minutes),
      figures.experts,
      stage ? (pack.partnersByStage.get(stage) ?? 0) : pack.partnersInAll,
      ...DEPTH_LEVELS.map((l) => depth[l].sessions),
    ];
  };
  return toCsv(headers, [...STAGES.map(row), row(null)]);
}

/** The examples as CSV: what was done, at which stage and how deeply; no names. */
export function examplesCsv(pack: EvidencePack): string {
  return toCsv(
    ["Programme", "Academic year", "Stage", "Date", "Title", "Description", "Level of participation"],
    pack.examples.map((e) => [
      pack.programme.name,
      pack.academicYear,
      STAGE[e.stage],
      formatShortDate(e.date),
      e.title,
      e.description,
      participationLevelLabel(e.level),
    ]),
  );
}
