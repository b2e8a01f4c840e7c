/**
 * One-time set-password links: invitations and new links a coordinator makes (7 days), and
 * resets people ask for themselves (1 hour). The token is 32 random bytes, shown once to the
 * coordinator or emailed once; only its SHA-256 hash is stored, so a copy of the database cannot
 * be used to sign in.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { canonicalJoinCode, hashJoinCode, newJoinCode } from "./join-code";
import { INVITATION_LIFETIME_MS, hashToken, newToken } from "./token-hash";

export { hashToken, INVITATION_LIFETIME_MS, RESET_LIFETIME_MS, TOKEN_LIFETIME_DAYS } from "./token-hash";
export const LINK_NOT_USABLE =
  "This link has expired or has already been used. You can ask for a new link, or ask your coordinator to send you one.";

/**
 * A new link for this user, lasting `lifetimeMs` (an invitation's 7 days unless told). Older
 * unused links are removed so only the newest one works. Call inside the transaction that
 * creates or updates the user.
 */
export async function issuePasswordToken(
  {
    userId,
    now = new Date(),
    lifetimeMs = INVITATION_LIFETIME_MS,
  }: { userId: string; now?: Date; lifetimeMs?: number },
  db: DbClient,
): Promise<{ token: string; expiresAt: Date }> {
  return (await issuePasswordTokens({ userIds: [userId], now, lifetimeMs }, db)).get(userId)!;
}

/** The same for many people at once (an import inviting thousands): two statements, not two per person. */
export async function issuePasswordTokens(
  {
    userIds,
    now = new Date(),
    lifetimeMs = INVITATION_LIFETIME_MS,
  }: { userIds: readonly string[]; now?: Date; lifetimeMs?: number },
  db: DbClient,
): Promise<Map<string, { token: string; expiresAt: Date }>> {
  const issued = new Map(userIds.map((userId) => [userId, newToken(now, lifetimeMs)] as const));
  if (!issued.size) return new Map();
  await db.passwordToken.deleteMany({ where: { userId: { in: [...issued.keys()] }, usedAt: null } });
  await db.passwordToken.createMany({
    data: [...issued].map(([userId, { tokenHash, expiresAt }]) => ({ userId, tokenHash, expiresAt })),
  });
  return new Map([...issued].map(([userId, { token, expiresAt }]) => [userId, { token, expiresAt }] as const));
}

/**
 * A staff invitation: a short code that can be typed on a phone (lib/invitations/join-code.ts)
 * instead of a long token, lasting 7 days; older unused links stop working, as above.
 */
export async function issueJoinCode(
  { userId, now = new Date() }: { userId: string; now?: Date },
  db: DbClient,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newJoinCode();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await db.passwordToken.deleteMany({ where: { userId, usedAt: null } });
  await db.passwordToken.create({ data: { userId, tokenHash: hashJoinCode(code), expiresAt } });
  return { code, expiresAt };
}

/** The stored hash for what was given: a short code however it was typed, else a long token as is. */
function storedHashOf(token: string): string {
  const code = canonicalJoinCode(token);
  return code ? hashJoinCode(code) : hashToken(token);
}

/** The page a one-time link opens, as a path (emails make it absolute). */
export function setPasswordPath(token: string): string {
  return `/set-password?token=${encodeURIComponent(token)}`;
}

/** Absolute when the site's address is configured, else a path the coordinator's browser completes. */
export function setPasswordLink(token: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  return `${base}${setPasswordPath(token)}`;
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
    where: { tokenHash: storedHashOf(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, active: true, passwordHash: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  const { passwordHash, ...user } = row.user;
  // Whether this is a first password (an invitation) or a new one (a reset), for the page's words.
  return { id: row.id, user: { ...user, hasPassword: passwordHash !== null } };
}
