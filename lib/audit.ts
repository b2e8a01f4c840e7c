import "server-only";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did what to which record, with a short before/after. Written inside the same transaction. */
export function audit(
  tx: DbClient,
  event: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
) {
  return tx.auditEvent.create({ data: event });
}
