/**
 * The pure half of one-time links (no database): making a token and the hash that is stored.
 * Kept apart from tokens.ts so test tooling outside the server (Playwright) can use it.
 */
import { createHash, randomBytes } from "node:crypto";
import { DAY_MS } from "@/lib/time";

export const TOKEN_LIFETIME_DAYS = 7;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes, URL-safe, and when a link made now stops working. */
export function newToken(now = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_DAYS * DAY_MS) };
}
