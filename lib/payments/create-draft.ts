/**
 * Attendance → one DRAFT payment for the booking (the unique bookingId makes a second one
 * impossible). The fee follows the expert's payment preference at the time of attendance.
 */
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import { paysFee, sessionFeePence } from "./fee";
import { paymentInTheWay, REMOVABLE } from "./payment-in-the-way";

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
 * Attendance corrected to "did not come": the payment goes, with any expenses on it, while no
 * money has moved (draft, sent for approval, or declined by the expert). An approved, exported or
 * paid one is refused with what to do instead. Returns whether there was a payment to remove.
 */
export async function removeUnapprovedPayment(
  { bookingId, name, actorId = null }: { bookingId: string; name: string; actorId?: string | null },
  tx: DbClient,
): Promise<"removed" | "none"> {
  const payment = await tx.payment.findUnique({
    where: { bookingId },
    select: { id: true, status: true, feePence: true },
  });
  if (!payment) return "none";
  const refusal = paymentInTheWay(payment.status, name);
  if (refusal) throw new ActionError(refusal);
  const expenses = await tx.expenseItem.aggregate({ where: { paymentId: payment.id }, _sum: { amountPence: true } });
  // The status in the WHERE: an approval that committed since the read leaves nothing deleted.
  const { count } = await tx.payment.deleteMany({ where: { id: payment.id, status: { in: [...REMOVABLE] } } });
  if (count !== 1) {
    const now = await tx.payment.findUnique({ where: { id: payment.id }, select: { status: true } });
    throw new ActionError(
      (now && paymentInTheWay(now.status, name)) ??
        "The payment changed while you were correcting attendance. Refresh the page and try again.",
    );
  }
  await audit(
    {
      actorId,
      action: "payment.removed",
      entityType: "Payment",
      entityId: payment.id,
      before: { status: payment.status, feePence: payment.feePence, expensesPence: expenses._sum.amountPence ?? 0 },
    },
    tx,
  );
  return "removed";
}
