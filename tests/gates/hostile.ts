/**
 * Random and malformed form submissions for an action, built from its schema's fields: mostly
 * plausible values (so deeper code runs) mixed with hostile ones — over-long strings, wrong
 * types, huge and negative numbers, NaN/Infinity, impossible dates, unknown enum values,
 * markup, null bytes, emoji — plus unknown keys and repeated keys.
 */
import fc from "fast-check";
import type { FormEntry, FormValues } from "./call";
import type { Field, FieldKind } from "./schema-fields";

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\n\t ",
  "x".repeat(10_000),
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(1)",
  "a\u0000b",
  "\u0000",
  "😀👩🏽‍🦯🏳️‍🌈",
  "\u202Egnp.exe",
  "\uFEFFbom",
  '\'; DROP TABLE "User"; --',
  "../../../../etc/passwd",
  "{{7*7}}${7*7}",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "0",
  "-0",
  "1e308",
  "2147483648",
  "-2147483649",
  "99999999999999999999",
  "1.5",
  "0x10",
  "١٢٣",
  "2026-02-30",
  "yesterday",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "1900-01-01",
  "31/12/2026",
  "25:00",
  "10:60",
  "-1:00",
  "£5",
  "5,000.00",
  "0.001",
];

const hostile = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }), weight: 1 },
  { arbitrary: fc.string({ minLength: 2001, maxLength: 6000 }), weight: 1 },
);

const londonDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** Plausible values by field name, so that whole forms are sometimes valid. */
function plausible(field: Field, ids: Record<string, string>, allIds: string[]): fc.Arbitrary<string> {
  const { name, kind } = field;
  if (kind.type === "enum") {
    const values = kind.values.filter(Boolean);
    return fc.constantFrom(...(values.length ? values : ["x"]));
  }
  if (kind.type === "boolean") return fc.constantFrom("on", "true", "yes");
  if (kind.type === "number") return fc.constantFrom("1", "2", "3", "5", "10");
  if (/Ids?$/.test(name) || name === "id") {
    const own = ids[name] ?? ids[name.replace(/s$/, "")];
    return own
      ? fc.oneof({ arbitrary: fc.constant(own), weight: 4 }, { arbitrary: fc.constantFrom(...allIds), weight: 1 })
      : fc.constantFrom(...allIds);
  }
  if (/email/i.test(name)) return fc.integer({ min: 1, max: 1e9 }).map((n) => `gate-${n}-${Date.now()}@test.example`);
  if (/phone/i.test(name)) return fc.constantFrom("07700 900982", "0113 496 0000", "");
  if (/url|link/i.test(name))
    return fc.constantFrom("https://example.com/meet", "http://example.com", "javascript:alert(1)");
  if (/time$/i.test(name)) return fc.constantFrom("09:00", "10:00", "12:30", "17:00");
  if (/date|On$|From$|At$/i.test(name)) return fc.integer({ min: -30, max: 60 }).map(londonDay);
  if (/amount|rate$|Rate$|limit|mileage|pounds/i.test(name))
    return fc.constantFrom("12.50", "0.01", "25", "4999.99", "183.50");
  if (/hours/i.test(name)) return fc.constantFrom("1", "1.5", "0.25", "24");
  if (/miles/i.test(name)) return fc.constantFrom("", "12", "1000");
  if (/confirm/i.test(name)) return fc.constant("yes");
  return fc.constantFrom("Hello there", "A carer for ten years", "Room 1.01, Main Building", "Plain words, please.");
}

