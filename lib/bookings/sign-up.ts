/**
 * An expert asks for a place. Sign-ups never confirm anyone: they make a REQUESTED booking
 * (or WAITLISTED when the session is full and the expert chose the waiting list), and a
 * coordinator decides. A withdrawn or declined booking is re-opened rather than duplicated,
 * because (sessionId, expertId) is unique.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { ExpertCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { type BookingChoices, choicesData } from "@/lib/preparation/booking-choices";
import { BOOKING_TX, lockSessionPlaces } from "./capacity";

export const NOT_ACTIVE = "Your coordinator needs to finish setting up your account before you can sign up.";
export const ALREADY_ASKED = "You have already asked for a place on this session.";
export const FULL_FOR_EXPERT =
  "This session is full. You can join the waiting list and we will offer you a place if one comes up.";
const REOPENABLE = ["WITHDRAWN", "DECLINED"] as const;

export async function signUpForSession({
  user,
  sessionId,
  waitlist,
  ...choices
}: {
  user: ExpertCaller;
  sessionId: string;
  waitlist?: "yes";
} & Partial<BookingChoices>) {
  // A supporter does not take a place: capacity below counts experts only.
  const chosen = choicesData({
    supporterComing: choices.supporterComing ?? false,
    supporterName: choices.supporterName ?? "",
    shareAccessNeedsWithAcademic: choices.shareAccessNeedsWithAcademic ?? false,
  });
  const { expertId, partnershipId } = user;
  try {
    return await db.$transaction(async (tx) => {
      const expert = await tx.expertProfile.findUnique({ where: { id: expertId }, select: { status: true } });
      if (expert?.status !== "ACTIVE") throw new ActionError(NOT_ACTIVE);

      const session = await tx.session.findFirst({
        where: { id: sessionId, opportunity: { institution: { partnershipId } } },
        select: { id: true, startsAt: true, cancelledAt: true, opportunity: { select: { id: true, status: true } } },
      });
      if (!session) throw notFound("That session");
      if (session.cancelledAt) throw new ActionError("This session has been cancelled.");
      if (session.startsAt <= new Date())
        throw new ActionError("This session has already started, so you cannot sign up for it.");
      if (session.opportunity.status !== "OPEN")
        throw new ActionError("This opportunity is not taking sign-ups at the moment.");

      const { free, cancelled } = await lockSessionPlaces({ sessionId: session.id }, tx);
      if (cancelled) throw new ActionError("This session has been cancelled.");
      const status = free > 0 ? "REQUESTED" : "WAITLISTED";
      if (status === "WAITLISTED" && waitlist !== "yes") throw new ActionError(FULL_FOR_EXPERT, "CONFLICT");

      const existing = await tx.booking.findUnique({
        where: { sessionId_expertId: { sessionId: session.id, expertId } },
        select: { id: true, status: true },
      });
      let bookingId: string;
      if (existing) {
        if (!(REOPENABLE as readonly string[]).includes(existing.status)) throw new ActionError(ALREADY_ASKED);
        const reopened = await tx.booking.updateMany({
          where: { id: existing.id, expertId, status: { in: [...REOPENABLE] } },
          data: {
            status,
            requestedAt: new Date(),
            decidedAt: null,
            decidedById: null,
            message: "",
            offeredAt: null,
            withdrawnAt: null,
            ...chosen,
            supporterTravelClaimable: false,
          },
        });
        if (reopened.count !== 1) throw new ActionError(ALREADY_ASKED);
        bookingId = existing.id;
      } else {
        bookingId = (
          await tx.booking.create({
            data: { sessionId: session.id, expertId, status, ...chosen },
            select: { id: true },
          })
        ).id;
      }
      await audit(
        {
          actorId: user.id,
          action: existing ? "booking.rerequested" : "booking.requested",
          entityType: "Booking",
          entityId: bookingId,
          before: existing ? { status: existing.status } : undefined,
          after: { status },
        },
        tx,
      );
      return {
        bookingId,
        status,
        opportunityId: session.opportunity.id,
        message:
          status === "REQUESTED"
            ? "You have asked for a place. The coordinator will let you know."
            : "You are on the waiting list. We will let you know if a place comes up.",
      };
    }, BOOKING_TX);
  } catch (error) {
    // Two taps at once: the unique (sessionId, expertId) refuses the second create.
    if (isUniqueViolation(error)) throw new ActionError(ALREADY_ASKED);
    throw error;
  }
}
