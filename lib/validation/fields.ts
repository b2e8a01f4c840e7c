/**
 * The shared zod field primitives for form input (FormData arrives as strings). Every schema
 * builds on these, so an id, a piece of free text, a checkbox or an amount of money means the
 * same thing, with the same limits and the same plain-language messages, in every form.
 */
import { z } from "zod";
import { formatMoney, parsePounds } from "@/lib/format";

export const FORM_BROKEN = "Something is wrong with this form. Refresh the page and try again.";
export const UNUSUAL = "Remove the unusual characters from this answer";

/** Postgres cannot store NUL characters; nobody types them, so they are refused, not stored. */
export const noNul = (value: string) => !value.includes("\u0000");

/** Control characters other than line breaks and tabs. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A record id from a form (hidden field or select): cuid-like, never free text. */
export const recordId = (missing = FORM_BROKEN) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(40, FORM_BROKEN)
    .regex(/^[A-Za-z0-9_-]+$/, FORM_BROKEN);

/** Optional free text: trimmed, capped, NUL refused; missing → "". */
export const optionalText = (max: number, tooLong = `Use ${max.toLocaleString("en-GB")} characters or fewer`) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(noNul, UNUSUAL)
    .optional()
    .transform((v) => v ?? "");

/** Required free text: trimmed, at least one character, capped, NUL refused. */
export const requiredText = (
  max: number,
  missing: string,
  tooLong = `Use ${max.toLocaleString("en-GB")} characters or fewer`,
) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong).refine(noNul, UNUSUAL);

/** Free text where stray control characters are dropped rather than refused (pasted text). */
export const cleanedText = (max: number, tooLong: string, missing = tooLong) =>
  z
    .string({ error: missing })
    .max(max * 2 + 100, tooLong)
    .transform((s) => s.replace(CONTROL, "").trim())
    .pipe(z.string().max(max, tooLong));

/** A checkbox: ticked is "on" (or "true"/"yes"); missing is false. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "yes", z.boolean());

/** A checkbox group: missing → [], one value → [value], many → the array. */
export const checkboxGroup = <T extends z.ZodType<unknown, string>>(item: T, max = 50) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(max));

/** The most one amount of money may be unless a field says otherwise: £5,000. */
export const MAX_AMOUNT_PENCE = 500_000;

export type MoneyOptions = {
  what?: string;
  max?: number;
  example?: string;
  /** The least it may be, in pence: 1 unless a field allows nothing (an unpaid group meeting). */
  min?: number;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "12.50" → 1250, or an issue on `path` explaining what to fix (for schema-level refinements). */
export function poundsToPence(
  text: string,
  path: string | null,
  ctx: z.RefinementCtx,
  options: MoneyOptions = {},
): number | null {
  const { what = "the amount", max = MAX_AMOUNT_PENCE, example = "4.50", min = 1 } = options;
  const issue = (message: string) => {
    ctx.addIssue({ code: "custom", ...(path ? { path: [path] } : {}), message });
    return null;
  };
  if (!text) return issue(`Enter ${what}, for example ${example}`);
  if (/^\s*-/.test(text)) return issue(`${capital(what)} cannot be negative`);
  const pence = parsePounds(text);
  if (pence === null) return issue(`Enter ${what} in pounds and pence, for example ${example}`);
  if (pence < min) return issue(`${capital(what)} must be at least 1p`);
  if (pence > max)
    return issue(
      `${capital(what)} must be ${formatMoney(max).replace(".00", "")} or less. Check it, or ask your coordinator`,
    );
  return pence;
}

/** Money typed in pounds ("12.50", "£12") → integer pence, with a message on this field. */
export const moneyInPounds = (options: MoneyOptions = {}) =>
  z
    .string()
    .trim()
    .max(20, `Enter ${options.what ?? "the amount"} in pounds and pence, for example ${options.example ?? "4.50"}`)
    .optional()
    .transform((text, ctx) => poundsToPence(text ?? "", null, ctx, options) ?? z.NEVER);
