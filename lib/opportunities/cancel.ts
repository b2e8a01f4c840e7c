/**
 * Cancelling an opportunity cancels its sessions that have not started and every live booking
 * on them, telling each expert. Sessions already held keep their bookings so attendance can
 * still be recorded and people are still paid for what they did.
 */
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { expertOpportunityLink } from "@/lib/bookings/links";
import { BOOKING_TX } from "@/lib/bookings/capacity";
import { cancelSessionBookings } from "@/lib/sessions/cancel-bookings";
import { notify } from "@/lib/notifications/notify";
import { findOwnOpportunity } from "./scope";

export async function cancelOpportunity({
  user,
  opportunityId,
  reason,
}: {
  user: CoordinatorCaller;
  opportunityId: string;
  reason: string;
}) {
  const { institutionId } = user;
  return db.$transaction(async (tx) => {
    const opportunity = await findOwnOpportunity({ opportunityId, institutionId }, tx);
    const now = new Date();
    const changed = await tx.opportunity.updateMany({
      where: { id: opportunity.id, institutionId, status: { not: "CANCELLED" } },
      data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason },
    });
    if (changed.count !== 1) throw new ActionError("This opportunity has already been cancelled.");

    const sessions = await tx.session.findMany({
      where: { opportunityId: opportunity.id, cancelledAt: null, startsAt: { gt: now } },
      select: { id: true },
    });
    const told = await cancelSessionBookings(
      {
        sessionIds: sessions.map((s) => s.id),
        institutionId,
        title: "A session has been cancelled",
        body: (when) => `We are sorry: "${opportunity.title}", ${when}, has been cancelled. ${reason}`,
        link: expertOpportunityLink(opportunity.id),
        actorId: user.id,
      },
      tx,
    );
    if (opportunity.requestedById) {
      await notify(
        {
          userId: opportunity.requestedById,
          kind: "REQUEST",
          institutionId,
          title: "Involvement cancelled",
          body: `"${opportunity.title}" has been cancelled. ${reason}`,
          link: "/academic",
        },
        tx,
      );
    }
    await audit(
      {
        actorId: user.id,
        action: "opportunity.cancelled",
        entityType: "Opportunity",
        entityId: opportunity.id,
        before: { status: opportunity.status },
        after: { status: "CANCELLED", reason, sessions: sessions.length, bookings: told },
      },
      tx,
    );
    return { sessions: sessions.length, bookings: told };
  }, BOOKING_TX);
}
