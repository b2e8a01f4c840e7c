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
};

/**
 * Who did what to which record, with a short before/after: one event or many (e.g. every payment
 * in a finance export). Written inside the same transaction as the change; the client comes last.
 */
export async function audit(events: AuditEventInput | readonly AuditEventInput[], db: DbClient) {
  const list = [events].flat() as AuditEventInput[];
  if (!list.length) return { count: 0 };
  return db.auditEvent.createMany({ data: list });
}
