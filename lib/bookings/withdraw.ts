/**
 * An expert withdraws. When a confirmed place is freed, the earliest-requested person on the
 * waiting list is moved straight to CONFIRMED in the same transaction and told in-app.
 * Decision: we confirm rather than "offer and wait", because a held-open offer leaves the
 * place empty while nobody answers; the promoted expert can withdraw if they cannot make it.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { ExpertCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { limitWarningForBooking } from "@/lib/payments/earnings";
import { BOOKING_TX, lockSessionPlaces } from "./capacity";
import { coordinatorSessionLink, expertOpportunityLink } from "./links";
import { notOnBreakWhere } from "@/lib/breaks/status";
import { confirmableWhere } from "@/lib/consent/consents";

export const WITHDRAWABLE = ["REQUESTED", "CONFIRMED", "WAITLISTED"] as const;

export async function withdrawBooking({ user, bookingId }: { user: ExpertCaller; bookingId: string }) {
  const { expertId } = user;
  return db.$transaction(async (tx) => {
    const found = await tx.booking.findFirst({ where: { id: bookingId, expertId }, select: { sessionId: true } });
    if (!found) throw notFound("That booking");
    // Lock first, then read: a coordinator confirming on this session right now queues behind us.
    await lockSessionPlaces({ sessionId: found.sessionId }, tx);
    const booking = await tx.booking.findFirstOrThrow({
      where: { id: bookingId, expertId },
      select: {
        status: true,
        expert: { select: { user: { select: { name: true } } } },
        session: {
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            cancelledAt: true,
            opportunity: { select: { id: true, title: true, contactId: true, institutionId: true } },
          },
        },
      },
    });
    if (!(WITHDRAWABLE as readonly string[]).includes(booking.status))
      throw new ActionError("This booking cannot be withdrawn now.");
    const { session } = booking;
    if (session.startsAt <= new Date())
      throw new ActionError("This session has already started. Please talk to your coordinator.");

    const now = new Date();
    const changed = await tx.booking.updateMany({
      where: { id: bookingId, expertId, status: booking.status },
      data: { status: "WITHDRAWN", withdrawnAt: now },
    });
    if (changed.count !== 1)
      throw new ActionError("This booking changed while you were looking at it. Refresh the page and try again.");
    await audit(
      {
        actorId: user.id,
        action: "booking.withdrawn",
        entityType: "Booking",
        entityId: bookingId,
        before: { status: booking.status },
        after: { status: "WITHDRAWN" },
      },
      tx,
    );

    if (booking.status !== "CONFIRMED" || session.cancelledAt) return { promoted: null };

    const when = formatSessionTime(session.startsAt, session.endsAt);
    const promoted = await promoteFromWaitingList({ sessionId: session.id, now }, tx);
    if (promoted) {
      await notify(
        {
          userId: promoted.userId,
          kind: "BOOKING",
          institutionId: session.opportunity.institutionId,
          title: "A place has come up",
          body: `A place has come up on "${session.opportunity.title}", ${when}. We have booked you in. If you cannot make it now, you can withdraw and we will offer the place to someone else.`,
          link: expertOpportunityLink(session.opportunity.id),
        },
        tx,
      );
      await audit(
        {
          actorId: user.id,
          action: "booking.promoted",
          entityType: "Booking",
          entityId: promoted.id,
          before: { status: "WAITLISTED" },
          after: { status: "CONFIRMED" },
        },
        tx,
      );
    }
    if (session.opportunity.contactId) {
      const warning = promoted ? await limitWarningForBooking({ bookingId: promoted.id }, tx) : null;
      const body = [
        `${booking.expert.user.name} has withdrawn from "${session.opportunity.title}", ${when}.`,
        promoted
          ? `${promoted.name} was on the waiting list and has been given the place.`
          : "Nobody is on the waiting list, so the place is free.",
        warning,
      ]
        .filter(Boolean)
        .join(" ");
      await notify(
        {
          userId: session.opportunity.contactId,
          kind: "BOOKING",
          institutionId: session.opportunity.institutionId,
          title: "Someone has withdrawn from a session",
          body: body,
          link: coordinatorSessionLink(session.id),
        },
        tx,
      );
    }
    return { promoted: promoted?.id ?? null };
  }, BOOKING_TX);
}

/** Caller holds the session lock. Moves the earliest-requested waitlisted booking into a free place. */
async function promoteFromWaitingList({ sessionId, now }: { sessionId: string; now: Date }, tx: DbClient) {
  const { free } = await lockSessionPlaces({ sessionId }, tx);
  if (free <= 0) return null;
  // Someone paused by a coordinator, on a break of their own, or who has left is not offered a
  // place; they stay on the list and the next person gets it.
  const { opportunity } = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { opportunity: { select: { type: true } } },
  });
  // Recorded content and research: only someone who has given the consent it needs (issue 14).
  const next = await tx.booking.findFirst({
    where: {
      sessionId,
      status: "WAITLISTED",
      expert: { status: "ACTIVE", user: { active: true }, ...notOnBreakWhere(now) },
      ...confirmableWhere(opportunity.type, now),
    },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { id: true, expert: { select: { userId: true, user: { select: { name: true } } } } },
  });
  if (!next) return null;
  const moved = await tx.booking.updateMany({
    where: { id: next.id, status: "WAITLISTED" },
    data: { status: "CONFIRMED", offeredAt: now, decidedAt: now },
  });
  return moved.count === 1 ? { id: next.id, userId: next.expert.userId, name: next.expert.user.name } : null;
}
