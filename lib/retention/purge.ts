/**
 * Retention: what Involve stops keeping, and when. Run daily by the worker's `purge-expired` job
 * (lib/jobs/worker.ts); safe to run again at once or on several workers (a second run finds
 * nothing, and rows another run holds are skipped, not waited for).
 *
 * Each rule is one set-based statement, run in chunks of at most `batchSize` rows (each chunk its
 * own short transaction), so a large backlog never holds long locks nor one long transaction (the
 * embedded database runs one transaction at a time). A chunk locks its rows (FOR UPDATE SKIP
 * LOCKED) and deletes them by primary key: `id = ANY(ARRAY(...))` is an index lookup, where
 * `id IN (...)` was planned as a scan of the whole table for every chunk (EXPLAIN, 1M rows:
 * 39 ms against 242 ms a chunk).
 *
 * Never purged here: audit events, payments, expenses, finance exports, involvement records,
 * feedback (evidence and money the universities must keep), and anything still in use (a sign-in
 * wait or known address, a link that still works, a message on the call list or still being
 * delivered).
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { THROTTLE } from "@/lib/auth/throttle";
import { DAY_MS } from "@/lib/time";

/**
 * How long each kind of short-lived record is kept, in days (README quotes this table).
 */
export const RETENTION_DAYS = {
  /**
   * Sign-in counters (LoginThrottle) whose window started more than a day ago and that make nobody
   * wait now. Failures are forgotten after an hour and a wait lasts at most 15 minutes
   * (THROTTLE in lib/auth/throttle.ts): an older counter decides nothing (the next failure starts
   * a new window), so keeping it only keeps a trail of email and IP addresses. A day leaves a wide
   * margin; it must stay longer than the throttle's window and longest wait. A row that marks an
   * address as "known" for an email (a successful sign-in, succeededAt) is kept as long as that
   * lasts (THROTTLE.knownAddressMs, 90 days), or the person would lose their exemption from the
   * per-email limit at their usual address.
   */
  loginThrottle: 1,
  /**
   * Set-password links (PasswordToken, only a hash is stored) a week after they were used or
   * stopped working: long enough to answer "my link did not work" from the record. Kept while
   * its person is invited and has never signed in: the staff page shows when that invitation
   * stopped working (sending a new one replaces it).
   */
  passwordToken: 7,
  /** In-app notifications the person has read: 90 days covers looking back over a term. */
  readNotification: 90,
  /** In-app notifications never read: a year, so a long absence (a break, illness) loses nothing. */
  unreadNotification: 365,
  /**
   * The email log (Message) a year after it was written: a full academic year for coordinators to
   * check what someone was told. Kept however old while on the coordinators' call list (TO_CALL)
   * or still being delivered (QUEUED, SENDING). Nothing refers to a message (no foreign keys;
   * audit events keep their own copy of a call), and dedupe keys only guard sends within days
   * (reminders, check-ins, digests), so a purged key is never reused.
   */
  message: 365,
  /**
   * Spreadsheet imports never confirmed: 30 days after upload the preview is stale (the file's
   * rows, with names, contact details and lived experience, are the only copy), so the batch is
   * deleted; confirming is then a new upload.
   */
  unappliedImport: 30,
  /**
   * Spreadsheet imports confirmed: 30 days after they were applied, the uploaded rows are cleared
   * (the records they made hold the data); the batch keeps its file name, who, when and result
   * for the import pages. Row count stays.
   */
  appliedImportRows: 30,
} as const;

export type RetentionCategory = keyof typeof RETENTION_DAYS;
export type PurgeCounts = Record<RetentionCategory, number>;

/** Rows per statement: small enough that one chunk holds its locks for a moment only. */
export const PURGE_BATCH_SIZE = 5_000;

/** Runs one chunked statement until a chunk comes back short; the rows it changed in all. */
async function inChunks(statement: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await statement();
    total += n;
    if (n < batchSize) return total;
  }
}

/**
 * Deletes (or, for applied imports, clears) everything past its retention at `now`. Returns how
 * many rows each rule removed or cleared.
 */
export async function purgeExpired(
  { now, batchSize = PURGE_BATCH_SIZE }: { now: Date; batchSize?: number },
  db: DbClient,
): Promise<PurgeCounts> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive whole number");
  const before = (category: RetentionCategory) => new Date(now.getTime() - RETENTION_DAYS[category] * DAY_MS);
  const limit = batchSize;

  const loginThrottle = before("loginThrottle");
  const knownAddress = new Date(now.getTime() - THROTTLE.knownAddressMs);
  const passwordToken = before("passwordToken");
  const readNotification = before("readNotification");
  const unreadNotification = before("unreadNotification");
  const message = before("message");
  const unappliedImport = before("unappliedImport");
  const appliedImportRows = before("appliedImportRows");

  // One rule at a time, so the embedded database is never asked for two at once.
  return {
    loginThrottle: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "LoginThrottle" WHERE key = ANY(ARRAY(
          SELECT key FROM "LoginThrottle"
          WHERE "windowStart" < ${loginThrottle} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
            AND ("succeededAt" IS NULL OR "succeededAt" < ${knownAddress})
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
    passwordToken: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "PasswordToken" WHERE id = ANY(ARRAY(
          SELECT t.id FROM "PasswordToken" t
          WHERE t."usedAt" < ${passwordToken}
             OR (t."usedAt" IS NULL AND t."expiresAt" < ${passwordToken} AND NOT EXISTS (
                  SELECT 1 FROM "User" u WHERE u.id = t."userId" AND u.active AND u."lastSignInAt" IS NULL))
          LIMIT ${limit}::int FOR UPDATE OF t SKIP LOCKED))`,
      batchSize,
    ),
    readNotification: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "Notification" WHERE id = ANY(ARRAY(
          SELECT id FROM "Notification"
          WHERE "readAt" IS NOT NULL AND "createdAt" < ${readNotification}
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
    unreadNotification: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "Notification" WHERE id = ANY(ARRAY(
          SELECT id FROM "Notification"
          WHERE "readAt" IS NULL AND "createdAt" < ${unreadNotification}
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
    message: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "Message" WHERE id = ANY(ARRAY(
          SELECT id FROM "Message"
          WHERE status IN ('SENT', 'FAILED', 'SKIPPED', 'NOT_SENT', 'CALLED') AND "createdAt" < ${message}
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
    unappliedImport: await inChunks(
      () => db.$executeRaw`
        DELETE FROM "ImportBatch" WHERE id = ANY(ARRAY(
          SELECT id FROM "ImportBatch"
          WHERE "appliedAt" IS NULL AND "createdAt" < ${unappliedImport}
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
    appliedImportRows: await inChunks(
      () => db.$executeRaw`
        UPDATE "ImportBatch" SET "rows" = '[]'::jsonb WHERE id = ANY(ARRAY(
          SELECT id FROM "ImportBatch"
          WHERE "appliedAt" < ${appliedImportRows} AND "rows" <> '[]'::jsonb
          LIMIT ${limit}::int FOR UPDATE SKIP LOCKED))`,
      batchSize,
    ),
  };
}

/** The counts as one log line, in the table's order: numbers only, nothing about anyone. */
export function describePurge(counts: PurgeCounts): string {
  const categories = Object.keys(RETENTION_DAYS) as RetentionCategory[];
  return `retention purge: ${categories.map((category) => `${category} ${counts[category]}`).join(", ")}`;
}
