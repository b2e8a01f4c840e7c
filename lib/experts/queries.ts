/**
 * The coordinator's view of the expert pool. Everything is scoped to the coordinator's
 * partnership: an expert of another partnership is simply not found.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExpertStatus, OpportunityType } from "@/lib/generated/prisma/enums";
import { paged } from "@/lib/pagination";

export type PoolFilters = {
  q?: string;
  status?: ExpertStatus;
  area?: string;
  interest?: OpportunityType;
  partnerId?: string;
};

export function poolWhere({
  partnershipId,
  filters: f,
}: {
  partnershipId: string;
  filters: PoolFilters;
}): Prisma.ExpertProfileWhereInput {
  const q = f.q?.trim();
  return {
    partnershipId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.area ? { livedExperience: { has: f.area } } : {}),
    ...(f.interest ? { interests: { has: f.interest } } : {}),
    ...(f.partnerId ? { partners: { some: { id: f.partnerId } } } : {}),
    ...(q
      ? {
          user: {
            OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
          },
        }
      : {}),
  };
}

export async function listExpertPool(
  { partnershipId, filters, page, size }: { partnershipId: string; filters: PoolFilters; page: number; size: number },
  db: DbClient = defaultDb,
) {
  const where = poolWhere({ partnershipId, filters });
  const [rows, total] = await Promise.all([
    db.expertProfile.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        id: true,
        status: true,
        livedExperience: true,
        interests: true,
        user: { select: { name: true, email: true } },
        partners: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        // One batched relation query for the page, not one per row.
        bookings: {
          where: { status: "ATTENDED" },
          orderBy: { session: { startsAt: "desc" } },
          take: 1,
          select: { session: { select: { startsAt: true } } },
        },
      },
    }),
    db.expertProfile.count({ where }),
  ]);
  const items = rows.map(({ bookings, ...r }) => ({ ...r, lastInvolvedAt: bookings[0]?.session.startsAt ?? null }));
  return paged(items, total, page, size);
}

/** Every lived-experience area used in the pool, for the filter list. */
export async function listAreaOptions(
  { partnershipId }: { partnershipId: string },
  db: DbClient = defaultDb,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest("livedExperience") AS tag FROM "ExpertProfile" WHERE "partnershipId" = ${partnershipId} ORDER BY 1`;
  return rows.map((r) => r.tag);
}

export async function listPartnerOptions({ partnershipId }: { partnershipId: string }, db: DbClient = defaultDb) {
  return db.partner.findMany({ where: { partnershipId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function findExpertForCoordinator(
  { partnershipId, expertId }: { partnershipId: string; expertId: string },
  db: DbClient = defaultDb,
) {
  const expert = await db.expertProfile.findFirst({
    where: { id: expertId, partnershipId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      statusChangedAt: true,
      erasedAt: true,
      livedExperience: true,
      interests: true,
      availabilityNotes: true,
      accessNeeds: true,
      paymentPreference: true,
      paymentPartner: { select: { id: true, name: true } },
      earningsLimitPence: true,
      earningsLimitPeriod: true,
      biography: true,
      biographyApprovedAt: true,
      supportContactName: true,
      supportContactPhone: true,
      inductionDate: true,
      createdAt: true,
      namedContact: { select: { name: true } },
      partners: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          phone: true,
          active: true,
          lastSignInAt: true,
          passwordHash: true,
        },
      },
    },
  });
  if (!expert) return null;
  // Whether a password exists is all the page needs; the hash itself never leaves this function.
  const { passwordHash, ...user } = expert.user;
  return { ...expert, user: { ...user, hasPassword: Boolean(passwordHash) } };
}

export type ExpertForCoordinator = NonNullable<Awaited<ReturnType<typeof findExpertForCoordinator>>>;
