import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

/** How long the partnership keeps the details of experts who have left: months, or null (never by itself). */
export async function findErasureRetention(
  { partnershipId }: { partnershipId: string },
  db: DbClient = defaultDb,
): Promise<number | null> {
  const partnership = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { eraseLeftExpertsAfterMonths: true },
  });
  return partnership.eraseLeftExpertsAfterMonths;
}
