/** Import batches as their pages show them, scoped to the caller's partnership and area. */
import "server-only";
import { z } from "zod";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { planImport } from "./plan";
import type { ImportPlan, StoredRow } from "./types";

const storedRows = z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.string()) }));

/** The rows as stored; a batch whose rows are not in the stored shape reads as no rows. */
export function rowsOf(json: unknown): StoredRow[] {
  const parsed = storedRows.safeParse(json);
  return parsed.success ? parsed.data : [];
}

const batchSelect = {
  id: true,
  kind: true,
  partnershipId: true,
  institutionId: true,
  fileName: true,
  rowCount: true,
  createdAt: true,
  appliedAt: true,
  result: true,
  createdBy: { select: { name: true } },
} as const;

/** A batch of one of `kinds` in the caller's partnership, or null (someone else's looks missing). */
export async function findImportBatch(
  { id, partnershipId, kinds }: { id: string; partnershipId: string; kinds: readonly ImportKind[] },
  db: DbClient = defaultDb,
) {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) return null;
  return db.importBatch.findFirst({
    where: { id, partnershipId, kind: { in: [...kinds] } },
    select: { ...batchSelect, rows: true },
  });
}

export type BatchView = {
  id: string;
  kind: ImportKind;
  fileName: string;
  rowCount: number;
  createdAt: Date;
  createdByName: string;
  appliedAt: Date | null;
  result: Record<string, number> | null;
  /** Only while not yet applied: what confirming would do now. */
  plan: ImportPlan | null;
};

/** The preview (computed against the database now) or, once applied, what it did. */
export async function viewImportBatch(
  {
    id,
    partnershipId,
    kinds,
    actorId,
  }: { id: string; partnershipId: string; kinds: readonly ImportKind[]; actorId: string },
  db: DbClient = defaultDb,
): Promise<BatchView | null> {
  const batch = await findImportBatch({ id, partnershipId, kinds }, db);
  if (!batch) return null;
  const plan = batch.appliedAt
    ? null
    : (
        await planImport(
          {
            kind: batch.kind,
            rows: rowsOf(batch.rows),
            scope: { partnershipId: batch.partnershipId, institutionId: batch.institutionId },
            actorId,
          },
          db,
        )
      ).plan;
  return {
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    rowCount: batch.rowCount,
    createdAt: batch.createdAt,
    createdByName: batch.createdBy.name,
    appliedAt: batch.appliedAt,
    result: (batch.result as Record<string, number> | null) ?? null,
    plan: plan && { ...plan, rows: plan.rows.map(({ value: _value, ...row }) => row) }, // eslint-disable-line @typescript-eslint/no-unused-vars
  };
}

/** The partnership's latest imports of these kinds, newest first, for the import page. */
export async function listRecentImports(
  { partnershipId, kinds }: { partnershipId: string; kinds: readonly ImportKind[] },
  db: DbClient = defaultDb,
) {
  return db.importBatch.findMany({
    where: { partnershipId, kind: { in: [...kinds] } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: batchSelect,
  });
}
