/**
 * Whether an expert is on a break, computed from their fields rather than cleared by a job: a break
 * is on from breakStartedAt until the end of breakUntil (a London calendar day; null: until they
 * say). Once breakUntil has passed the break has ended by itself, whatever the fields still hold.
 *
 * A break is the expert's own choice and is separate from ExpertStatus PAUSED (the coordinator's
 * decision): taking a break never changes the status, and ending one never makes anyone ACTIVE.
 * Everything that offers an expert something (waitlist places, "book directly", the quiet list,
 * suggestions on their home page) skips people on a break using the helpers below.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { BreakUpdates, MessageKind } from "@/lib/generated/prisma/enums";
import { londonCalendarDate } from "@/lib/rates/dates";

export type BreakFields = { breakStartedAt: Date | null; breakUntil: Date | null };

/** Today in London as a calendar date (UTC midnight), to compare with breakUntil. */
export const breakToday = (now: Date) => londonCalendarDate(now);

export function isOnBreak(profile: BreakFields, now = new Date()): boolean {
  if (!profile.breakStartedAt) return false;
  return profile.breakUntil === null || profile.breakUntil.getTime() >= breakToday(now).getTime();
}

/** Prisma where for ExpertProfile: on a break now. */
export function onBreakWhere(now = new Date()): Prisma.ExpertProfileWhereInput {
  return { breakStartedAt: { not: null }, OR: [{ breakUntil: null }, { breakUntil: { gte: breakToday(now) } }] };
}

/** Prisma where for ExpertProfile: not on a break now (never started, ended, or its date has passed). */
export function notOnBreakWhere(now = new Date()): Prisma.ExpertProfileWhereInput {
  return { OR: [{ breakStartedAt: null }, { breakUntil: { lt: breakToday(now) } }] };
}

/** The same in SQL, for raw queries: `alias` is the ExpertProfile table's alias. */
export function notOnBreakSql(alias: string, now = new Date()): Prisma.Sql {
  const e = Prisma.raw(`"${alias.replace(/[^A-Za-z0-9_]/g, "")}"`);
  return Prisma.sql`(${e}."breakStartedAt" IS NULL OR ${e}."breakUntil" < ${breakToday(now)}::date)`;
}

/** Which kinds of email still reach someone on a break, by what they chose. */
export const BREAK_EMAIL_KINDS: Record<BreakUpdates, readonly MessageKind[]> = {
  PAYMENTS_ONLY: ["ACCOUNT", "PAYMENT"],
  MY_BOOKINGS: ["ACCOUNT", "PAYMENT", "BOOKING", "SESSION", "REMINDER", "CHECK_IN", "REQUEST"],
  GROUP_NEWS: ["ACCOUNT", "PAYMENT", "BOOKING", "SESSION", "REMINDER", "CHECK_IN", "REQUEST", "DIGEST"],
};

export const BREAK_UPDATES_TEXT: Record<BreakUpdates, string> = {
  PAYMENTS_ONLY: "Only about payments",
  MY_BOOKINGS: "About my bookings and payments",
  GROUP_NEWS: "About my bookings and payments, and group news",
};

/** Whether an email of this kind reaches this expert now; false only during a break that filters it. */
export function breakAllowsEmail(
  kind: MessageKind,
  profile: (BreakFields & { breakUpdates: BreakUpdates }) | null | undefined,
  now = new Date(),
): boolean {
  if (!profile || !isOnBreak(profile, now)) return true;
  return BREAK_EMAIL_KINDS[profile.breakUpdates].includes(kind);
}
