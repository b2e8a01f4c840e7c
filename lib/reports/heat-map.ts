/**
 * The involvement heat-map behind the coordinators' and programme report: rows (modules,
 * programmes or institutions) × the six stages for one academic year, with the previous year's
 * totals beside it. Everything is counted in PostgreSQL (two grouped statements); Node only
 * places the figures, so the page costs the same for 10 rows or 10,000 records.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvolvementStage, ProgrammeLevel } from "@/lib/generated/prisma/enums";
import { previousAcademicYear } from "@/lib/modules/academic-year";
import { PROGRAMME_LEVEL } from "@/lib/labels";
import { buildDepth, type DepthGroup } from "./depth";
import { buildHeatMap, type FeedbackGroup, type FigureGroup, type HeatMapRowInfo } from "./heat-map-summary";

export type HeatMapRowsBy = "module" | "programme" | "institution";

/** What one report covers. The partnership is always the caller's; the rest narrows it. */
export type HeatMapScope = {
  partnershipId: string;
  academicYear: string;
  rowsBy: HeatMapRowsBy;
  institutionId?: string;
  programmeId?: string;
  level?: ProgrammeLevel;
};

const ROW_KEY: Record<HeatMapRowsBy, Prisma.Sql> = {
  module: Prisma.sql`m.id`,
  programme: Prisma.sql`p.id`,
  institution: Prisma.sql`i.id`,
};

/** The involvement records in scope for the given years, with the row each belongs to. */
function scopedRecords(scope: HeatMapScope, years: readonly string[]) {
  const conditions = [
    Prisma.sql`i."partnershipId" = ${scope.partnershipId}`,
    Prisma.sql`m."academicYear" IN (${Prisma.join(years)})`,
  ];
  if (scope.institutionId) conditions.push(Prisma.sql`p."institutionId" = ${scope.institutionId}`);
  if (scope.programmeId) conditions.push(Prisma.sql`p.id = ${scope.programmeId}`);
  if (scope.level) conditions.push(Prisma.sql`p.level = ${scope.level}::"ProgrammeLevel"`);
  return Prisma.sql`
    SELECT r."sessionId", r.stage, r."participationLevel" AS level, r.minutes, m."academicYear" AS year, ${ROW_KEY[scope.rowsBy]} AS key
    FROM "InvolvementRecord" r
    JOIN "Module" m ON m.id = r."moduleId"
    JOIN "Programme" p ON p.id = m."programmeId"
    JOIN "Institution" i ON i.id = p."institutionId"
    WHERE ${Prisma.join(conditions, " AND ")}`;
}

/**
 * Minutes, sessions (records) and different experts per row × stage, per row, per stage and in
 * all, for this year and last: GROUPING SETS give every total in the one statement. Experts are
 * the people who attended the sessions behind the records (involvement logged by hand has none).
 */
async function figureGroups(scope: HeatMapScope, db: DbClient): Promise<FigureGroup[]> {
  const years = [scope.academicYear, previousAcademicYear(scope.academicYear)];
  return db.$queryRaw<FigureGroup[]>`
    WITH scoped AS (${scopedRecords(scope, years)}),
    people AS (
      SELECT DISTINCT s.year, s.key, s.stage, b."expertId"
      FROM scoped s JOIN "Booking" b ON b."sessionId" = s."sessionId" AND b.status = 'ATTENDED'
    )
    SELECT year, key, stage::text AS stage, SUM(minutes)::int AS minutes, COUNT(*)::int AS sessions, NULL::int AS experts
    FROM scoped GROUP BY GROUPING SETS ((year, key, stage), (year, key), (year, stage), (year))
    UNION ALL
    SELECT year, key, stage::text, NULL, NULL, COUNT(DISTINCT "expertId")::int
    FROM people GROUP BY GROUPING SETS ((year, key, stage), (year, key), (year, stage), (year))`;
}

/** Lecturers' ratings (1–5) and experts' "was it worth it" (1–5) on the sessions behind this year's records. */
async function feedbackGroups(scope: HeatMapScope, db: DbClient): Promise<FeedbackGroup[]> {
  return db.$queryRaw<FeedbackGroup[]>`
    WITH scoped AS (${scopedRecords(scope, [scope.academicYear])})
    SELECT 'academic' AS source, s.key, SUM(f.rating)::int AS total, COUNT(*)::int AS answers
    FROM scoped s JOIN "Feedback" f ON f."sessionId" = s."sessionId" AND f."authorRole" = 'ACADEMIC'
    GROUP BY GROUPING SETS ((s.key), ())
    UNION ALL
    SELECT 'expert', s.key, SUM(x."worthIt")::int, COUNT(*)::int
    FROM scoped s JOIN "ExpertFeedback" x ON x."sessionId" = s."sessionId" AND x."worthIt" IS NOT NULL
    GROUP BY GROUPING SETS ((s.key), ())`;
}

/** This year's sessions and hours by stage × participation level, and by level over all stages. */
async function depthGroups(scope: HeatMapScope, db: DbClient): Promise<DepthGroup[]> {
  return db.$queryRaw<DepthGroup[]>`
    WITH scoped AS (${scopedRecords(scope, [scope.academicYear])})
    SELECT stage::text AS stage, level::text AS level, COUNT(*)::int AS sessions, SUM(minutes)::int AS minutes
    FROM scoped GROUP BY GROUPING SETS ((stage, level), (level))`;
}

/** Every row the report shows, with nothing or not: an empty row is a gap to see. */
async function rowsInScope(scope: HeatMapScope, db: DbClient): Promise<HeatMapRowInfo[]> {
  const { partnershipId, academicYear, institutionId, programmeId, level } = scope;
  if (scope.rowsBy === "institution") {
    const rows = await db.institution.findMany({
      where: { partnershipId, ...(institutionId ? { id: institutionId } : {}) },
      select: { id: true, name: true, shortName: true },
      orderBy: { name: "asc" },
    });
    return rows.map((r) => ({ key: r.id, label: r.name, detail: r.shortName }));
  }
  const programmeWhere: Prisma.ProgrammeWhereInput = {
    institution: { partnershipId },
    ...(institutionId ? { institutionId } : {}),
    ...(programmeId ? { id: programmeId } : {}),
    ...(level ? { level } : {}),
  };
  if (scope.rowsBy === "programme") {
    const rows = await db.programme.findMany({
      where: { ...programmeWhere, OR: [{ retiredAt: null }, { modules: { some: { academicYear } } }] },
      select: { id: true, name: true, level: true },
      orderBy: { name: "asc" },
    });
    return rows.map((r) => ({ key: r.id, label: r.name, detail: PROGRAMME_LEVEL[r.level] }));
  }
  const rows = await db.module.findMany({
    where: { academicYear, programme: programmeWhere },
    select: { id: true, code: true, title: true, programme: { select: { name: true } } },
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ key: r.id, label: `${r.code} ${r.title}`, detail: r.programme.name }));
}

export async function involvementHeatMap(scope: HeatMapScope, db: DbClient = defaultDb) {
  const [rows, figures, feedback, depth] = await Promise.all([
    rowsInScope(scope, db),
    figureGroups(scope, db),
    feedbackGroups(scope, db),
    depthGroups(scope, db),
  ]);
  const map = buildHeatMap({
    rows,
    figures,
    feedback,
    academicYear: scope.academicYear,
    previousYear: previousAcademicYear(scope.academicYear),
  });
  return { ...map, depth: buildDepth(depth) };
}

export type InvolvementHeatMap = Awaited<ReturnType<typeof involvementHeatMap>>;
export type { InvolvementStage };
