/** An academic's own involvement requests and where each one has got to. */
import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { OpportunityStatus } from "@/lib/generated/prisma/enums";

/** Status words for the person who asked, rather than the coordinator's workflow names. */
export const REQUEST_STATUS: Record<OpportunityStatus, string> = {
  DRAFT: "Received: the coordinator is arranging it",
  OPEN: "Open: experts can sign up",
  FILLED: "All places filled",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

export async function listMyRequests(userId: string, page: { skip: number; take: number }, client: DbClient = db) {
  const where = { requestedById: userId };
  const [items, total] = await Promise.all([
    client.opportunity.findMany({
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
      skip: page.skip,
      take: page.take,
    }),
    client.opportunity.count({ where }),
  ]);
  return { items, total };
}
