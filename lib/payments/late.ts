/** Late payments: counted in whole London calendar days since the session, not 24-hour blocks. */
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { DAY_MS, fromLondon, londonParts } from "@/lib/time";

/** Statuses that are finished: nothing more is owed, so they are never late. */
export const SETTLED: readonly PaymentStatus[] = ["PAID", "DECLINED_BY_EXPERT"];

function londonDayNumber(date: Date): number {
  const p = londonParts(date);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** 0 on the day of the session, 1 the next day, … in London dates. */
export function daysSinceSession(sessionDate: Date, now = new Date()): number {
  return londonDayNumber(now) - londonDayNumber(sessionDate);
}

export function isLate(
  payment: { status: PaymentStatus; sessionDate: Date },
  latePaymentDays: number,
  now = new Date(),
): boolean {
  return !SETTLED.includes(payment.status) && daysSinceSession(payment.sessionDate, now) > latePaymentDays;
}

/** Sessions that started before this instant are more than `latePaymentDays` London days old. */
export function lateCutoff(latePaymentDays: number, now = new Date()): Date {
  const p = londonParts(now);
  return fromLondon(p.year, p.month, p.day - latePaymentDays);
}
