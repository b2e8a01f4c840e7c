/**
 * The one Prisma client of the app. Created lazily so `next build` works without a database,
 * and kept on globalThis outside production so hot reload does not open a new pool each time.
 * DATABASE_URL is always set by the time this runs: scripts/start.ts and the other scripts
 * point it at the embedded PostgreSQL when the user did not configure one.
 */
import "server-only";
import { createPrismaClient, type Db } from "./client";

export { createPrismaClient, type Db, type DbClient } from "./client";

const globalForDb = globalThis as unknown as { involveDb?: Db };

export function getDb(): Db {
  globalForDb.involveDb ??= createPrismaClient();
  return globalForDb.involveDb;
}

/** `db.opportunity.findMany(...)` — resolves the client on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
