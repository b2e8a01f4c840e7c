/**
 * What an academic may see of the expert pool: approved anonymised biographies of active
 * experts in their own partnership, and nothing else — no name, contact, access needs or money.
 */
import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

function visibleTo(partnershipId: string | null, area?: string): Prisma.ExpertProfileWhereInput {
  return {
    partnershipId: partnershipId ?? "-",
    status: "ACTIVE",
    biographyApprovedAt: { not: null },
    NOT: { biography: "" },
    ...(area ? { livedExperience: { has: area } } : {}),
  };
}

/** A neutral reference that says nothing about the person: the end of the profile id. */
export const expertReference = (profileId: string) => profileId.slice(-4).toUpperCase();

export async function listAnonymisedExperts(
  partnershipId: string | null,
  opts: { area?: string; skip: number; take: number },
  client: DbClient = db,
) {
  const where = visibleTo(partnershipId, opts.area);
  const [rows, total] = await Promise.all([
    // The select is the privacy boundary: only these three fields ever leave the database.
    client.expertProfile.findMany({
      where,
      select: { id: true, livedExperience: true, biography: true },
      orderBy: [{ biographyApprovedAt: "desc" }, { id: "asc" }],
      skip: opts.skip,
      take: opts.take,
    }),
    client.expertProfile.count({ where }),
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
export async function listLivedExperienceAreas(partnershipId: string | null, client: DbClient = db): Promise<string[]> {
  if (!partnershipId) return [];
  const rows = await client.$queryRaw<{ area: string }[]>`
    SELECT DISTINCT unnest("livedExperience") AS area
    FROM "ExpertProfile"
    WHERE "partnershipId" = ${partnershipId} AND status = 'ACTIVE'
      AND "biographyApprovedAt" IS NOT NULL AND biography <> ''
    ORDER BY area
    LIMIT 200`;
  return rows.map((r) => r.area);
}
