/**
 * The regulator evidence pack for one programme and academic year (issue 15): involvement by
 * stage (sessions, hours, experts, partner groups, depth), examples without personal details,
 * the feedback summary, "You said, we did", and each stage's standard for the university's
 * regulator. All counting is in PostgreSQL; the heat-map's grouped statements are reused.
 */
import "server-only";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { InvolvementStage, ParticipationLevel } from "@/lib/generated/prisma/enums";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { academicYearBounds } from "@/lib/time";
import { REGULATOR_STANDARDS } from "./standards";

/** Examples shown per stage. */
export const EXAMPLES_PER_STAGE = 3;

type PartnerGroup = { stage: InvolvementStage | null; partners: number };

/** Different partner groups of the experts who attended, per stage and in all. */
function partnerGroups(programmeId: string, academicYear: string, db: DbClient) {
  return db.$queryRaw<PartnerGroup[]>`
    SELECT r.stage::text AS stage, COUNT(DISTINCT ep."B")::int AS partners
    FROM "InvolvementRecord" r
    JOIN "Module" m ON m.id = r."moduleId"
    JOIN "Booking" b ON b."sessionId" = r."sessionId" AND b.status = 'ATTENDED'
    JOIN "_ExpertProfileToPartner" ep ON ep."A" = b."expertId"
    WHERE m."programmeId" = ${programmeId} AND m."academicYear" = ${academicYear}
    GROUP BY GROUPING SETS ((r.stage), ())`;
}

export type EvidenceExample = {
  stage: InvolvementStage;
  title: string;
  description: string;
  level: ParticipationLevel | null;
  date: Date;
};

/**
 * The latest few pieces of involvement per stage, one per opportunity: a session's opportunity
 * gives its title and summary (written for experts, naming no one); involvement logged by hand
 * gives its module and the lecturer's description.
 */
function examples(programmeId: string, academicYear: string, db: DbClient) {
  return db.$queryRaw<EvidenceExample[]>`
    WITH pieces AS (
      SELECT DISTINCT ON (r.stage, COALESCE(o.id, r.id))
        r.stage, COALESCE(o.title, m.code || ' ' || m.title) AS title,
        COALESCE(o.summary, r.description) AS description, r."participationLevel" AS level, r.date
      FROM "InvolvementRecord" r
      JOIN "Module" m ON m.id = r."moduleId"
      LEFT JOIN "Session" s ON s.id = r."sessionId"
      LEFT JOIN "Opportunity" o ON o.id = s."opportunityId"
      WHERE m."programmeId" = ${programmeId} AND m."academicYear" = ${academicYear}
      ORDER BY r.stage, COALESCE(o.id, r.id), r.date DESC
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY stage ORDER BY date DESC, title) AS n FROM pieces
    )
    SELECT stage::text AS stage, title, description, level::text AS level, date
    FROM ranked WHERE n <= ${EXAMPLES_PER_STAGE} ORDER BY ranked.stage, ranked.date DESC, ranked.title`;
}

/**
 * The programme and its university's regulator, if it is the coordinator's own university's; with
 * no programme asked for, the first of theirs by name (the page and its CSV open on the same one).
 */
export function evidenceProgramme(user: CoordinatorCaller, programmeId: string | undefined, db: DbClient = defaultDb) {
  return db.programme.findFirst({
    where: { institutionId: user.institutionId, ...(programmeId ? { id: programmeId } : {}) },
    select: { id: true, name: true, level: true, institution: { select: { name: true, regulator: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function evidencePack(
  {
    user,
    programmeId,
    academicYear,
  }: { user: CoordinatorCaller; programmeId: string | undefined; academicYear: string },
  db: DbClient = defaultDb,
) {
  const programme = await evidenceProgramme(user, programmeId, db);
  if (!programme) return null;
  const bounds = academicYearBounds(academicYear);
  if (!bounds) return null;
  const [map, partners, pieces, changes] = await Promise.all([
    involvementHeatMap(
      {
        partnershipId: user.partnershipId,
        institutionId: user.institutionId,
        programmeId: programme.id,
        academicYear,
        rowsBy: "programme",
      },
      db,
    ),
    partnerGroups(programme.id, academicYear, db),
    examples(programme.id, academicYear, db),
    db.youSaidWeDid.findMany({
      where: { institutionId: user.institutionId, publishedAt: { gte: bounds.start, lt: bounds.end } },
      select: { id: true, youSaid: true, weDid: true, publishedAt: true },
      orderBy: { publishedAt: "desc" },
      take: 20,
    }),
  ]);
  const regulator = programme.institution.regulator;
  return {
    programme,
    academicYear,
    map,
    partnersByStage: new Map(partners.filter((p) => p.stage).map((p) => [p.stage!, p.partners])),
    partnersInAll: partners.find((p) => p.stage === null)?.partners ?? 0,
    examples: pieces,
    changes,
    regulator: regulator ? REGULATOR_STANDARDS[regulator] : null,
  };
}

export type EvidencePack = NonNullable<Awaited<ReturnType<typeof evidencePack>>>;
