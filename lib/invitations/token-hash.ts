/**
 * The pure half of one-time links (no database): making a token and the hash that is stored.
 * Kept apart from tokens.ts so test tooling outside the server (Playwright) can use it.
 */
import { createHash, randomBytes } from "node:crypto";
import { DAY_MS, HOUR_MS } from "@/lib/time";

/** Invitations and links a coordinator makes: long enough to be passed on by phone or post. */
export const TOKEN_LIFETIME_DAYS = 7;
export const INVITATION_LIFETIME_MS = TOKEN_LIFETIME_DAYS * DAY_MS;
/** A link someone asks for themselves ("Forgotten your password?"): used at once, so short. */
export const RESET_LIFETIME_MS = HOUR_MS;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes, URL-safe, and when a link made now stops working. */
export function newToken(
  now = new Date(),
  lifetimeMs = INVITATION_LIFETIME_MS,
): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + lifetimeMs) };
}
