/**
 * Readiness: may this instance take traffic? Yes when the database answers within a few
 * seconds and every migration folder in prisma/migrations has a finished, not rolled back row
 * in `_prisma_migrations` (what `npm run db:migrate` writes). The reason for a "no" is logged
 * here, in one short line; callers only ever learn yes or no.
 */
import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db as appDb, type DbClient } from "@/lib/db";
import { logger } from "@/lib/log/logger";

/** How long the database may take, connecting included, before the answer is "not ready". */
export const READINESS_TIMEOUT_MS = 2_500;

/**
 * Found from the working directory, as the migration scripts find it (scripts/db/engine.ts):
 * `npm start` and `next start` run from the repository root.
 */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** The migration folders the code expects, as the migrate script lists them: those with a migration.sql. */
export function migrationNames(dir: string = MIGRATIONS_DIR): string[] {
  // The folder is read at run time, not bundled: the ignore comments stop Turbopack tracing the
  // whole project into the server output for these calls.
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

/** Read once per process: the folders do not change under a running server. */
let expected: string[] | undefined;

export type Readiness = { ready: true } | { ready: false; reason: string };

class TimedOut extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  // A hung query still settles some day; nobody is waiting for it then.
  work.catch(() => {});
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A short, data-free name for a failure: the driver's or PostgreSQL's code, or the error's class. */
function codeOf(error: unknown): string {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, meta } = e as {
      code?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
    };
    const driver = meta?.driverAdapterError?.cause;
    if (typeof driver?.originalCode === "string") return driver.originalCode;
    if (typeof driver?.kind === "string") return driver.kind;
    if (typeof code === "string" && !code.startsWith("P")) return code;
  }
  return error instanceof Error ? error.name : typeof error;
}

/** The names of the migrations the database has finished and not rolled back. */
async function appliedMigrations(db: DbClient): Promise<Set<string> | string> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    return `database unreachable (${codeOf(error)})`;
  }
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    return `migration history unreadable (${codeOf(error)})`;
  }
}

/**
 * The check itself, with its reason. `db` and `migrations` are for tests; the app asks its own
 * database about the folders in prisma/migrations.
 */
export async function checkReadiness({
  db = appDb,
  migrations,
  timeoutMs = READINESS_TIMEOUT_MS,
}: { db?: DbClient; migrations?: string[]; timeoutMs?: number } = {}): Promise<Readiness> {
  let wanted: string[];
  try {
    wanted = migrations ?? (expected ??= migrationNames());
  } catch (error) {
    return { ready: false, reason: `prisma/migrations unreadable (${codeOf(error)})` };
  }
  // An install without its migration folders cannot tell whether its database fits it.
  if (wanted.length === 0) return { ready: false, reason: "no migrations found in prisma/migrations" };

  let applied: Set<string> | string;
  try {
    applied = await withTimeout(appliedMigrations(db), timeoutMs);
  } catch (error) {
    if (error instanceof TimedOut) return { ready: false, reason: `database did not answer within ${timeoutMs} ms` };
    throw error;
  }
  if (typeof applied === "string") return { ready: false, reason: applied };
  const missing = wanted.filter((name) => !applied.has(name));
  if (missing.length)
    return {
      ready: false,
      reason: `${missing.length} migration(s) not applied, first ${missing[0]}: run npm run db:migrate`,
    };
  return { ready: true };
}

/** For GET /api/ready: true or false, with the reason for false in the server log. */
export async function isReady(): Promise<boolean> {
  const readiness = await checkReadiness();
  if (!readiness.ready) logger.warn({ probe: "ready", reason: readiness.reason }, "not ready");
  return readiness.ready;
}
