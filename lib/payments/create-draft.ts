/**
 * Attendance → one DRAFT payment for the booking (the unique bookingId makes a second one
 * impossible). The fee follows the expert's payment preference at the time of attendance.
 */
import "server-only";
import { audit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import { paysFee, sessionFeePence } from "./fee";

export async function createDraftPayment(
  { bookingId, actorId = null }: { bookingId: string; actorId?: string | null },
  tx: DbClient,
) {
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      expert: { select: { id: true, paymentPreference: true, paymentPartnerId: true } },
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          opportunity: { select: { payRatePence: true, payBasis: true, preparationMinutes: true } },
        },
      },
    },
  });
  const { expert, session } = booking;
  const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000);
  const fee = sessionFeePence({
    ratePence: session.opportunity.payRatePence,
    basis: session.opportunity.payBasis,
    sessionMinutes: minutes,
    preparationMinutes: session.opportunity.preparationMinutes,
  });
  const viaPartner = expert.paymentPreference === "PAID_VIA_PARTNER";
  const feePence = paysFee(expert.paymentPreference) ? fee : 0;
  // ON CONFLICT DO NOTHING: marking attendance twice (or two coordinators at once) keeps one payment.
  const { count } = await tx.payment.createMany({
    data: [
      {
        bookingId,
        expertId: expert.id,
        method: expert.paymentPreference,
        payeePartnerId: viaPartner ? expert.paymentPartnerId : null,
        feePence,
        sessionDate: session.startsAt,
      },
    ],
    skipDuplicates: true,
  });
  const payment = await tx.payment.findUniqueOrThrow({ where: { bookingId } });
  if (count === 1) {
    await audit(
      {
        actorId,
        action: "payment.created",
        entityType: "Payment",
        entityId: payment.id,
        after: { status: "DRAFT", method: payment.method, feePence },
      },
      tx,
    );
  }
  return payment;
}

/**
 * Attendance corrected to "did not attend": the draft goes, unless money is already moving
 * (submitted or later) or the expert has added expenses; returns whether it was removed.
 */
export async function removeDraftPayment(
  { bookingId, actorId = null }: { bookingId: string; actorId?: string | null },
  tx: DbClient,
) {
  const payment = await tx.payment.findUnique({
    where: { bookingId },
    select: { id: true, status: true, _count: { select: { expenses: true } } },
  });
  if (!payment || payment.status !== "DRAFT" || payment._count.expenses > 0) return false;
  const { count } = await tx.payment.deleteMany({ where: { id: payment.id, status: "DRAFT", expenses: { none: {} } } });
  if (count === 1)
    await audit(
      {
        actorId,
        action: "payment.removed",
        entityType: "Payment",
        entityId: payment.id,
        before: { status: "DRAFT" },
      },
      tx,
    );
  return count === 1;
}
