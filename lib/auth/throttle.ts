/**
 * Slows brute force on sign-in. Failures are counted per email and per client address in a
 * 15-minute window; past the limit the key is locked for 15 minutes. Unknown emails are
 * counted the same as known ones, so the lock says nothing about whether an account exists.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function throttleKeys(email: string, address: string | null) {
  const keys = [{ key: `email:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_EMAIL }];
  if (address) keys.push({ key: `ip:${address}`, max: MAX_FAILURES_PER_ADDRESS });
  return keys;
}

export async function isLocked(
  { keys, now = new Date() }: { keys: { key: string }[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<boolean> {
  const locked = await db.loginThrottle.count({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
  });
  return locked > 0;
}

/** Counts a failure against each key; true when one of them is now locked. */
export async function recordFailure(
  { keys, now = new Date() }: { keys: { key: string; max: number }[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<boolean> {
  let locked = false;
  const windowStartedAfter = new Date(now.getTime() - WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  for (const { key, max } of keys) {
    // One statement, so concurrent failures cannot lose a count.
    const [row] = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${max} THEN ${lockUntil}::timestamp ELSE NULL END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartedAfter} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartedAfter} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "LoginThrottle"."windowStart" < ${windowStartedAfter} THEN 1 ELSE "LoginThrottle".failures + 1 END) >= ${max}
          THEN ${lockUntil}::timestamp ELSE "LoginThrottle"."lockedUntil" END
      RETURNING "lockedUntil"`;
    if (row?.lockedUntil && row.lockedUntil > now) locked = true;
  }
  return locked;
}

export async function clearFailures({ email }: { email: string }, db: DbClient = defaultDb): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
