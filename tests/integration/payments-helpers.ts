/** Attended bookings with their draft payment, for the payments tests. */
import { db } from "@/lib/db";
import type { PaymentPreference } from "@/lib/generated/prisma/enums";
import { createDraftPayment } from "@/lib/payments/create-draft";
import { createExpert, createOpportunity, createSession, createWorld } from "../helpers/factories";

export const DAY = 24 * 3600 * 1000;

export type World = Awaited<ReturnType<typeof createWorld>>;

/** One attended two-hour session at £25 an hour (fee £50 for fee-paying preferences). */
export async function attendedPayment(
  world: World,
  options: {
    expert?: { id: string };
    preference?: PaymentPreference;
    startsAt?: Date;
    ratePence?: number;
    minutes?: number;
  } = {},
) {
  const expert =
    options.expert ??
    (await createExpert(world.partnership.id, { paymentPreference: options.preference ?? "BANK_TRANSFER" })).expert;
  const opportunity = await createOpportunity(world, { payRatePence: options.ratePence ?? 2500 });
  const session = await createSession(opportunity.id, {
    startsAt: options.startsAt ?? new Date(Date.now() - 3 * DAY),
    minutes: options.minutes ?? 120,
  });
  const booking = await db.booking.create({
    data: { sessionId: session.id, expertId: expert.id, status: "ATTENDED", attendanceMarkedAt: new Date() },
  });
  const payment = await db.$transaction((tx) =>
    createDraftPayment({ bookingId: booking.id, actorId: world.coordinator.id }, tx),
  );
  return { payment, booking, session, opportunity, expertId: expert.id };
}

export async function expertUserOf(expertId: string) {
  const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: expertId }, select: { user: true } });
  return profile.user;
}

export async function setStatus(
  paymentId: string,
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "SENT_TO_FINANCE" | "PAID" | "DECLINED_BY_EXPERT",
  extra: { sentToFinanceAt?: Date } = {},
) {
  return db.payment.update({ where: { id: paymentId }, data: { status, ...extra } });
}

export async function snapshot(paymentId: string) {
  return db.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { expenses: { orderBy: { id: "asc" } } } });
}

export async function auditCount(paymentId: string, action?: string) {
  return db.auditEvent.count({ where: { entityType: "Payment", entityId: paymentId, ...(action ? { action } : {}) } });
}
