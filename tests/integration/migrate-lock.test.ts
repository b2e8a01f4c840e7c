/**
 * Several instances may run the migrations at once (a release step started twice, `npm start`
 * on two machines): they take turns, so each migration is applied exactly once. Prisma's schema
 * engine (scripts/db/engine.ts) takes the advisory lock itself, `pg_advisory_lock(72707369)`, as
 * `prisma migrate deploy` does; this checks the outcome.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";

const onPostgres = process.env.DATABASE_URL && !process.env.DATABASE_EMBEDDED;

describe.runIf(onPostgres)("migrations started twice at once", () => {
  it("apply once: one run applies them all, the other finds nothing to do", async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `involve_migrate_lock_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(server);
      url.pathname = `/${name}`;
      // The real thing: two `npm run db:migrate` processes (the schema engine is WebAssembly,
      // which Vitest cannot load).
      const migrate = () =>
        promisify(execFile)("node", ["scripts/run.mjs", "scripts/db/migrate.ts"], {
          env: { ...process.env, DATABASE_URL: url.toString(), DATABASE_EMBEDDED: "" },
        }).then((r) => r.stdout);
      const outputs = await Promise.all([migrate(), migrate()]);
      const expected = readdirSync("prisma/migrations", { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(outputs.filter((o) => o.includes("Applied migrations:"))).toHaveLength(1);
      expect(outputs.filter((o) => o.includes("Database is up to date."))).toHaveLength(1);

      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query<{ migration_name: string; n: string }>(
        `SELECT migration_name, count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY 1`,
      );
      await check.end();
      expect(rows.map((r) => r.migration_name).sort()).toEqual(expected);
      expect(rows.every((r) => r.n === "1")).toBe(true);

      // Up to date, a start does not queue for the lock: with another process holding it (a long
      // migration elsewhere on the server), the run still answers at once rather than waiting.
      // Advisory locks belong to one database: the holder connects to the migrated one.
      const holder = new pg.Client({ connectionString: url.toString() });
      await holder.connect();
      try {
        await holder.query("SELECT pg_advisory_lock(72707369)");
        const started = Date.now();
        expect(await migrate()).toContain("Database is up to date.");
        expect(Date.now() - started).toBeLessThan(9_000);
      } finally {
        await holder.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