function valueFor(field: Field, ids: Record<string, string>, allIds: string[]): fc.Arbitrary<string[] | undefined> {
  const single = (kind: FieldKind) =>
    fc.oneof({ arbitrary: plausible({ ...field, kind }, ids, allIds), weight: 4 }, { arbitrary: hostile, weight: 2 });
  const inner = field.kind.type === "array" ? field.kind.of : field.kind;
  return fc.oneof(
    { arbitrary: single(inner).map((v) => [v]), weight: 8 },
    // Repeated keys: an array where one value is expected (or several for a checkbox group).
    { arbitrary: fc.array(single(inner), { minLength: 2, maxLength: 4 }), weight: field.kind.type === "array" ? 4 : 1 },
    { arbitrary: fc.constant(undefined), weight: field.optional ? 2 : 1 },
  );
}

const UNKNOWN_KEYS = [
  "__proto__",
  "constructor",
  "role",
  "status",
  "userId",
  "expertId",
  "institutionId",
  "partnershipId",
  "approvedById",
  "feePence",
  "$ACTION_ID_x",
  "id",
  "x".repeat(300),
];

/**
 * A form as ordered entries: known fields in order, then a few unknown keys. With a `valid`
 * form (one known to succeed), half the forms are that form with one or two fields replaced,
 * so the code behind validation is reached too.
 */
export function formArbitrary(
  fields: Field[],
  ids: Record<string, string>,
  extraKeys: string[] = [],
  valid?: FormValues,
): fc.Arbitrary<{ entries: FormEntry[]; mutated: boolean }> {
  const allIds = Object.values(ids);
  const known = fc.tuple(...fields.map((f) => valueFor(f, ids, allIds)));
  const unknown = fc.array(
    fc.tuple(fc.constantFrom(...UNKNOWN_KEYS, ...extraKeys), fc.oneof(hostile, fc.constantFrom(...allIds))),
    { maxLength: 3 },
  );
  // Dates are typed as day, month and year boxes (GOV.UK date input, lib/validation/date-input):
  // `<name>-day` and so on, sent beside or instead of the one-value date, plausible or hostile.
  const boxes = fields
    .filter((f) => f.kind.type === "string" && /date|On$|From$/i.test(f.name))
    .flatMap((f) => ["day", "month", "year"].map((part) => `${f.name}-${part}`));
  const boxEntries = boxes.length
    ? fc.array(
        fc.tuple(
          fc.constantFrom(...boxes),
          fc.oneof(fc.constantFrom("1", "29", "31", "2", "4", "12", "13", "2027", "27", "", "Mar"), hostile),
        ),
        { maxLength: 6 },
      )
    : fc.constant([] as FormEntry[]);
  const random = fc.tuple(known, unknown, boxEntries).map(([values, extra, typed]) => {
    const entries: FormEntry[] = [];
    fields.forEach((field, i) => {
      for (const v of values[i] ?? []) entries.push([field.name, v]);
    });
    return { entries: [...entries, ...extra, ...typed], mutated: false };
  });
  if (!valid || !fields.length) return random;
  const names = fields.map((f) => f.name);
  const mutated = fc
    .tuple(
      fc.subarray(names, { minLength: 0, maxLength: Math.min(2, names.length) }),
      known,
      fc.array(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), hostile), { maxLength: 2 }),
    )
    .map(([replace, values, extra]) => {
      const entries: FormEntry[] = [];
      const keys = [...new Set([...Object.keys(valid), ...names])];
      for (const key of keys) {
        const i = names.indexOf(key);
        const chosen = replace.includes(key) ? values[i] : valid[key];
        for (const v of chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen]) entries.push([key, v]);
      }
      return { entries: [...entries, ...extra], mutated: true };
    });
  return fc.oneof(random, mutated);
}

/** Entries for a failure message: long values shortened, control characters shown. */
export function showEntries(entries: FormEntry[]): string {
  const show = (s: string | File) =>
    typeof s === "string"
      ? JSON.stringify(s.length > 60 ? `${s.slice(0, 40)}…(${s.length} chars)` : s)
      : `File(${JSON.stringify(s.name)}, ${s.size} bytes)`;
  return `{ ${entries.map(([k, v]) => `${show(k)}: ${show(v)}`).join(", ")} }`;
}
