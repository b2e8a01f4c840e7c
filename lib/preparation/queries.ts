import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

/** Who an opportunity's contact can be: the university's active coordinators and admins. */
export function listContactChoices({ institutionId }: { institutionId: string }, db: DbClient = defaultDb) {
  return db.user.findMany({
    where: { institutionId, active: true, role: { in: ["COORDINATOR", "ADMIN"] } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
}
