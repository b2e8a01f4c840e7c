/**
 * What each kind of import provides: its columns (lib/import/kinds/<kind>.ts is the one place
 * they are defined), how a row's cells become a value, what it would do against the database,
 * and how to write it. The plan (plan.ts) and the apply step (apply.ts) are shared.
 */
import "server-only";
import type { AuditEventInput } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Column, PlannedRow, Problem, StoredRow } from "../types";

/** Whose import it is: the uploader's partnership and institution (the default for modules and staff). */
export type ImportScope = { partnershipId: string; institutionId: string };
export type Actor = { id: string; name: string; email: string };

export type Decision = {
  action: "create" | "update" | "unchanged";
  changes: string[];
  problems: { column: string | null; message: string }[];
  existingId?: string;
};

export type ApplyInput<V, C> = {
  scope: ImportScope;
  /** Rows to create or update (never "no change" or problem rows). */
  rows: PlannedRow<V>[];
  ctx: C;
  actor: Actor;
  sendInvitations: boolean;
};

export type ImportKindDef<V, C> = {
  kind: ImportKind;
  columns: readonly Column[];
  /** The match key in words, for "row 7 has the same email as row 3"; its column is named. */
  key: { words: string; column: string };
  read(cells: Cells): { value: V; key: string; label: string } | null;
  load(input: { scope: ImportScope; values: V[] }, db: DbClient): Promise<C>;
  decide(value: V, ctx: C): Decision;
  apply(input: ApplyInput<V, C>, tx: DbClient): Promise<AuditEventInput[]>;
};

const number = (n: number) => n.toLocaleString("en-GB");

/** One row's cells, read column by column; every problem is kept with the row and the column heading. */
export class Cells {
  readonly problems: Problem[] = [];
  constructor(
    private readonly stored: StoredRow,
    private readonly columns: readonly Column[],
  ) {}

  get row() {
    return this.stored.row;
  }

  heading(key: string) {
    return this.columns.find((c) => c.key === key)?.heading ?? key;
  }

  problem(key: string | null, message: string) {
    this.problems.push({ row: this.row, column: key ? this.heading(key) : null, message });
  }

  /** The cell's text, or "" with a problem when it is too long or missing but required. */
  text(key: string, { max, missing }: { max: number; missing?: string }): string {
    const value = this.stored.values[key] ?? "";
    if (!value && missing) this.problem(key, missing);
    if (value.length > max) {
      this.problem(key, `This is ${number(value.length)} characters long. Use ${number(max)} characters or fewer.`);
      return "";
    }
    return value;
  }

  /** "a; b ;A" → ["a", "b"] (first spelling kept); null when the cell is blank. */
  list(key: string, { max, itemMax, most }: { max: number; itemMax: number; most: number }): string[] | null {
    const raw = this.text(key, { max });
    if (!raw) return null;
    const seen = new Set<string>();
    const items: string[] = [];
    for (const part of raw.split(/[;\n]/)) {
      const item = part.trim().replace(/\s+/g, " ");
      if (!item || seen.has(item.toLowerCase())) continue;
      seen.add(item.toLowerCase());
      items.push(item);
    }
    const long = items.find((i) => i.length > itemMax);
    if (long)
      this.problem(key, `“${long.slice(0, 40)}…” is too long. Keep each one to ${itemMax} characters or fewer.`);
    if (items.length > most) this.problem(key, `Enter ${most} or fewer, separated by semicolons (;).`);
    return items;
  }

  /** A plain word from `words` (matched ignoring case and punctuation), or null when blank. */
  choice<T extends string>(key: string, words: Record<string, T>, explain: string): T | null {
    const raw = this.text(key, { max: 100 });
    if (!raw) return null;
    const found = words[raw.toLowerCase().replace(/[^a-z0-9]/g, "")];
    if (!found) this.problem(key, `“${raw}” is not one we know. ${explain}`);
    return found ?? null;
  }

  email(key: string, { required }: { required: boolean }): string {
    const raw = this.text(key, { max: 200, missing: required ? "Enter an email address." : undefined }).toLowerCase();
    if (raw && !EMAIL.test(raw)) this.problem(key, `“${raw}” is not an email address. Use one like name@example.com.`);
    return raw;
  }

  phone(key: string): string {
    const raw = this.text(key, { max: 40 });
    if (raw && !/^[0-9+()\s-]*$/.test(raw)) this.problem(key, "Enter a phone number, like 07700 900 982.");
    return raw;
  }
}

/** The same shape zod's email check accepts, for a plain message per cell. */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Words people write for enum values: the value itself and its label, ignoring case and punctuation. */
export function wordsFor<T extends string>(
  labels: Record<T, string>,
  extra: Record<string, T> = {},
): Record<string, T> {
  const words: Record<string, T> = {};
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    words[key(value)] = value;
    words[key(label)] = value;
  }
  for (const [word, value] of Object.entries(extra)) words[key(word)] = value;
  return words;
}

/** "a → b" for a preview's list of changes. */
export const change = (what: string, before: string, after: string) =>
  `${what}: ${before || "(blank)"} → ${after || "(blank)"}`;

export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\u0001") === [...b].sort().join("\u0001");

export type InstitutionChoice = { id: string; name: string; shortName: string };

/** The university an Institution cell names (its name or short name, any case); blank: the importer's own. */
export function findInstitution(
  ctx: { defaultInstitutionId: string; institutions: InstitutionChoice[] },
  text: string,
): InstitutionChoice | undefined {
  if (!text) return ctx.institutions.find((i) => i.id === ctx.defaultInstitutionId);
  const t = text.toLowerCase();
  return ctx.institutions.find((i) => i.name.toLowerCase() === t || i.shortName.toLowerCase() === t);
}
