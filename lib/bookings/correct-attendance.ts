/**
 * Correcting attendance after it was saved: came ↔ did not come, with a reason, audited. The
 * payment and the module's involvement record follow, in the same transaction as the booking.
 * "Came" drafts the payment exactly as the first marking does. "Did not come" removes the payment
 * only while no money has moved (draft, sent for approval, or declined by the expert); once it is
 * approved, sent to finance or paid, the correction is refused with what to do instead, so the
 * records never show a payment for a session nobody attended without anyone deciding so.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { dropSensitiveSessionTask, ensureSensitiveSessionTasks } from "@/lib/debriefs/sensitive";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { notify } from "@/lib/notifications/notify";
import { createDraftPayment, removeUnapprovedPayment } from "@/lib/payments/create-draft";
import { BOOKING_TX, lockSessionPlaces } from "./capacity";
import { ATTENDANCE_VALUES } from "./schemas";

type Mark = (typeof ATTENDANCE_VALUES)[number];

export async function correctAttendance({
  user,
  bookingId,
  attendance,
  reason,
}: {
  user: CoordinatorCaller;
  bookingId: string;
  attendance: Mark;
  reason: string;
}) {
  return db.$transaction(async (tx) => {
    const found = await tx.booking.findFirst({
      where: { id: bookingId, session: { opportunity: { institutionId: user.institutionId } } },
      select: { sessionId: true },
    });
    if (!found) throw notFound("That booking");
    // The same lock as the first marking: a correction and a second correction (or the marking
    // itself) queue here, so each sees the other's result.
    await lockSessionPlaces({ sessionId: found.sessionId }, tx);
    const booking = await tx.booking.findUniqueOrThrow({
      where: { id: bookingId },
      select: {
        id: true,
        status: true,
        sessionId: true,
        expert: { select: { userId: true, user: { select: { name: true } } } },
        session: { select: { opportunity: { select: { title: true } } } },
      },
    });
    const name = booking.expert.user.name;
    if (booking.status !== "ATTENDED" && booking.status !== "NO_SHOW")
      throw new ActionError(`Attendance has not been recorded for ${name} yet, so there is nothing to change.`);
    if (booking.status === attendance)
      throw new ActionError(
        `${name} is already recorded as ${attendance === "ATTENDED" ? "having come" : "not having come"}. Nothing has been changed.`,
      );

    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: booking.status },
      data: { status: attendance, attendanceMarkedAt: new Date() },
    });
    if (count !== 1)
      throw new ActionError("Attendance changed while you were correcting it. Refresh the page and try again.");

    let paymentNote: "drafted" | "removed" | "none";
    if (attendance === "ATTENDED") {
      await createDraftPayment({ bookingId: booking.id, actorId: user.id }, tx);
      await ensureSensitiveSessionTasks({ bookingIds: [booking.id] }, tx);
      paymentNote = "drafted";
    } else {
      paymentNote = await removeUnapprovedPayment({ bookingId: booking.id, name, actorId: user.id }, tx);
      await dropSensitiveSessionTask({ bookingId: booking.id }, tx);
    }
    await recordSessionInvolvement({ sessionId: booking.sessionId, loggedById: user.id }, tx);
    await audit(
      {
        actorId: user.id,
        action: "booking.attendance_corrected",
        entityType: "Booking",
        entityId: booking.id,
        before: { status: booking.status },
        after: { status: attendance, reason, payment: paymentNote },
      },
      tx,
    );
    const title = booking.session.opportunity.title;
    await notify(
      {
        userId: booking.expert.userId,
        kind: "PAYMENT",
        institutionId: user.institutionId,
        title: attendance === "ATTENDED" ? "Your attendance has been corrected" : "Your attendance has been changed",
        body:
          attendance === "ATTENDED"
            ? `${title}: you are now recorded as having come. Your payment is ready for you to check and send.`
            : `${title}: you are now recorded as not having come, so there is no payment for this session. The reason given: ${reason}`,
        link: "/expert/payments",
      },
      tx,
    );
    return { name, attendance, payment: paymentNote };
  }, BOOKING_TX);
}
