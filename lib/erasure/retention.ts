/**
 * The nightly job's part of erasure: experts who left longer ago than their partnership's
 * setting (Partnership.eraseLeftExpertsAfterMonths) are erased, one transaction each, unless
 * something still stops it (money owed, a session to come) — they are then tried again the next
 * night, and the count of those waiting is logged.
 */
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import type { Db } from "@/lib/db";
import { eraseExpert } from "./erase";

/** At most this many a night, so a first run on an old database does not hold the job for long. */
export const ERASURES_PER_RUN = 500;

export async function eraseExpertsPastRetention(
  { now = new Date() }: { now?: Date } = {},
  db: Db,
): Promise<{ erased: number; waiting: number }> {
  const due = await db.$queryRaw<{ id: string; partnershipId: string }[]>`
    SELECT e.id, e."partnershipId" FROM "ExpertProfile" e
    JOIN "Partnership" p ON p.id = e."partnershipId"
    WHERE e.status = 'LEFT' AND e."erasedAt" IS NULL AND p."eraseLeftExpertsAfterMonths" IS NOT NULL
      AND e."statusChangedAt" < ${now}::timestamp - make_interval(months => p."eraseLeftExpertsAfterMonths")
    ORDER BY e."statusChangedAt"
    LIMIT ${ERASURES_PER_RUN}`;
  let erased = 0;
  let waiting = 0;
  for (const { id, partnershipId } of due) {
    try {
      await db.$transaction((tx) =>
        eraseExpert({ expertId: id, partnershipId, actorId: null, reason: "retention", now }, tx),
      );
      erased++;
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      waiting++;
    }
  }
  return { erased, waiting };
}
