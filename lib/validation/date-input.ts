/**
 * GOV.UK's date input: a date typed as three boxes, Day, Month and Year, sent as
 * `<name>-day`, `<name>-month` and `<name>-year`. Parsed here into a calendar day ("2027-03-27"),
 * with GOV.UK's error messages and which boxes are wrong (the form marks those, and the error
 * summary link goes to the first of them). Pure: the browser uses it too, to mark the boxes again.
 */
import { z } from "zod";

export type DatePart = "day" | "month" | "year";
export const DATE_PARTS: readonly DatePart[] = ["day", "month", "year"];
export type DateParts = Partial<Record<DatePart, string>>;

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string; parts: DatePart[] };

/** What the messages call the date, e.g. "Date of the session" → "Date of the session must include a month". */
export type DateWords = { label: string; missing: string };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "3", "03", "March" or "Mar" → 3; anything else → null. */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  if (lower.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower);
  return i < 0 ? null : i + 1;
}

const joined = (parts: string[]) =>
  parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;

/** The boxes as typed → the calendar day, or GOV.UK's message and the boxes to mark. */
export function parseDateParts(typed: DateParts, words: DateWords): ParsedDate {
  const text = {
    day: (typed.day ?? "").trim(),
    month: (typed.month ?? "").trim(),
    year: (typed.year ?? "").trim(),
  };
  const missing = DATE_PARTS.filter((p) => !text[p]);
  if (missing.length === 3) return { ok: false, message: words.missing, parts: [...DATE_PARTS] };
  if (missing.length) {
    const article = (p: DatePart) => `a ${p}`;
    return {
      ok: false,
      message: `${words.label} must include ${joined(missing.map((p, i) => (i === 0 ? article(p) : p)))}`,
      parts: missing,
    };
  }
  const day = /^\d{1,2}$/.test(text.day) ? Number(text.day) : null;
  const month = monthNumber(text.month);
  const yearOk = /^\d+$/.test(text.year);
  const wrong = DATE_PARTS.filter((p) =>
    p === "day"
      ? day === null || day < 1 || day > 31
      : p === "month"
        ? month === null || month < 1 || month > 12
        : !yearOk,
  );
  if (wrong.length) return { ok: false, message: `${words.label} must be a real date`, parts: wrong };
  if (text.year.length !== 4) return { ok: false, message: "Year must include 4 numbers", parts: ["year"] };
  const year = Number(text.year);
  const check = new Date(Date.UTC(year, month! - 1, day!));
  if (check.getUTCMonth() !== month! - 1)
    // 31 April, 29 February 2027: the day is what does not exist in that month.
    return { ok: false, message: `${words.label} must be a real date`, parts: ["day"] };
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return { ok: true, iso: `${year}-${pad(month!)}-${pad(day!)}` };
}

/** The boxes' field names for a date input called `name`. */
export const partName = (name: string, part: DatePart) => `${name}-${part}`;

/** "2027-03-27" → the three boxes' values ("27", "3", "2027"), to show a default. */
export function isoToParts(iso: string | undefined): DateParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : {};
}

/** One "2027-03-27" value (what a script may send instead of the boxes), checked the same way. */
function parseIsoDay(value: string | undefined, words: DateWords): ParsedDate {
  const text = (value ?? "").trim();
  if (!text) return { ok: false, message: words.missing, parts: [...DATE_PARTS] };
  const parts = isoToParts(text);
  if (!parts.year) return { ok: false, message: `${words.label} must be a real date`, parts: [...DATE_PARTS] };
  return parseDateParts(parts, words);
}

/**
 * Folds each date input's three boxes into one value under its own name, so the schema sees
 * `{ date: { day, month, year } }`. A form without the boxes (a script, an older test) may send
 * the day as one "2027-03-27" value instead; it is checked the same way.
 */
function fold(names: readonly string[]) {
  return (raw: unknown) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const input = raw as Record<string, unknown>;
    const out: Record<string, unknown> = { ...input };
    for (const name of names) {
      const keys = DATE_PARTS.map((p) => partName(name, p));
      if (!keys.some((k) => k in input)) continue;
      const parts: Record<string, unknown> = {};
      for (const p of DATE_PARTS) {
        parts[p] = input[partName(name, p)];
        delete out[partName(name, p)];
      }
      out[name] = parts;
    }
    return out;
  };
}

/** A schema whose date inputs (by name) arrive as three boxes each. */
export const withDateInputs = <S extends z.ZodType>(names: readonly string[], schema: S) =>
  z.preprocess(fold(names), schema);

const partText = z
  .string({ error: "Enter the date in numbers" })
  .max(20, "Enter the date in numbers, for example 27 3 2027")
  .optional();

/**
 * One date input's value, as folded by withDateInputs: the three boxes (or one ISO day), to the
 * calendar day "2027-03-27". Errors carry GOV.UK's wording and sit under the input's own name.
 */
export const dateInputField = (words: DateWords) =>
  z
    .union([
      z.string().max(20, `${words.label} must be a real date`),
      z.object({ day: partText, month: partText, year: partText }),
    ])
    .optional()
    .transform((value, ctx) => {
      const parsed = typeof value === "object" ? parseDateParts(value, words) : parseIsoDay(value, words);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.iso;
    });
