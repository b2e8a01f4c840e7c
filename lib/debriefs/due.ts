/**
 * When a debrief is due. A coordinator owes it by the end of a working day in London (stored as
 * the last millisecond of that London day, in UTC), counted in working days (Monday to Friday;
 * bank holidays are not known here, so a task due on one shows on the day as usual):
 *  - asked for, "not sure" at the check-in, or after a sensitive session: two working days;
 *  - "not OK" at the check-in: the next working day (and first on the list).
 * Pure, so the rule is easy to test and to change in one place.
 */
import { fromLondon, londonParts } from "@/lib/time";

export const DUE_WORKING_DAYS = 2;
export const URGENT_WORKING_DAYS = 1;

/** The end (23:59:59.999, London) of the London day `workingDays` working days after `from`'s. */
export function dueAfterWorkingDays(from: Date, workingDays: number): Date {
  const p = londonParts(from);
  // A calendar-day cursor in UTC, free of clock changes: only the date matters here.
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day));
  let left = workingDays;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  const next = new Date(day.getTime());
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(fromLondon(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()).getTime() - 1);
}

export const debriefDueOn = (from: Date) => dueAfterWorkingDays(from, DUE_WORKING_DAYS);
export const urgentDueOn = (from: Date) => dueAfterWorkingDays(from, URGENT_WORKING_DAYS);

/** The earlier of two due dates: a request never pushes an earlier promise back. */
export const earlierDue = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

export const isOverdue = (task: { dueOn: Date; doneAt: Date | null }, now: Date) =>
  !task.doneAt && task.dueOn.getTime() < now.getTime();
