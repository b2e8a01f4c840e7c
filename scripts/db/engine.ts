/**
 * Prisma's own schema engine, in its WebAssembly build, because the native engine cannot be
 * downloaded here. Applies and diffs `prisma/migrations` exactly as `prisma migrate` does.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = 'provider = "postgresql"\n';

export const filters = { externalTables: [], externalEnums: [] };

export function readSchema() {
  return readFileSync(SCHEMA_PATH, "utf8");
}

export function migrationsList() {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: LOCKFILE },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

type BoundFactory = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;

async function withEngine<T>(factory: BoundFactory, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, readSchema()]] }, () => {}, factory);
  try {
    return await run(engine);
  } catch (error) {
    // Engine errors arrive as "External error id#N"; the factory holds the real one.
    const match = /id#(\d+)/.exec(String(error));
    const real = match ? factory.errorRegistry.consumeError(Number(match[1])) : undefined;
    throw real ? new Error(`Schema engine: ${JSON.stringify(real)}`) : error;
  }
}

/**
 * Whether every migration folder has a finished, not rolled back row: one plain read, no lock.
 * False when the table is missing (a new database) or anything else goes wrong: the engine decides.
 */
async function upToDate(url: string, names: string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return names.every((name) => applied.has(name));
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * `prisma migrate deploy` against the given PostgreSQL URL. A database that already has every
 * migration is left alone without starting the engine, whose advisory lock would otherwise make
 * each instance (and `npm run setup`) queue behind any other start; on the embedded database,
 * which answers one request at a time, that queue can outlast the engine's 10 s lock timeout.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  if (
    await upToDate(
      url,
      migrationsList().migrationDirectories.map((d) => d.path),
    )
  )
    return [];
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
  return withEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the migrations to schema.prisma ("" when they agree). Diffing runs on an
 * in-memory PGlite as the shadow database: adapter-pg cannot read a catalog for the engine.
 */
export async function diffMigrationsToSchema(): Promise<{ exitCode: number; sql: string }> {
  const pglite = new PGlite();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  try {
    const list = migrationsList();
    const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    return await withEngine(factory, async (engine) => {
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: readSchema() }] },
        script: true,
        exitCode: true,
        filters,
      });
      const sql = (result.stdout ?? "").trim();
      const empty = sql === "" || sql === "-- This is an empty migration.";
      return { exitCode: empty ? 0 : result.exitCode, sql: empty ? "" : sql };
    });
  } finally {
    await pglite.close();
  }
}
