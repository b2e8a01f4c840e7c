/**
 * What an academic may see of the expert pool: approved anonymised biographies of active
 * experts in their own partnership, and nothing else — no name, contact, access needs or money.
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
    ...(area ? { livedExperience: { has: area } } : {}),
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
    // The select is the privacy boundary: only these three fields ever leave the database.
    db.expertProfile.findMany({
      where,
      select: { id: true, livedExperience: true, biography: true },
      orderBy: [{ biographyApprovedAt: "desc" }, { id: "asc" }],
      skip,
      take,
    }),
    db.expertProfile.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      reference: expertReference(r.id),
      livedExperience: r.livedExperience,
      biography: r.biography,
    })),
    total,
  };
}

/** The lived-experience areas present among visible biographies, for the filter. */
export async function listLivedExperienceAreas(
  { partnershipId }: { partnershipId: string },
  db: DbClient = defaultDb,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ area: string }[]>`
    SELECT DISTINCT unnest("livedExperience") AS area
    FROM "ExpertProfile"
    WHERE "partnershipId" = ${partnershipId} AND status = 'ACTIVE'
      AND "biographyApprovedAt" IS NOT NULL AND biography <> ''
    ORDER BY area
    LIMIT 200`;
  return rows.map((r) => r.area);
}
