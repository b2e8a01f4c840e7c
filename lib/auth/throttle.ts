/**
 * Slows password guessing without letting anyone lock someone else out. Failures are counted
 * per (email, client address) pair, per email and per address. Past a free allowance each
 * further failure makes that key wait before the next try, twice as long each time (5 s, 10 s,
 * 20 s … up to 15 minutes): a delay, never a lock that needs someone to lift it.
 *
 * - The pair allowance is small: a guesser at one address is slowed at once, while the real
 *   person at their own address is untouched.
 * - The email allowance is larger and catches guessing spread over many addresses. It does not
 *   apply at an address this person signed in from in the last 90 days ("known"), so they can
 *   still get in from their usual place while an attack goes on.
 * - The address allowance catches one address trying many emails.
 *
 * Unknown emails are counted exactly like known ones, so the wait says nothing about whether an
 * account exists. Without a trusted proxy (TRUST_PROXY_HOPS) there is no address: the pair is
 * then the email alone and nobody's address is "known".
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export const THROTTLE = {
  /** Failures older than this are forgotten. */
  windowMs: 60 * 60 * 1000,
  freeFailures: { pair: 5, email: 50, address: 100 },
  firstDelayMs: 5000,
  maxDelayMs: 15 * 60 * 1000,
  /** How long a successful sign-in makes an address "known" for that email. */
  knownAddressMs: 90 * 24 * 60 * 60 * 1000,
} as const;

type Kind = keyof typeof THROTTLE.freeFailures;
type ThrottleKey = { key: string; kind: Kind };

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const normalised = email.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    { key: `pair:${normalised}|${address ?? ""}`, kind: "pair" },
    { key: `email:${normalised}`, kind: "email" },
  ];
  if (address) keys.push({ key: `ip:${address}`, kind: "address" });
  return keys;
}

/** The wait after `failures` failures on a key of this kind (0 within the allowance). */
export function delayAfter(failures: number, kind: Kind): number {
  const over = failures - THROTTLE.freeFailures[kind];
  if (over <= 0) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** Math.min(over - 1, 30), THROTTLE.maxDelayMs);
}

/**
 * When the next attempt may be made for these keys, or null if now. The email key is skipped
 * when the pair is a known address.
 */
export async function waitUntil(
  { keys, now = new Date() }: { keys: ThrottleKey[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { key: true, lockedUntil: true, succeededAt: true },
  });
  const pair = rows.find((r) => r.key === keys[0]?.key);
  const known =
    keys.length > 2 && pair?.succeededAt && now.getTime() - pair.succeededAt.getTime() < THROTTLE.knownAddressMs;
  let until: Date | null = null;
  for (const row of rows) {
    if (known && row.key.startsWith("email:")) continue;
    if (row.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until)) until = row.lockedUntil;
  }
  return until;
}

/** Counts a failure against each key and sets its wait; the longest new wait, if any. */
export async function recordFailure(
  { keys, now = new Date() }: { keys: ThrottleKey[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<Date | null> {
  const forgetBefore = new Date(now.getTime() - THROTTLE.windowMs);
  let until: Date | null = null;
  for (const { key, kind } of keys) {
    // One statement counts, so concurrent failures cannot lose a count.
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart")
      VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStart" < ${forgetBefore} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${forgetBefore} THEN ${now} ELSE "LoginThrottle"."windowStart" END
      RETURNING failures`;
    const delay = delayAfter(row?.failures ?? 1, kind);
    if (delay === 0) continue;
    const keyUntil = new Date(now.getTime() + delay);
    // The later of this wait and one a concurrent failure already set.
    await db.$executeRaw`
      UPDATE "LoginThrottle" SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${keyUntil}), ${keyUntil})
      WHERE key = ${key}`;
    if (!until || keyUntil > until) until = keyUntil;
  }
  return until;
}

/**
 * A successful sign-in clears the pair's failures and marks the address as known for this email.
 * The email's and address's counts are left to expire: a guesser who is also the account holder
 * gains nothing by signing in between guesses.
 */
export async function recordSuccess(
  { keys, now = new Date() }: { keys: ThrottleKey[]; now?: Date },
  db: DbClient = defaultDb,
): Promise<void> {
  const pair = keys[0];
  if (!pair) return;
  await db.loginThrottle.upsert({
    where: { key: pair.key },
    create: { key: pair.key, failures: 0, windowStart: now, succeededAt: now },
    update: { failures: 0, windowStart: now, lockedUntil: null, succeededAt: now },
  });
}
