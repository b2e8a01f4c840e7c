/**
 * Issue 15's records about an expert, for the subject access export: the ideas they proposed and
 * the sessions coordinators invited them to ask for a place on.
 */
import "server-only";
import type { DbClient } from "@/lib/db";

export async function collectIdeasAndInvitations(
  { expertId, userId }: { expertId: string; userId: string },
  db: DbClient,
) {
  const [ideas, invitations] = await Promise.all([
    db.opportunity.findMany({
      where: { requestedById: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        summary: true,
        type: true,
        stage: true,
        status: true,
        cancelReason: true,
        createdAt: true,
        institution: { select: { name: true } },
        proposedForPartner: { select: { name: true } },
      },
    }),
    db.sessionInvitation.findMany({
      where: { expertId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        createdAt: true,
        session: {
          select: {
            startsAt: true,
            opportunity: { select: { title: true, institution: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  return {
    ideas: ideas.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.summary,
      type: i.type,
      stage: i.stage,
      status: i.status,
      cancelReason: i.cancelReason,
      university: i.institution.name,
      forGroup: i.proposedForPartner?.name ?? null,
      createdAt: i.createdAt,
    })),
    invitations: invitations.map((i) => ({
      sessionTitle: i.session.opportunity.title,
      sessionStartsAt: i.session.startsAt,
      university: i.session.opportunity.institution.name,
      invitedAt: i.createdAt,
    })),
  };
}
