/**
 * The secret in a person's calendar subscription address (pure; no database, so Playwright
 * tooling can use it too). Stored in plain text on purpose (User.calendarFeedToken): it only
 * lets someone read that one calendar, and the person must be able to see their address
 * again. Making a new one replaces it, so the old address stops working at once.
 */
import { randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters of A–Z a–z 0–9 - _. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

const SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Anything else is answered "not found" without asking the database. */
export function isFeedTokenShape(token: string): boolean {
  return SHAPE.test(token);
}

/** The path of a feed; "/calendar/<token>.ics" is answered too (some apps want the suffix). */
export const feedPath = (token: string) => `/calendar/${token}`;
