/**
 * The one Prisma client. Created lazily so `next build` works without a database, and kept on
 * globalThis outside production so hot reload does not open a new pool each time.
 * DATABASE_URL is always set by the time this runs: scripts/start.ts and the other scripts
 * point it at the embedded PostgreSQL when the user did not configure one.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { tenantGuard } from "./db/tenant-guard";

export type Db = ReturnType<typeof createPrismaClient>;
/** A client or an interactive-transaction client: query functions accept either. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createPrismaClient(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set: start Involve with `npm start` or set DATABASE_URL.");
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // Password hashes never leave the database unless a query asks for them by name.
  // The tenant guard refuses any where clause with an undefined owner id (lib/db/tenant-guard.ts).
  return tenantGuard(new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }));
}

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
