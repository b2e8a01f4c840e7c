/**
 * How a Prisma client is made (adapter-pg, the tenant guard, password hashes omitted). Scripts
 * (start, seed, e2e) make their own clients with this; the app uses the one client in
 * `@/lib/db`, which also marks itself server-only.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { tenantGuard } from "./tenant-guard";

export type Db = ReturnType<typeof createPrismaClient>;
/** A client or an interactive-transaction client: query functions accept either. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createPrismaClient(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set: start Involve with `npm start` or set DATABASE_URL.");
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // The embedded database (DATABASE_EMBEDDED=1, set by the scripts that serve PGlite) runs one
  // transaction at a time for every connection, so a transaction may queue behind many others:
  // give it longer to start and to finish than Prisma's defaults (2 s, 5 s), kept for PostgreSQL.
  const transactionOptions =
    process.env.DATABASE_EMBEDDED === "1" ? { maxWait: 30_000, timeout: 30_000 } : { maxWait: 2_000, timeout: 5_000 };
  // Password hashes never leave the database unless a query asks for them by name.
  // The tenant guard refuses any where clause with an undefined owner id (./tenant-guard.ts).
  return tenantGuard(new PrismaClient({ adapter, transactionOptions, omit: { user: { passwordHash: true } } }));
}
