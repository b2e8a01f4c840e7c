/** Times are stored in UTC and shown in Europe/London. These helpers cross between the two. */
export const TIME_ZONE = "Europe/London";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export type LondonParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function londonParts(date: Date): LondonParts {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes London is ahead of UTC at this instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(date: Date): number {
  const p = londonParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The UTC instant of a London wall-clock time (month is 1–12). */
export function fromLondon(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - londonOffsetMinutes(new Date(guess)) * 60000;
  return new Date(guess - londonOffsetMinutes(new Date(first)) * 60000);
}

/** "2026-11-23" + "14:30" typed by a person in London → UTC Date, or null if not a real time. */
export function parseLondonDateTime(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const result = fromLondon(year, month, day, hour, minute);
  const back = londonParts(result);
  return back.day === day && back.month === month ? result : null;
}

/** Start of the London day containing `date`. */
export function startOfLondonDay(date: Date): Date {
  const p = londonParts(date);
  return fromLondon(p.year, p.month, p.day);
}

/** The UK tax year (6 April – 5 April) containing `date`: start inclusive, end exclusive. */
export function taxYearOf(date: Date): { start: Date; end: Date; label: string } {
  const p = londonParts(date);
  const startYear = p.month > 4 || (p.month === 4 && p.day >= 6) ? p.year : p.year - 1;
  return {
    start: fromLondon(startYear, 4, 6),
    end: fromLondon(startYear + 1, 4, 6),
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`,
  };
}

/** The UK academic year ("2026/27") containing `date`: it starts on 1 September. */
export function academicYearOf(date: Date): string {
  const p = londonParts(date);
  const start = p.month >= 9 ? p.year : p.year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

export function academicYearBounds(label: string): { start: Date; end: Date } | null {
  const m = /^(\d{4})\/(\d{2})$/.exec(label);
  if (!m) return null;
  const start = Number(m[1]);
  return { start: fromLondon(start, 9, 1), end: fromLondon(start + 1, 9, 1) };
}

/** Calendar week (Monday to Monday) or month in London containing `date`. */
export function limitPeriodOf(period: "WEEK" | "MONTH", date: Date): { start: Date; end: Date } {
  const p = londonParts(date);
  if (period === "MONTH") {
    return {
      start: fromLondon(p.year, p.month, 1),
      end: fromLondon(p.month === 12 ? p.year + 1 : p.year, p.month === 12 ? 1 : p.month + 1, 1),
    };
  }
  const weekday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - weekday));
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day - weekday + 7));
  return {
    start: fromLondon(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()),
    end: fromLondon(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
