/** A fresh, migrated benchmark database on DATABASE_URL's server, dropped at the end unless BENCH_KEEP=1. */
import pg from "pg";
import { applyMigrations } from "../db/engine";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const base = process.env.DATABASE_URL || DEFAULT_SERVER;
  const name = `involve_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
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
