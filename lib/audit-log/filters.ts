/**
 * The audit log's filters as they arrive in the address (?who=…&from=2026-11-01), checked and
 * turned into what the query needs. Pure, so the page and the tests read them the same way.
 */
import { fromLondon } from "@/lib/time";
import { DATE_PARTS, parseDateParts, partName, type DateParts } from "@/lib/validation/date-input";

export type AuditFilters = {
  /** Part of the name or email of who did it. */
  who?: string;
  /** One person, by id (from a link on an event). */
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** First instant of the `from` London day, and first instant after the `to` London day. */
  from?: Date;
  until?: Date;
};

export type Cursor = { createdAt: Date; id: string };

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const ID = /^[A-Za-z0-9_-]{1,40}$/;
const ACTION = /^[a-z0-9_.-]{1,80}$/i;
const ENTITY = /^[A-Za-z]{1,40}$/;

/** "2026-11-23" → the London day's first instant, with the instant a number of days later. */
export function londonDay(text: string | undefined, plusDays = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const next = new Date(Date.UTC(y, mo - 1, d + plusDays));
  return fromLondon(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/**
 * A date filter from the address: the day, month and year boxes (`from-day`…), or one
 * "2026-11-23" value (links and pages keep that form). `text` is the day when it is real.
 */
export function dateFilter(
  params: Raw,
  name: string,
  label: string,
): { text?: string; error?: string; typed: DateParts } {
  const typed = Object.fromEntries(
    DATE_PARTS.map((p) => [p, first(params[partName(name, p)])?.slice(0, 20)]),
  ) as DateParts;
  if (DATE_PARTS.some((p) => typed[p])) {
    const parsed = parseDateParts(typed, { label, missing: "" });
    return parsed.ok ? { text: parsed.iso, typed } : { error: parsed.message, typed };
  }
  const text = first(params[name]);
  if (!text) return { typed };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const asParts = m
    ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] }
    : { day: text.slice(0, 20) };
  return londonDay(text) ? { text, typed: asParts } : { error: `${label} must be a real date`, typed: asParts };
}

export function parseAuditFilters(params: Raw): { filters: AuditFilters; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const fromFilter = dateFilter(params, "from", "The from date");
  const toFilter = dateFilter(params, "to", "The to date");
  const from = fromFilter.text ? londonDay(fromFilter.text) : null;
  const until = toFilter.text ? londonDay(toFilter.text, 1) : null;
  if (fromFilter.error) errors.from = fromFilter.error;
  if (toFilter.error) errors.to = toFilter.error;
  if (from && until && until <= from) errors.to = "The end date must be the same as or after the start date";
  const pick = (v: string | undefined, pattern: RegExp) => (v && pattern.test(v) ? v : undefined);
  const who = first(params.who)?.slice(0, 100);
  return {
    filters: {
      who: who || undefined,
      actorId: pick(first(params.actor), ID),
      action: pick(first(params.action), ACTION),
      entityType: pick(first(params.record), ENTITY),
      entityId: pick(first(params.recordId), ID),
      from: from && !errors.to ? from : undefined,
      until: until && !errors.to ? until : undefined,
    },
    errors,
  };
}

/** "2026-11-23T10:00:00.000Z~ck…" ⇄ a position in the log. */
export const encodeCursor = (c: Cursor) => `${c.createdAt.toISOString()}~${c.id}`;

export function decodeCursor(text: string | string[] | undefined): Cursor | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([A-Za-z0-9_-]{1,40})$/.exec(first(text) ?? "");
  if (!m) return null;
  const createdAt = new Date(m[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: m[2]! };
}
