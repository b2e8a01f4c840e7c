/** An expert's own proposals, and what they can choose from when making one. */
import "server-only";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";

export async function proposalChoices(user: ExpertCaller, db: DbClient = defaultDb) {
  const [institutions, partners] = await Promise.all([
    db.institution.findMany({
      where: { partnershipId: user.partnershipId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.partner.findMany({
      where: { partnershipId: user.partnershipId, experts: { some: { id: user.expertId } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    institutions: institutions.map((i) => ({ value: i.id, label: i.name })),
    partners: partners.map((p) => ({ value: p.id, label: p.name })),
  };
}

export async function listMyProposals(
  { user, skip, take }: { user: ExpertCaller; skip: number; take: number },
  db: DbClient = defaultDb,
) {
  const where = { requestedById: user.id };
  const [items, total] = await Promise.all([
    db.opportunity.findMany({
      where,
      select: {
        id: true,
        title: true,
        type: true,
        stage: true,
        status: true,
        cancelReason: true,
        createdAt: true,
        institution: { select: { name: true } },
        proposedForPartner: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
    }),
    db.opportunity.count({ where }),
  ]);
  return { items, total };
}
