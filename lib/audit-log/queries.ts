/**
 * The audit log of a partnership, for its admins: every event filed under the partnership,
 * newest first, filtered, a page at a time. Pages are found by position (keyset: the time and id
 * of the last event shown), not by counting rows, so the thousandth page costs what the first
 * does; the (partnershipId, createdAt) and (partnershipId, action, createdAt) indexes serve it.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE } from "@/lib/pagination";
import { describeAction, describeChanges, describeEntity, type Change } from "./describe";
import { encodeCursor, type AuditFilters, type Cursor } from "./filters";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  description: string;
  actor: { id: string; name: string; email: string } | null;
  entityType: string;
  entityLabel: string;
  entityId: string;
  /** The account's name when the record is a person of this partnership. */
  entityName: string | null;
  changes: Change[];
};

export type AuditPage = { items: AuditRow[]; older: string | null; newer: string | null };

/** The most people a "who" search narrows to; a wider search should be more exact. */
const WHO_LIMIT = 200;

/** People of the partnership (staff through their institution, experts through the pool). */
const ofPartnership = (partnershipId: string): Prisma.UserWhereInput => ({
  OR: [{ institution: { partnershipId } }, { expertProfile: { partnershipId } }],
});

export async function listAuditEvents(
  {
    partnershipId,
    filters = {},
    before,
    after,
    size = PAGE_SIZE,
  }: { partnershipId: string; filters?: AuditFilters; before?: Cursor | null; after?: Cursor | null; size?: number },
  db: DbClient = defaultDb,
): Promise<AuditPage> {
  const where: Prisma.AuditEventWhereInput[] = [{ partnershipId }];
  if (filters.who) {
    const people = await db.user.findMany({
      where: {
        AND: [
          ofPartnership(partnershipId),
          {
            OR: [
              { name: { contains: filters.who, mode: "insensitive" } },
              { email: { contains: filters.who, mode: "insensitive" } },
            ],
          },
        ],
      },
      select: { id: true },
      take: WHO_LIMIT,
    });
    where.push({ actorId: { in: people.map((p) => p.id) } });
  }
  if (filters.actorId) where.push({ actorId: filters.actorId });
  if (filters.action) where.push({ action: filters.action });
  if (filters.entityType) where.push({ entityType: filters.entityType });
  if (filters.entityId) where.push({ entityId: filters.entityId });
  if (filters.from) where.push({ createdAt: { gte: filters.from } });
  if (filters.until) where.push({ createdAt: { lt: filters.until } });

  // Newer pages are read oldest-first from the cursor, then turned round.
  const goingNewer = !before && Boolean(after);
  const cursor = before ?? after;
  if (cursor) {
    const op = goingNewer ? "gt" : "lt";
    where.push({
      OR: [{ createdAt: { [op]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [op]: cursor.id } }],
    });
  }
  const direction = goingNewer ? "asc" : "desc";
  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: size + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (goingNewer) page.reverse();

  // Names of the people the events are about (accounts of this partnership only).
  const userIds = [...new Set(page.filter((r) => r.entityType === "User").map((r) => r.entityId))];
  const people = userIds.length
    ? await db.user.findMany({
        where: { AND: [{ id: { in: userIds } }, ofPartnership(partnershipId)] },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  const items = page.map((r): AuditRow => ({
    id: r.id,
    createdAt: r.createdAt,
    action: r.action,
    description: describeAction(r.action),
    actor: r.actor,
    entityType: r.entityType,
    entityLabel: describeEntity(r.entityType),
    entityId: r.entityId,
    entityName: r.entityType === "User" ? (nameOf.get(r.entityId) ?? null) : null,
    changes: describeChanges(r.before, r.after),
  }));
  const firstRow = items[0];
  const lastRow = items.at(-1);
  return {
    items,
    // Older: when this page is not the end (going back) or always when we came forwards.
    older: lastRow && (goingNewer || more) ? encodeCursor(lastRow) : null,
    // Newer: when we came back from a cursor, or when there is more ahead (going forwards).
    newer: firstRow && (goingNewer ? more : Boolean(before)) ? encodeCursor(firstRow) : null,
  };
}
