/**
 * One-time set-password links. The token is 32 random bytes shown once to the coordinator;
 * only its SHA-256 hash is stored, so a copy of the database cannot be used to sign in.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { hashToken, newToken } from "./token-hash";

export { hashToken, TOKEN_LIFETIME_DAYS } from "./token-hash";
export const LINK_NOT_USABLE =
  "This link has expired or has already been used. Ask your coordinator to send you a new link.";

/**
 * A new link for this user. Older unused links are removed so only the newest one works.
 * Call inside the transaction that creates or updates the user.
 */
export async function issuePasswordToken(
  { userId, now = new Date() }: { userId: string; now?: Date },
  db: DbClient,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash, expiresAt } = newToken(now);
  await db.passwordToken.deleteMany({ where: { userId, usedAt: null } });
  await db.passwordToken.create({ data: { userId, tokenHash, expiresAt } });
  return { token, expiresAt };
}

/** Absolute when the site's address is configured, else a path the coordinator's browser completes. */
export function setPasswordLink(token: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  return `${base}/set-password?token=${encodeURIComponent(token)}`;
}

/** No email is sent yet; in development the link is printed so it can be tried at once. */
export function logLinkInDevelopment(email: string, link: string) {
  if (process.env.NODE_ENV !== "production") console.info(`[invitations] set-password link for ${email}: ${link}`);
}

/** The token's user when the link is still good (unused, unexpired, account active). */
export async function findUsableToken(
  { token, now = new Date() }: { token: string; now?: Date },
  db: DbClient = defaultDb,
) {
  if (!token || token.length > 200) return null;
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, active: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { id: row.id, user: row.user };
}
