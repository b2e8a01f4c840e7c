import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { DEMO_ACCOUNTS } from "./accounts";

/**
 * The demo accounts that exist in this database, only when they belong to the demo partnership
 * (none on a real installation, even if someone there uses one of the demo addresses).
 */
export async function findDemoAccounts(db: DbClient = defaultDb) {
  const found = await db.user.findMany({
    where: {
      email: { in: DEMO_ACCOUNTS.map((a) => a.email) },
      active: true,
      OR: [{ institution: { partnership: { demo: true } } }, { expertProfile: { partnership: { demo: true } } }],
    },
    select: { email: true },
  });
  const present = new Set(found.map((u) => u.email));
  return DEMO_ACCOUNTS.filter((a) => present.has(a.email));
}
