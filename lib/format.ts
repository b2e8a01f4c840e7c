import { TIME_ZONE } from "./time";

const dateFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const shortDateFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});
const timeFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h12",
});
const isoDateFmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const isoTimeFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Monday 23 November 2026" */
export const formatDate = (d: Date) => dateFmt.format(d);
const dayMonthFmt = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "numeric", month: "long" });
/** "4 December": a day in a page title, e.g. "Skills day, 4 December – Opportunity". */
export const formatDayMonth = (d: Date) => dayMonthFmt.format(d);
/** "23 Nov 2026" */
export const formatShortDate = (d: Date) => shortDateFmt.format(d);
/** "2:30pm" */
export const formatTime = (d: Date) => timeFmt.format(d).replace(" ", "").toLowerCase();
const timeWithSecondsFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});
/** "14:05:09": to the second, for the audit log. */
export const formatTimeWithSeconds = (d: Date) => timeWithSecondsFmt.format(d);
/** "23 Nov 2026, 2:05pm": when something happened, in lists and details. */
export const formatShortDateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)}`;
/** "Monday 23 November 2026, 10:00am to 12:00pm" */
export const formatSessionTime = (start: Date, end: Date) =>
  `${formatDate(start)}, ${formatTime(start)} to ${formatTime(end)}`;
/** Values for <input type="date"> and <input type="time"> in London time. */
export const toDateInput = (d: Date) => isoDateFmt.format(d);
export const toTimeInput = (d: Date) => isoTimeFmt.format(d);

/** Integer pence → "£1,234.50". Only integer arithmetic; formatting is the last step. */
export function formatMoney(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(pence));
  const pounds = Math.floor(abs / 100).toLocaleString("en-GB");
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, "0")}`;
}

/** "12.50" for CSV and form inputs. */
export function penceToDecimal(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(pence));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "£12.50", "12.5", "12" → 1250 pence, without floating point. Null when not money. */
export function parsePounds(input: string): number | null {
  const m = /^£?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/,/g, ""));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}

/** 90 → "1 hour 30 minutes" */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  const parts = [h ? `${h} hour${h === 1 ? "" : "s"}` : "", m ? `${m} minute${m === 1 ? "" : "s"}` : ""].filter(
    Boolean,
  );
  return parts.join(" ") || "0 minutes";
}

/** 90 → "1.5" hours, for reports and CSV. */
export const minutesToHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
