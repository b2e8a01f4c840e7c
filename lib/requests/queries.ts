/** An academic's own involvement requests and where each one has got to. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { OpportunityStatus } from "@/lib/generated/prisma/enums";

/** Status words for the person who asked, rather than the coordinator's workflow names. */
export const REQUEST_STATUS: Record<OpportunityStatus, string> = {
  DRAFT: "Received: the coordinator is arranging it",
  OPEN: "Open: experts can sign up",
  FILLED: "All places filled",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

export async function listMyRequests(
  { userId, skip, take }: { userId: string; skip: number; take: number },
  db: DbClient = defaultDb,
) {
  const where = { requestedById: userId };
  const [items, total] = await Promise.all([
    db.opportunity.findMany({
      where,
      select: {
        id: true,
        title: true,
        type: true,
        stage: true,
        status: true,
        placesWanted: true,
        requestNotes: true,
        createdAt: true,
        module: { select: { code: true, title: true, academicYear: true } },
        _count: { select: { sessions: { where: { cancelledAt: null } } } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
    }),
    db.opportunity.count({ where }),
  ]);
  return { items, total };
}
