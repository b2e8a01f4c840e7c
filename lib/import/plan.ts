/**
 * What an import would do, row by row, against the database as it is now: create, update, no
 * change, or the problems that stop it (named by row and column). Computed for the preview at
 * view time and again inside the confirm transaction. Existing records are loaded in one query
 * per lookup (emails, names, codes), never one per row.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { expertsKind } from "./kinds/experts";
import { Cells, type ImportKindDef, type ImportScope } from "./kinds/kind";
import { modulesKind } from "./kinds/modules";
import { partnersKind } from "./kinds/partners";
import { staffKind } from "./kinds/staff";
import type { ImportPlan, PlannedRow, Problem, StoredRow } from "./types";

export function kindDef(kind: ImportKind, actorId: string): ImportKindDef<unknown, unknown> {
  const defs = { EXPERTS: expertsKind, PARTNERS: partnersKind, MODULES: modulesKind, STAFF: staffKind(actorId) };
  return defs[kind] as unknown as ImportKindDef<unknown, unknown>;
}

export async function planImport(
  { kind, rows, scope, actorId }: { kind: ImportKind; rows: StoredRow[]; scope: ImportScope; actorId: string },
  db: DbClient,
): Promise<{ plan: ImportPlan; ctx: unknown; def: ImportKindDef<unknown, unknown> }> {
  const def = kindDef(kind, actorId);
  const firstRowOf = new Map<string, number>();
  const keyHeading = def.columns.find((c) => c.key === def.key.column)!.heading;

  const read = rows.map((stored) => {
    const cells = new Cells(stored, def.columns);
    const result = def.read(cells);
    if (result) {
      const first = firstRowOf.get(result.key);
      if (first === undefined) firstRowOf.set(result.key, stored.row);
      else
        cells.problems.push({
          row: stored.row,
          column: keyHeading,
          message: `Row ${stored.row} has the same ${def.key.words} as row ${first}. Keep one of them.`,
        });
    }
    return { stored, result, problems: cells.problems };
  });

  const ctx = await def.load({ scope, values: read.flatMap((r) => (r.result ? [r.result.value] : [])) }, db);

  const planned: PlannedRow[] = read.map(({ stored, result, problems }) => {
    const label = result?.label ?? `row ${stored.row}`;
    if (!result) {
      const named = problems.length
        ? problems
        : [{ row: stored.row, column: null, message: "This row could not be read." }];
      return { row: stored.row, label, action: "problem", problems: named, changes: [] };
    }
    const decision = def.decide(result.value, ctx);
    const all: Problem[] = [...problems, ...decision.problems.map((p) => ({ row: stored.row, ...p }))];
    return {
      row: stored.row,
      label,
      action: all.length ? "problem" : decision.action,
      problems: all,
      changes: decision.changes,
      value: result.value,
      existingId: decision.existingId,
    };
  });

  const counts = { create: 0, update: 0, unchanged: 0, problem: 0 };
  for (const r of planned) counts[r.action]++;
  return { plan: { kind, rows: planned, counts, problems: planned.flatMap((r) => r.problems) }, ctx, def };
}
