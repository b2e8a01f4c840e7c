/** Small pure helpers for the demo seed: ids, London wall-clock times, academic years, a seeded PRNG. */
import { randomBytes } from "node:crypto";

const DAY_MS = 86_400_000;
let counter = 0;

/**
 * A cuid-shaped id ("c" + 24 lowercase base-36 characters), made here so that rows can be
 * linked before they are written and every table goes in with one createMany.
 */
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  const random = Array.from(randomBytes(12), (b) => (b % 36).toString(36)).join("");
  return `c${time}${count}${random}`;
}

/** Deterministic pseudo-random numbers (mulberry32), so the demo looks the same on every install. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
  };
}

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The London calendar date and time of an instant. */
function inLondon(instant: Date) {
  const p = Object.fromEntries(londonParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute) };
}

/** The instant when London clocks show hh:mm on the given calendar day (handles GMT and BST). */
export function londonInstant(y: number, m: number, d: number, hh: number, mm: number): Date {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const shown = inLondon(new Date(guess));
  const offset = Date.UTC(shown.y, shown.m - 1, shown.d, shown.h, shown.min) - guess;
  return new Date(guess - offset);
}

/**
 * Calendar helper anchored on today's date in London. `weekday(days)` moves off weekends:
 * past dates back to the Friday, future dates on to the Monday.
 */
export function createCalendar(now: Date) {
  const today = inLondon(now);
  const todayUtc = Date.UTC(today.y, today.m - 1, today.d);

  function day(offset: number): { y: number; m: number; d: number } {
    const date = new Date(todayUtc + offset * DAY_MS);
    return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
  }

  function weekday(offset: number): number {
    const dow = new Date(todayUtc + offset * DAY_MS).getUTCDay();
    if (dow === 6) return offset < 0 ? offset - 1 : offset + 2;
    if (dow === 0) return offset < 0 ? offset - 2 : offset + 1;
    return offset;
  }

  /** "10:00" on the London day `offset` days from today. */
  function at(offset: number, time: string): Date {
    const [hh = 0, mm = 0] = time.split(":").map(Number);
    const { y, m, d } = day(offset);
    return londonInstant(y, m, d, hh, mm);
  }

  return { day, weekday, at, now };
}

export type Calendar = ReturnType<typeof createCalendar>;

/** UK academic years start on 1 September: 2026-11-23 is in "2026/27". */
export function academicYearOf(instant: Date): string {
  const { y, m } = inLondon(instant);
  const start = m >= 9 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** 1 September (a date-only value) of the academic year `yearsBack` before the one containing `instant`. */
export function academicYearStart(instant: Date, yearsBack = 0): Date {
  const start = Number(academicYearOf(instant).slice(0, 4)) - yearsBack;
  return new Date(Date.UTC(start, 8, 1));
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

export function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** "Tuesday 25 November" in London time, for notification text. */
export function formatDay(instant: Date): string {
  return instant.toLocaleDateString("en-GB", {
    timeZone: "Europe/London",
    weekday: "long",
    day: "numeric",
    month: "long",
  });
}
