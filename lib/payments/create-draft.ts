/**
 * Attendance → one DRAFT payment for the booking (the unique bookingId makes a second one
 * impossible). The fee follows the expert's payment preference at the time of attendance.
 */
import type { DbClient } from "@/lib/db";
import { paysFee, sessionFeePence } from "./fee";

export async function createDraftPayment(tx: DbClient, bookingId: string) {
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      expert: { select: { id: true, paymentPreference: true, paymentPartnerId: true } },
      session: {
        select: {
          startsAt: true, endsAt: true,
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
  return tx.payment.upsert({
    where: { bookingId },
    create: {
      bookingId,
      expertId: expert.id,
      method: expert.paymentPreference,
      payeePartnerId: viaPartner ? expert.paymentPartnerId : null,
      feePence: paysFee(expert.paymentPreference) ? fee : 0,
      sessionDate: session.startsAt,
    },
    update: {},
  });
}
