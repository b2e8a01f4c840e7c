/**
 * Benefit-aware earnings. An expert may record a personal limit per week or month (e.g. a
 * permitted-work limit). Earnings are fees only — expenses are reimbursement — counted by the
 * date of the session, in London calendar periods. Used to warn, never to block.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { LIMIT_PERIOD } from "@/lib/labels";
import { limitPeriodOf, taxYearOf } from "@/lib/time";
import { earnedBetween, type Earned } from "./earned";
import { paysFee, sessionFeePence } from "./fee";

type Between = { expertId: string; start: Date; end: Date };

/** Fees earned in a period (approved or waiting), as every earnings figure counts them. */
async function feesBetween(input: Between & { excludePaymentId?: string }, db: DbClient) {
  return (await earnedBetween(input, db)).earnedPence;
}

/** Fees the expert will earn from confirmed sessions not yet attended, in a period. */
async function confirmedFeesBetween(
  { expertId, start, end, excludeBookingId }: Between & { excludeBookingId?: string },
  db: DbClient,
) {
  const bookings = await db.booking.findMany({
    where: {
      expertId,
      status: "CONFIRMED",
      session: { startsAt: { gte: start, lt: end } },
      ...(excludeBookingId ? { id: { not: excludeBookingId } } : {}),
    },
    select: {
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          opportunity: { select: { payRatePence: true, payBasis: true, preparationMinutes: true } },
        },
      },
    },
  });
  return bookings.reduce(
    (total, { session }) =>
      total +
      sessionFeePence({
        ratePence: session.opportunity.payRatePence,
        basis: session.opportunity.payBasis,
        sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000),
        preparationMinutes: session.opportunity.preparationMinutes,
      }),
    0,
  );
}

export type EarningsSummary = {
  limitPence: number | null;
  period: "WEEK" | "MONTH" | null;
  periodStart: Date;
  periodEnd: Date;
  inPeriod: Earned;
  inTaxYear: Earned;
  taxYearLabel: string;
};

export async function earningsSummary(
  { expertId, at = new Date() }: { expertId: string; at?: Date },
  db: DbClient = defaultDb,
): Promise<EarningsSummary> {
  const profile = await db.expertProfile.findUniqueOrThrow({
    where: { id: expertId },
    select: { earningsLimitPence: true, earningsLimitPeriod: true },
  });
  const period = profile.earningsLimitPeriod ?? "WEEK";
  const bounds = limitPeriodOf(period, at);
  const taxYear = taxYearOf(at);
  const [inPeriod, inTaxYear] = await Promise.all([
    earnedBetween({ expertId, start: bounds.start, end: bounds.end }, db),
    earnedBetween({ expertId, start: taxYear.start, end: taxYear.end }, db),
  ]);
  return {
    limitPence: profile.earningsLimitPence,
    period: profile.earningsLimitPeriod,
    periodStart: bounds.start,
    periodEnd: bounds.end,
    inPeriod,
    inTaxYear,
    taxYearLabel: taxYear.label,
  };
}

function warning(name: string, limit: number, period: "WEEK" | "MONTH", already: number, adding: number) {
  return `${name} has an earnings limit of ${formatMoney(limit)} ${LIMIT_PERIOD[period]}. They have ${formatMoney(already)} in that period already; this adds ${formatMoney(adding)}, making ${formatMoney(already + adding)}, which is ${formatMoney(already + adding - limit)} over.`;
}

/** Warning text if confirming this booking would take the expert over their limit, else null. */
export async function limitWarningForBooking(
  { bookingId }: { bookingId: string },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const booking = await db.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      expert: {
        select: {
          id: true,
          earningsLimitPence: true,
          earningsLimitPeriod: true,
          paymentPreference: true,
          user: { select: { name: true } },
        },
      },
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
  if (expert.earningsLimitPence == null || !expert.earningsLimitPeriod || !paysFee(expert.paymentPreference))
    return null;
  const fee = sessionFeePence({
    ratePence: session.opportunity.payRatePence,
    basis: session.opportunity.payBasis,
    sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000),
    preparationMinutes: session.opportunity.preparationMinutes,
  });
  const bounds = limitPeriodOf(expert.earningsLimitPeriod, session.startsAt);
  const already =
    (await feesBetween({ expertId: expert.id, start: bounds.start, end: bounds.end }, db)) +
    (await confirmedFeesBetween(
      { expertId: expert.id, start: bounds.start, end: bounds.end, excludeBookingId: bookingId },
      db,
    ));
  return already + fee > expert.earningsLimitPence
    ? warning(expert.user.name, expert.earningsLimitPence, expert.earningsLimitPeriod, already, fee)
    : null;
}

/** Warning text if approving this payment's fee would take the expert over their limit, else null. */
export async function limitWarningForPayment(
  { paymentId }: { paymentId: string },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      feePence: true,
      sessionDate: true,
      expert: {
        select: { id: true, earningsLimitPence: true, earningsLimitPeriod: true, user: { select: { name: true } } },
      },
    },
  });
  const { expert } = payment;
  if (expert.earningsLimitPence == null || !expert.earningsLimitPeriod || payment.feePence === 0) return null;
  const bounds = limitPeriodOf(expert.earningsLimitPeriod, payment.sessionDate);
  const already = await feesBetween(
    { expertId: expert.id, start: bounds.start, end: bounds.end, excludePaymentId: payment.id },
    db,
  );
  return already + payment.feePence > expert.earningsLimitPence
    ? warning(expert.user.name, expert.earningsLimitPence, expert.earningsLimitPeriod, already, payment.feePence)
    : null;
}
