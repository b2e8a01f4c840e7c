/**
 * Short invitation codes that can be typed on a phone: 12 characters of Crockford base32
 * (60 random bits), shown as XXXX-XXXX-XXXX and read back case-insensitively, ignoring dashes and
 * spaces, with the look-alikes I/L read as 1 and O as 0. Used for staff invitations
 * (/join/XXXX-XXXX-XXXX, or typed at /join); only a hash is stored, like the long tokens, which
 * stay as they are everywhere else. Pure (no database), so browser tests can use it too.
 *
 * 60 bits that last 7 days are far beyond online guessing. Someone holding a stolen copy of the
 * database could in principle search the hashes offline, at great cost, before a code expires;
 * accepted, since they already hold the database and a code only sets a first password.
 */
import { randomInt } from "node:crypto";
import { hashToken } from "./token-hash";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 12;

/** A new random code, canonical (12 characters, no dashes). */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** " abcd-efgh jkmn " → "ABCDEFGHJKMN"; null when it cannot be a code (so long tokens never match). */
export function canonicalJoinCode(typed: string): string | null {
  if (typed.length > 40) return null;
  const code = typed
    .replace(/[\s-]+/g, "")
    .toUpperCase()
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN". */
export function formatJoinCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** What is stored for a code: the hash of its canonical form (a different input than any long token). */
export function hashJoinCode(code: string): string {
  return hashToken(`join:${code}`);
}

/** The page the code opens, as a path (emails make it absolute). */
export function joinPath(code: string): string {
  return `/join/${formatJoinCode(code)}`;
}
