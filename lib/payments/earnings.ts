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
import { APPROVED_STATUSES, earnedBetween, WAITING_STATUSES, type Earned } from "./earned";
import { paysFee, sessionFeePence } from "./fee";

type Between = { expertId: string; start: Date; end: Date };

type SessionForFee = {
  startsAt: Date;
  endsAt: Date;
  opportunity: {
    payRatePence: number;
    payBasis: Parameters<typeof sessionFeePence>[0]["basis"];
    preparationMinutes: number;
  };
};

/** The fee a place on the session earns (its length and paid preparation at the opportunity's rate). */
const feeOf = (session: SessionForFee) =>
  sessionFeePence({
    ratePence: session.opportunity.payRatePence,
    basis: session.opportunity.payBasis,
    sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000),
    preparationMinutes: session.opportunity.preparationMinutes,
  });

/** Fees earned in a period (approved or waiting), as every earnings figure counts them. */
async function feesBetween(input: Between & { excludePaymentId?: string }, db: DbClient) {
  return (await earnedBetween(input, db)).earnedPence;
}

/** Fees the expert will earn from confirmed sessions not yet attended, in a period. */
async function confirmedFeesBetween(
  { expertId, start, end, excludeSessionId }: Between & { excludeSessionId?: string },
  db: DbClient,
) {
  const bookings = await db.booking.findMany({
    where: {
      expertId,
      status: "CONFIRMED",
      session: { startsAt: { gte: start, lt: end } },
      ...(excludeSessionId ? { sessionId: { not: excludeSessionId } } : {}),
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
  return bookings.reduce((total, { session }) => total + feeOf(session), 0);
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

const LIMITED_EXPERT = {
  id: true,
  earningsLimitPence: true,
  earningsLimitPeriod: true,
  paymentPreference: true,
  user: { select: { name: true } },
} as const;
const FEE_OF_SESSION = {
  id: true,
  startsAt: true,
  endsAt: true,
  opportunity: { select: { payRatePence: true, payBasis: true, preparationMinutes: true } },
} as const;

type LimitedExpert = {
  id: string;
  earningsLimitPence: number | null;
  earningsLimitPeriod: "WEEK" | "MONTH" | null;
  paymentPreference: Parameters<typeof paysFee>[0];
};
type FeeSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  opportunity: {
    payRatePence: number;
    payBasis: Parameters<typeof sessionFeePence>[0]["basis"];
    preparationMinutes: number;
  };
};

/** The figures behind an earnings-limit warning: what a place on a session would make the period's fees. */
export type LimitExcess = {
  limitPence: number;
  period: "WEEK" | "MONTH";
  periodStart: Date;
  /** Fees already in the period: payments (approved or waiting) and places confirmed but not yet attended. */
  alreadyPence: number;
  feePence: number;
  totalPence: number;
  overPence: number;
};

/**
 * Whether a place on this session would take the expert over their own limit, in the limit's
 * period around the session date. Counts the fee only: expenses are paid back, not earned.
 * Exactly at the limit is not over.
 */
async function excessFor(
  { expert, session }: { expert: LimitedExpert; session: FeeSession },
  db: DbClient,
): Promise<LimitExcess | null> {
  if (expert.earningsLimitPence == null || !expert.earningsLimitPeriod || !paysFee(expert.paymentPreference))
    return null;
  const fee = feeOf(session);
  if (fee === 0) return null;
  const bounds = limitPeriodOf(expert.earningsLimitPeriod, session.startsAt);
  const [paid, confirmed] = await Promise.all([
    feesBetween({ expertId: expert.id, start: bounds.start, end: bounds.end }, db),
    confirmedFeesBetween(
      { expertId: expert.id, start: bounds.start, end: bounds.end, excludeSessionId: session.id },
      db,
    ),
  ]);
  const already = paid + confirmed;
  const total = already + fee;
  if (total <= expert.earningsLimitPence) return null;
  return {
    limitPence: expert.earningsLimitPence,
    period: expert.earningsLimitPeriod,
    periodStart: bounds.start,
    alreadyPence: already,
    feePence: fee,
    totalPence: total,
    overPence: total - expert.earningsLimitPence,
  };
}

/** Warning text if confirming this booking would take the expert over their limit, else null. */
export async function limitWarningForBooking(
  { bookingId }: { bookingId: string },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const booking = await db.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: { expert: { select: LIMITED_EXPERT }, session: { select: FEE_OF_SESSION } },
  });
  const excess = await excessFor(booking, db);
  return excess
    ? warning(booking.expert.user.name, excess.limitPence, excess.period, excess.alreadyPence, excess.feePence)
    : null;
}

/**
 * For the expert, before they ask for a place: the figures if a place on this session would take
 * them over their own limit, else null. The same reckoning the coordinator sees when confirming.
 */
export async function limitExcessForSession(
  { expertId, sessionId }: { expertId: string; sessionId: string },
  db: DbClient = defaultDb,
): Promise<LimitExcess | null> {
  const [expert, session] = await Promise.all([
    db.expertProfile.findUnique({ where: { id: expertId }, select: LIMITED_EXPERT }),
    db.session.findUnique({ where: { id: sessionId }, select: FEE_OF_SESSION }),
  ]);
  return expert && session ? excessFor({ expert, session }, db) : null;
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

/**
 * The same reckoning as `limitExcessForSession`, for many experts at once (the fair suggestions
 * list): four queries however many people, with each person's fees summed in their own period.
 * Only experts with a limit, who take a fee, can be over; the rest are not in the map.
 */
export async function limitExcessForExperts(
  { expertIds, sessionId }: { expertIds: readonly string[]; sessionId: string },
  db: DbClient = defaultDb,
): Promise<Map<string, LimitExcess>> {
  const excesses = new Map<string, LimitExcess>();
  if (!expertIds.length) return excesses;
  const [experts, session] = await Promise.all([
    db.expertProfile.findMany({
      where: { id: { in: [...expertIds] }, earningsLimitPence: { not: null }, earningsLimitPeriod: { not: null } },
      select: LIMITED_EXPERT,
    }),
    db.session.findUnique({ where: { id: sessionId }, select: FEE_OF_SESSION }),
  ]);
  const limited = experts.filter((e) => paysFee(e.paymentPreference));
  if (!session || !limited.length) return excesses;
  const fee = feeOf(session);
  if (fee === 0) return excesses;
  const periods = { WEEK: limitPeriodOf("WEEK", session.startsAt), MONTH: limitPeriodOf("MONTH", session.startsAt) };
  const from = new Date(Math.min(periods.WEEK.start.getTime(), periods.MONTH.start.getTime()));
  const to = new Date(Math.max(periods.WEEK.end.getTime(), periods.MONTH.end.getTime()));
  const ids = limited.map((e) => e.id);
  const [payments, confirmed] = await Promise.all([
    db.payment.findMany({
      where: {
        expertId: { in: ids },
        status: { in: [...APPROVED_STATUSES, ...WAITING_STATUSES] },
        sessionDate: { gte: from, lt: to },
      },
      select: { expertId: true, feePence: true, sessionDate: true },
    }),
    db.booking.findMany({
      where: {
        expertId: { in: ids },
        status: "CONFIRMED",
        sessionId: { not: session.id },
        session: { startsAt: { gte: from, lt: to } },
      },
      select: { expertId: true, session: { select: FEE_OF_SESSION } },
    }),
  ]);
  const within = (d: Date, p: { start: Date; end: Date }) => d >= p.start && d < p.end;
  for (const expert of limited) {
    const period = periods[expert.earningsLimitPeriod!];
    const paid = payments
      .filter((p) => p.expertId === expert.id && within(p.sessionDate, period))
      .reduce((t, p) => t + p.feePence, 0);
    const booked = confirmed
      .filter((b) => b.expertId === expert.id && within(b.session.startsAt, period))
      .reduce((t, { session: s }) => t + feeOf(s), 0);
    const already = paid + booked;
    const total = already + fee;
    if (total > expert.earningsLimitPence!)
      excesses.set(expert.id, {
        limitPence: expert.earningsLimitPence!,
        period: expert.earningsLimitPeriod!,
        periodStart: period.start,
        alreadyPence: already,
        feePence: fee,
        totalPence: total,
        overPence: total - expert.earningsLimitPence!,
      });
  }
  return excesses;
}
