import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { isOnBreak, onBreakWhere } from "./status";

/** The expert's own break (or none), and the confirmed or asked-for places still ahead of them. */
export async function findMyBreak(
  { expertId, now = new Date() }: { expertId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const profile = await db.expertProfile.findUnique({
    where: { id: expertId },
    select: { breakStartedAt: true, breakUntil: true, breakUpdates: true },
  });
  if (!profile) return null;
  const upcoming = await db.booking.findMany({
    where: {
      expertId,
      status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] },
      session: { startsAt: { gt: now }, cancelledAt: null },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      status: true,
      session: {
        select: { startsAt: true, endsAt: true, opportunity: { select: { id: true, title: true } } },
      },
    },
  });
  return { ...profile, onBreak: isOnBreak(profile, now), upcoming };
}

export type MyBreak = NonNullable<Awaited<ReturnType<typeof findMyBreak>>>;

/** For a coordinator's list of experts: which of these ids are on a break, and until when. */
export async function breaksOf(
  { partnershipId, expertIds, now = new Date() }: { partnershipId: string; expertIds: string[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<Map<string, { breakUntil: Date | null }>> {
  if (!expertIds.length) return new Map();
  const rows = await db.expertProfile.findMany({
    where: { id: { in: expertIds }, partnershipId, ...onBreakWhere(now) },
    select: { id: true, breakUntil: true },
  });
  return new Map(rows.map((r) => [r.id, { breakUntil: r.breakUntil }]));
}

/** One expert's break, for their coordinator's page; null when not on a break (or not theirs). */
export async function findExpertBreak(
  { partnershipId, expertId, now = new Date() }: { partnershipId: string; expertId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const row = await db.expertProfile.findFirst({
    where: { id: expertId, partnershipId, erasedAt: null, ...onBreakWhere(now) },
    select: { id: true, breakStartedAt: true, breakUntil: true, breakUpdates: true },
  });
  return row && row.breakStartedAt ? { ...row, breakStartedAt: row.breakStartedAt } : null;
}

/** The people of a partnership's pool on a break, for the dashboard (instead of "not involved lately"). */
export async function listOnBreak(
  { partnershipId, now = new Date(), take = 10 }: { partnershipId: string; now?: Date; take?: number },
  db: DbClient = defaultDb,
) {
  const where = {
    partnershipId,
    status: "ACTIVE" as const,
    erasedAt: null,
    user: { active: true },
    ...onBreakWhere(now),
  };
  const [total, items] = await Promise.all([
    db.expertProfile.count({ where }),
    db.expertProfile.findMany({
      where,
      orderBy: [{ breakUntil: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take,
      select: { id: true, breakUntil: true, user: { select: { name: true } } },
    }),
  ]);
  return { total, items: items.map((e) => ({ id: e.id, name: e.user.name, breakUntil: e.breakUntil })) };
}
