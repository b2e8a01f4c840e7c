/**
 * Rate dates are calendar dates (a `date` column), held as UTC midnight of that day. A session
 * is matched by its London date, so a rate from 1 August applies from 00:00 London time.
 */
import { londonParts } from "@/lib/time";

export function londonCalendarDate(at: Date): Date {
  const p = londonParts(at);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** "2026-08-01" → that calendar date, or null if it is not a real date. */
export function parseCalendarDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

/** "2026-08-01" for forms and links. */
export const calendarDateText = (date: Date) => date.toISOString().slice(0, 10);

const longFmt = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
/** "1 August 2026" */
export const formatCalendarDate = (date: Date) => longFmt.format(date);

const shortFmt = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
/** "1 Sept 2026" */
export const formatCalendarShort = (date: Date) => shortFmt.format(date);
