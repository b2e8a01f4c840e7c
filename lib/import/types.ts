/** Shared shapes of a spreadsheet import: columns, stored rows, problems and the plan. */
import type { ImportKind } from "@/lib/generated/prisma/enums";

/** One column a kind of import understands. Headings match ignoring case, spaces and punctuation. */
export type Column = {
  key: string;
  heading: string;
  /** Other headings people use for the same thing ("E-mail", "Email address"). */
  aliases?: readonly string[];
  /** The file must have this column (a blank cell is then a problem of the row). */
  required?: boolean;
  /** Shown in the template's example row. */
  example: string;
  /** One line on the import page: what goes in the column. */
  hint: string;
};

/** A data row as stored in ImportBatch.rows: its row number in the spreadsheet and its cells by column key. */
export type StoredRow = { row: number; values: Record<string, string> };

/** A problem named by row number and column heading, in plain words. */
export type Problem = { row: number; column: string | null; message: string };

export type RowAction = "create" | "update" | "unchanged" | "problem";

export type PlannedRow<V = unknown> = {
  row: number;
  /** Who or what the row is about, for the preview ("sam@example.org", "SW101 2026/27"). */
  label: string;
  action: RowAction;
  problems: Problem[];
  /** For an update, what changes, in plain words ("status: Enquiry → Active"). */
  changes: string[];
  value?: V;
  /** The record an update or "no change" row matches. */
  existingId?: string;
};

export type PlanCounts = Record<RowAction, number>;

export type ImportPlan<V = unknown> = {
  kind: ImportKind;
  rows: PlannedRow<V>[];
  counts: PlanCounts;
  problems: Problem[];
};

export const KIND_SLUG = {
  EXPERTS: "experts",
  PARTNERS: "partners",
  MODULES: "modules",
  STAFF: "staff",
} as const satisfies Record<ImportKind, string>;

export type KindSlug = (typeof KIND_SLUG)[ImportKind];

export const KIND_BY_SLUG = Object.fromEntries(Object.entries(KIND_SLUG).map(([k, v]) => [v, k])) as Record<
  KindSlug,
  ImportKind
>;

/** Which area imports each kind: coordinators the shared pool, admins their university's set-up. */
export const KIND_AREA = {
  EXPERTS: "coordinator",
  PARTNERS: "coordinator",
  MODULES: "admin",
  STAFF: "admin",
} as const satisfies Record<ImportKind, "coordinator" | "admin">;

export const KINDS_OF_AREA = {
  coordinator: ["EXPERTS", "PARTNERS"],
  admin: ["MODULES", "STAFF"],
} as const satisfies Record<"coordinator" | "admin", readonly ImportKind[]>;

export type ImportArea = keyof typeof KINDS_OF_AREA;

/** What people call each kind on screen. */
export const KIND_NOUN: Record<ImportKind, { one: string; many: string }> = {
  EXPERTS: { one: "expert", many: "experts" },
  PARTNERS: { one: "partner group", many: "partner groups" },
  MODULES: { one: "module", many: "modules" },
  STAFF: { one: "staff account", many: "staff accounts" },
};
