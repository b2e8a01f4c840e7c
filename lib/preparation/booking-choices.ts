/**
 * What an expert chooses for one booking, and what the coordinator decides about their supporter.
 *
 * Places: a supporter or personal assistant does NOT take one of the session's places (capacity
 * counts experts only, lib/bookings/capacity.ts); the venue is told and counts them in the room
 * (the coordinator's session page shows "N people with lived experience + M supporters").
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller, ExpertCaller } from "@/lib/auth/caller";
import { coordinatorSessionLink, expertOpportunityLink } from "@/lib/bookings/links";
import { db as defaultDb } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";

/** Bookings whose choices can still change: the expert has asked for, or has, a place. */
export const CHANGEABLE = ["REQUESTED", "CONFIRMED", "WAITLISTED"] as const;

export type BookingChoices = { supporterComing: boolean; supporterName: string; shareAccessNeedsWithAcademic: boolean };

/** The stored form of the choices: no name without a supporter. */
export const choicesData = (c: BookingChoices) => ({
  supporterComing: c.supporterComing,
  supporterName: c.supporterComing ? c.supporterName : "",
  shareAccessNeedsWithAcademic: c.shareAccessNeedsWithAcademic,
});

export async function updateMyBookingChoices(
  { user, bookingId, ...choices }: { user: ExpertCaller; bookingId: string } & BookingChoices,
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, expertId: user.expertId },
      select: {
        id: true,
        status: true,
        supporterComing: true,
        supporterName: true,
        shareAccessNeedsWithAcademic: true,
        session: {
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            opportunity: { select: { id: true, title: true, institutionId: true, contactId: true } },
          },
        },
      },
    });
    if (!booking) throw notFound("That booking");
    const data = choicesData(choices);
    const changed = await tx.booking.updateMany({
      where: {
        id: booking.id,
        expertId: user.expertId,
        status: { in: [...CHANGEABLE] },
        session: { startsAt: { gt: new Date() } },
      },
      data,
    });
    if (changed.count !== 1)
      throw new ActionError(
        "You can change this only while you have, or have asked for, a place on a session still to come.",
      );
    const fields = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== booking[k]);
    if (fields.length) {
      // Names of the changed answers only: a supporter's name is not copied into the audit trail.
      await audit(
        {
          actorId: user.id,
          action: "booking.choices_updated",
          entityType: "Booking",
          entityId: booking.id,
          after: { fields },
        },
        tx,
      );
    }
    // The venue counts supporters: whoever looks after the session hears when a confirmed place's changes.
    const supporterChanged =
      data.supporterComing !== booking.supporterComing || data.supporterName !== booking.supporterName;
    if (supporterChanged && booking.status === "CONFIRMED") {
      const { opportunity } = booking.session;
      const to = await coordinatorsToTell(opportunity, tx);
      const when = formatSessionTime(booking.session.startsAt, booking.session.endsAt);
      await notify(
        to.map((userId) => ({
          userId,
          kind: "BOOKING" as const,
          institutionId: opportunity.institutionId,
          title: `${user.name}: ${data.supporterComing ? "a supporter is coming" : "no supporter now"}`,
          body: data.supporterComing
            ? `${user.name} will bring a supporter or personal assistant${data.supporterName ? ` (${data.supporterName})` : ""} to "${opportunity.title}", ${when}. Please let the venue know.`
            : `${user.name} no longer needs to bring a supporter to "${opportunity.title}", ${when}.`,
          link: coordinatorSessionLink(booking.session.id),
        })),
        tx,
      );
    }
    return { opportunityId: booking.session.opportunity.id };
  });
}

export async function setSupporterTravel(
  {
    user,
    bookingId,
    supporterTravelClaimable,
  }: { user: CoordinatorCaller; bookingId: string; supporterTravelClaimable: boolean },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, session: { opportunity: { institutionId: user.institutionId } } },
      select: {
        id: true,
        supporterComing: true,
        supporterTravelClaimable: true,
        expert: { select: { userId: true } },
        session: {
          select: { id: true, startsAt: true, endsAt: true, opportunity: { select: { id: true, title: true } } },
        },
      },
    });
    if (!booking) throw notFound("That booking");
    if (!booking.supporterComing && supporterTravelClaimable)
      throw new ActionError("No supporter is coming with this person, so there is no travel to claim.");
    if (booking.supporterTravelClaimable === supporterTravelClaimable) return { sessionId: booking.session.id };
    const changed = await tx.booking.updateMany({
      where: { id: booking.id, session: { opportunity: { institutionId: user.institutionId } } },
      data: { supporterTravelClaimable },
    });
    if (changed.count !== 1) throw notFound("That booking");
    await audit(
      {
        actorId: user.id,
        action: "booking.supporter_travel_set",
        entityType: "Booking",
        entityId: booking.id,
        before: { supporterTravelClaimable: booking.supporterTravelClaimable },
        after: { supporterTravelClaimable },
      },
      tx,
    );
    const { opportunity } = booking.session;
    await notify(
      {
        userId: booking.expert.userId,
        kind: "BOOKING",
        institutionId: user.institutionId,
        title: supporterTravelClaimable
          ? "Your supporter's travel can be claimed"
          : "Your supporter's travel cannot be claimed",
        body: supporterTravelClaimable
          ? `You can claim your supporter's travel to "${opportunity.title}", ${formatSessionTime(booking.session.startsAt, booking.session.endsAt)}, as an expense with your payment.`
          : `Your supporter's travel to "${opportunity.title}", ${formatSessionTime(booking.session.startsAt, booking.session.endsAt)}, cannot be claimed after all. Ask your contact if you have a question.`,
        link: expertOpportunityLink(opportunity.id),
      },
      tx,
    );
    return { sessionId: booking.session.id };
  });
}
