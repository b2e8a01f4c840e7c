import "server-only";
import { z } from "zod";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { hashPassword, MAX_PASSWORD_LENGTH, needsRehash, verifyAgainstDummy, verifyPassword } from "./password";
import { recordFailure, recordSuccess, throttleKeys, waitUntil } from "./throttle";

export const SIGN_IN_FAILED = "The email address or password is not right. Check them and try again.";

/** The words shown while a key must wait: how long, rounded up to a whole second or minute. */
export function signInWaitMessage(until: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait =
    seconds < 60
      ? `${seconds} ${seconds === 1 ? "second" : "seconds"}`
      : `${Math.ceil(seconds / 60)} ${Math.ceil(seconds / 60) === 1 ? "minute" : "minutes"}`;
  return `Too many attempts to sign in. Wait ${wait}, then try again.`;
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };

export const SIGN_IN_AUDIT = {
  succeeded: "user.sign-in.succeeded",
  failed: "user.sign-in.failed",
  /** A failure past the allowance, so the next attempt must wait. */
  locked: "user.sign-in.locked",
  /** An attempt made during a wait (the password was not checked). */
  refusedLocked: "user.sign-in.refused-locked",
} as const;

type Account = {
  id: string;
  active: boolean;
  passwordHash: string | null;
  institution: { partnershipId: string } | null;
  expertProfile: { partnershipId: string } | null;
};

const accountSelect = {
  id: true,
  active: true,
  passwordHash: true,
  institution: { select: { partnershipId: true } },
  expertProfile: { select: { partnershipId: true } },
} as const;

/**
 * Sign-in attempts go in the audit log: a known account's under its partnership (so its admins
 * see them), an unknown address's under none. What was typed as the password is never kept.
 */
function signInEvents(
  actions: string[],
  {
    email,
    address,
    account,
    reason,
  }: { email: string; address: string | null; account: Account | null; reason?: string },
) {
  return actions.map((action) => ({
    actorId: action === SIGN_IN_AUDIT.succeeded && account ? account.id : null,
    action,
    entityType: account ? "User" : "Email",
    entityId: account ? account.id : email,
    partnershipId: account
      ? (account.institution?.partnershipId ?? account.expertProfile?.partnershipId ?? null)
      : null,
    after: { email, address, ...(reason ? { reason } : {}) },
  }));
}

function failureReason(account: Account | null): string {
  if (!account) return "No account has this email address";
  if (!account.active) return "The account is deactivated";
  if (!account.passwordHash) return "No password has been set yet";
  return "Wrong password";
}

/**
 * Checks a password sign-in: `credentials` as typed (untrusted), `address` the client address for
 * per-address throttling (null when not behind a trusted proxy). Throws an Error whose message is
 * shown to the person.
 */
export async function authenticate(
  { credentials, address }: { credentials: unknown; address: string | null },
  db: DbClient = defaultDb,
): Promise<AuthenticatedUser> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new Error(SIGN_IN_FAILED);
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const waiting = await waitUntil({ keys }, db);
  if (waiting) {
    const account = await db.user.findUnique({ where: { email }, select: accountSelect });
    await audit(signInEvents([SIGN_IN_AUDIT.refusedLocked], { email, address, account }), db);
    throw new Error(signInWaitMessage(waiting));
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { ...accountSelect, name: true, email: true, role: true, sessionVersion: true },
  });
  // Whether or not there is an account with a password, one hash is checked, so an unknown
  // email takes as long to refuse as a wrong password and timing does not tell them apart.
  const ok =
    user?.active && user.passwordHash
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);
  if (!user || !ok) {
    const wait = await recordFailure({ keys }, db);
    const actions = wait ? [SIGN_IN_AUDIT.failed, SIGN_IN_AUDIT.locked] : [SIGN_IN_AUDIT.failed];
    await audit(signInEvents(actions, { email, address, account: user, reason: failureReason(user) }), db);
    throw new Error(SIGN_IN_FAILED);
  }
  await recordSuccess({ keys }, db);
  // An old bcrypt hash is replaced now that the password is known to be right.
  const rehash = user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(password) : null;
  await db.user.update({
    where: { id: user.id },
    data: { lastSignInAt: new Date(), ...(rehash ? { passwordHash: rehash } : {}) },
  });
  await audit(signInEvents([SIGN_IN_AUDIT.succeeded], { email, address, account: user }), db);
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
