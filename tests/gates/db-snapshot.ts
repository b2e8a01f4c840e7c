/**
 * "Nothing changed" for the gates: the row count and a hash of every row of every table.
 * Counts alone miss an UPDATE; the hash catches it. The gates run their files one at a time
 * (tests/gates/vitest.config.ts) so no other test writes while a snapshot is compared.
 */
import { expect } from "vitest";
import { db } from "@/lib/db";

export type Snapshot = Record<string, { rows: number; hash: string }>;

let tables: string[] | undefined;

async function allTables(): Promise<string[]> {
  tables ??= (
    await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`
  ).map((r) => r.table_name);
  return tables;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function snapshot(): Promise<Snapshot> {
  const names = await allTables();
  // One round trip: a row per table with its count and the md5 of all its rows in a stable order.
  const sql = names
    .map(
      (name) =>
        `SELECT ${`'${name.replace(/'/g, "''")}'`} AS t, count(*)::int AS rows, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM ${quote(name)} x`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; rows: number; hash: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, { rows: Number(r.rows), hash: r.hash }]));
}

/** Tables whose rows differ between two snapshots, with their row counts before → after. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name]?.hash !== after[name]?.hash)
    .map((name) => `${name} (rows ${before[name]?.rows ?? 0} → ${after[name]?.rows ?? 0})`);
}

/** Asserts the database is exactly as it was; `what` explains the call in the failure. */
export async function expectUnchanged(before: Snapshot, what: string) {
  const changed = changedTables(before, await snapshot());
  expect(changed, `${what} changed the database`).toEqual([]);
}
