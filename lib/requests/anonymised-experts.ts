/**
 * What an academic may see of the expert pool: approved anonymised biographies of active
 * experts in their own partnership, and nothing else — no name, contact, access needs or money.
 * Lived-experience areas only of experts who chose to share them (shareLivedExperienceWithAcademics):
 * the others' areas never leave the database, and an area filter cannot find them either.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

function visibleTo({ partnershipId, area }: { partnershipId: string; area?: string }): Prisma.ExpertProfileWhereInput {
  return {
    partnershipId,
    status: "ACTIVE",
    biographyApprovedAt: { not: null },
    NOT: { biography: "" },
    ...(area ? { shareLivedExperienceWithAcademics: true, livedExperience: { has: area } } : {}),
  };
}

/** A neutral reference that says nothing about the person: the end of the profile id. */
export const expertReference = (profileId: string) => profileId.slice(-4).toUpperCase();

export async function listAnonymisedExperts(
  { partnershipId, area, skip, take }: { partnershipId: string; area?: string; skip: number; take: number },
  db: DbClient = defaultDb,
) {
  const where = visibleTo({ partnershipId, area });
  const [rows, total] = await Promise.all([
    // The selects are the privacy boundary: only these fields ever leave the database.
    db.expertProfile.findMany({
      where,
      select: { id: true, biography: true, shareLivedExperienceWithAcademics: true },
      orderBy: [{ biographyApprovedAt: "desc" }, { id: "asc" }],
      skip,
      take,
    }),
    db.expertProfile.count({ where }),
  ]);
  const sharing = rows.filter((r) => r.shareLivedExperienceWithAcademics).map((r) => r.id);
  const areas = sharing.length
    ? await db.expertProfile.findMany({
        where: { id: { in: sharing }, shareLivedExperienceWithAcademics: true },
        select: { id: true, livedExperience: true },
      })
    : [];
  const areasOf = new Map(areas.map((a) => [a.id, a.livedExperience]));
  return {
    items: rows.map((r) => ({
      reference: expertReference(r.id),
      livedExperience: areasOf.get(r.id) ?? [],
      biography: r.biography,
    })),
    total,
  };
}

/** The lived-experience areas shared with academics among visible biographies, for the filter. */
export async function listLivedExperienceAreas(
  { partnershipId }: { partnershipId: string },
  db: DbClient = defaultDb,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ area: string }[]>`
    SELECT DISTINCT unnest("livedExperience") AS area
    FROM "ExpertProfile"
    WHERE "partnershipId" = ${partnershipId} AND status = 'ACTIVE'
      AND "biographyApprovedAt" IS NOT NULL AND biography <> ''
      AND "shareLivedExperienceWithAcademics"
    ORDER BY area
    LIMIT 200`;
  return rows.map((r) => r.area);
}
