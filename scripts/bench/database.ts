/**
 * A fresh, migrated benchmark database on DATABASE_URL's server (refused unless it is local),
 * dropped at the end, or when the run fails or is stopped, unless BENCH_KEEP=1.
 */
import pg from "pg";
import { createDatabaseOn, type FreshDatabase } from "../lib/fresh-database";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = FreshDatabase;

export function createBenchDatabase(): Promise<BenchDatabase> {
  return createDatabaseOn(process.env.DATABASE_URL || DEFAULT_SERVER, `involve_bench_${Date.now()}`);
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
