/**
 * Coordinator decisions on places: confirm / waiting list / decline a request, or book an
 * expert directly (for people who would rather arrange it by phone). Confirmations go through
 * the capacity rule; an earnings-limit warning is returned but never blocks.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { limitWarningForBooking } from "@/lib/payments/earnings";
import { requireConsentToConfirm } from "@/lib/consent/consents";
import { BOOKING_TX, lockSessionPlaces, requireFreePlace } from "./capacity";
import { expertOpportunityLink } from "./links";
import type { DECISIONS } from "./schemas";
import { isOnBreak } from "@/lib/breaks/status";

export const FULL_FOR_COORDINATOR = "This session is full. Put them on the waiting list or add places.";
const DECIDABLE = ["REQUESTED", "WAITLISTED"] as const;

function decisionNotice(decision: (typeof DECISIONS)[number], title: string, when: string, message: string) {
  const note = message ? ` Message from your coordinator: "${message}"` : "";
  switch (decision) {
    case "CONFIRMED":
      return { title: "Your place is confirmed", body: `You have a place on "${title}", ${when}.${note}` };
    case "WAITLISTED":
      return {
        title: "You are on the waiting list",
        body: `"${title}", ${when}, is full at the moment. You are on the waiting list and we will let you know if a place comes up.${note}`,
      };
    case "DECLINED":
      return {
        title: "Not this time",
        body: `Thank you for offering to take part in "${title}", ${when}. We cannot offer you a place this time.${note}`,
      };
  }
}

export async function decideBooking(input: {
  user: CoordinatorCaller;
  bookingId: string;
  decision: (typeof DECISIONS)[number];
  message: string;
}) {
  const { user } = input;
  const { institutionId } = user;
  return db.$transaction(async (tx) => {
    const scope = { id: input.bookingId, session: { opportunity: { institutionId } } };
    const found = await tx.booking.findFirst({ where: scope, select: { sessionId: true } });
    if (!found) throw notFound("That booking");
    // Every decision takes the session lock, so none can interleave with a cancellation.
    const places =
      input.decision === "CONFIRMED"
        ? await requireFreePlace({ sessionId: found.sessionId, message: FULL_FOR_COORDINATOR }, tx)
        : await lockSessionPlaces({ sessionId: found.sessionId }, tx);

    const booking = await tx.booking.findFirstOrThrow({
      where: scope,
      select: {
        status: true,
        expert: { select: { userId: true } },
        session: {
          select: {
            startsAt: true,
            endsAt: true,
            cancelledAt: true,
            opportunity: { select: { id: true, title: true } },
          },
        },
      },
    });
    if (!(DECIDABLE as readonly string[]).includes(booking.status))
      throw new ActionError("This request has already been decided. Refresh the page to see the latest.");
    if (booking.status === input.decision) throw new ActionError("They are already on the waiting list.");
    if (booking.session.cancelledAt) throw new ActionError("This session has been cancelled.");
    if (input.decision !== "DECLINED" && booking.session.startsAt <= new Date())
      throw new ActionError("This session has already started.");

    // Recorded content and research: a place only with the expert's consent (issue 14).
    if (input.decision === "CONFIRMED") await requireConsentToConfirm(input.bookingId, tx);

    const now = new Date();
    const changed = await tx.booking.updateMany({
      where: { id: input.bookingId, status: { in: [...DECIDABLE] } },
      data: { status: input.decision, message: input.message, decidedAt: now, decidedById: user.id, offeredAt: null },
    });
    if (changed.count !== 1)
      throw new ActionError("This request has already been decided. Refresh the page to see the latest.");

    const warning =
      input.decision === "CONFIRMED" ? await limitWarningForBooking({ bookingId: input.bookingId }, tx) : null;
    const { title, startsAt, endsAt } = { ...booking.session.opportunity, ...booking.session };
    const notice = decisionNotice(input.decision, title, formatSessionTime(startsAt, endsAt), input.message);
    await notify(
      {
        userId: booking.expert.userId,
        kind: "BOOKING",
        institutionId: user.institutionId,
        title: notice.title,
        body: notice.body,
        link: expertOpportunityLink(booking.session.opportunity.id),
      },
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: `booking.${input.decision.toLowerCase()}`,
        entityType: "Booking",
        entityId: input.bookingId,
        before: { status: booking.status },
        after: { status: input.decision, message: input.message },
      },
      tx,
    );
    return { sessionId: found.sessionId, places, warnings: warning ? [warning] : [] };
  }, BOOKING_TX);
}

export async function bookExpertDirectly(input: { user: CoordinatorCaller; sessionId: string; expertId: string }) {
  const { user } = input;
  const { institutionId, partnershipId } = user;
  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: input.sessionId, opportunity: { institutionId } },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        cancelledAt: true,
        opportunity: { select: { id: true, title: true, status: true } },
      },
    });
    if (!session) throw notFound("That session");
    if (session.cancelledAt || session.opportunity.status === "CANCELLED")
      throw new ActionError("This session has been cancelled.");
    if (session.opportunity.status === "CLOSED")
      throw new ActionError("This opportunity is closed. Open it again before booking anyone.");
    if (session.startsAt <= new Date()) throw new ActionError("This session has already started.");
    const expert = await tx.expertProfile.findFirst({
      where: { id: input.expertId, partnershipId, status: "ACTIVE" },
      select: { id: true, userId: true, breakStartedAt: true, breakUntil: true },
    });
    if (!expert)
      throw new ActionError("Choose an active expert from your partnership.", "INVALID", {
        expertId: ["Choose an active expert from your partnership"],
      });
    if (isOnBreak(expert))
      throw new ActionError(
        "They are on a break. If they have agreed to come back, end their break on their page first.",
        "INVALID",
        {
          expertId: ["They are on a break. End their break on their page first"],
        },
      );

    await requireFreePlace(
      { sessionId: session.id, message: "This session is full. Add places before booking someone else." },
      tx,
    );
    const existing = await tx.booking.findUnique({
      where: { sessionId_expertId: { sessionId: session.id, expertId: expert.id } },
      select: { id: true, status: true },
    });
    if (existing && ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(existing.status))
      throw new ActionError("They already have a place on this session.");

    const now = new Date();
    const data = {
      status: "CONFIRMED" as const,
      decidedAt: now,
      decidedById: user.id,
      message: "",
      offeredAt: null,
      withdrawnAt: null,
    };
    let bookingId: string;
    if (existing) {
      const changed = await tx.booking.updateMany({ where: { id: existing.id, status: existing.status }, data });
      if (changed.count !== 1)
        throw new ActionError("Their booking changed while you were looking at it. Refresh the page and try again.");
      bookingId = existing.id;
    } else {
      bookingId = (
        await tx.booking.create({
          data: { ...data, sessionId: session.id, expertId: expert.id, requestedAt: now },
          select: { id: true },
        })
      ).id;
    }
    // Recorded content and research: a place only with the expert's consent (issue 14); the
    // transaction rolls back the booking made above.
    await requireConsentToConfirm(bookingId, tx, { notAskedYet: !existing });
    const warning = await limitWarningForBooking({ bookingId }, tx);
    await notify(
      {
        userId: expert.userId,
        kind: "BOOKING",
        institutionId: user.institutionId,
        title: "You have been booked",
        body: `Your coordinator has booked you a place on "${session.opportunity.title}", ${formatSessionTime(session.startsAt, session.endsAt)}. If you cannot make it, you can withdraw.`,
        link: expertOpportunityLink(session.opportunity.id),
      },
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: "booking.booked_directly",
        entityType: "Booking",
        entityId: bookingId,
        before: existing ? { status: existing.status } : undefined,
        after: { status: "CONFIRMED" },
      },
      tx,
    );
    return { bookingId, warnings: warning ? [warning] : [] };
  }, BOOKING_TX);
}
