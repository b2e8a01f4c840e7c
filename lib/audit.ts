import "server-only";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEventInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Whose audit log shows it; the actor's partnership when left out. */
  partnershipId?: string | null;
};

/** Each actor's partnership: staff through their institution, experts through their profile. */
async function partnershipsOf(actorIds: string[], db: DbClient): Promise<Map<string, string | null>> {
  if (!actorIds.length) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: {
      id: true,
      institution: { select: { partnershipId: true } },
      expertProfile: { select: { partnershipId: true } },
    },
  });
  return new Map(
    users.map((u) => [u.id, u.institution?.partnershipId ?? u.expertProfile?.partnershipId ?? null] as const),
  );
}

/**
 * Who did what to which record, with a short before/after: one event or many (e.g. every payment
 * in a finance export). Written inside the same transaction as the change; the client comes last.
 * Each event is filed under a partnership so that partnership's admins see it in the audit log.
 */
export async function audit(events: AuditEventInput | readonly AuditEventInput[], db: DbClient) {
  const list = [events].flat() as AuditEventInput[];
  if (!list.length) return { count: 0 };
  const unresolved = [
    ...new Set(list.filter((e) => e.partnershipId === undefined && e.actorId).map((e) => e.actorId as string)),
  ];
  const partnerships = await partnershipsOf(unresolved, db);
  return db.auditEvent.createMany({
    data: list.map((e) => ({
      ...e,
      partnershipId:
        e.partnershipId !== undefined ? e.partnershipId : e.actorId ? (partnerships.get(e.actorId) ?? null) : null,
    })),
  });
}
