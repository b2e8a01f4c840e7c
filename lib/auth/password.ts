/**
 * Password hashing: Argon2id (OWASP's first choice), which uses the whole password — bcrypt
 * silently ignored everything after 72 bytes — and runs on libuv's thread pool instead of the
 * event loop. Hashes made before the switch are bcrypt; they still verify, and sign-in replaces
 * each with an Argon2id hash (`needsRehash`).
 */
import bcrypt from "bcryptjs";
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm is a const enum the compiler cannot inline here (isolatedModules): Argon2id is 2.
const ARGON2ID = 2 as Algorithm.Argon2id;

// OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): ~40 ms here. Tests use the cheapest
// settings so a suite of thousands of sign-ins stays fast; the algorithm is the same.
const OPTIONS =
  process.env.NODE_ENV === "test"
    ? { algorithm: ARGON2ID, memoryCost: 1024, timeCost: 1, parallelism: 1 }
    : { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The longest password accepted. Argon2 uses every byte; the cap only bounds the work. */
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

function isBcrypt(stored: string): boolean {
  return /^\$2[abxy]\$/.test(stored);
}

export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  if (isBcrypt(stored)) return bcrypt.compare(plain, stored);
  try {
    return await verify(stored, plain);
  } catch {
    // Not a hash this code made: treat as no match rather than a failure page.
    return false;
  }
}

/** Whether a stored hash should be replaced (an old bcrypt hash) after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  return isBcrypt(stored);
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a hash of a random password nobody knows, at the same cost as a real
 * check: sign-in does this when there is no account (or no password) for the email, so an
 * unknown address takes as long to refuse as a wrong password.
 */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(plain, await dummyHash);
  return false;
}
