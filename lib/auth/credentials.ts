import "server-only";
import { z } from "zod";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { clearFailures, isLocked, recordFailure, throttleKeys } from "./throttle";

export const SIGN_IN_FAILED = "The email address or password is not right. Check them and try again.";
export const SIGN_IN_LOCKED = "Too many attempts to sign in. Wait 15 minutes, then try again.";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: Role };

export const SIGN_IN_AUDIT = {
  succeeded: "user.sign-in.succeeded",
  failed: "user.sign-in.failed",
  /** A failure that started a 15-minute lock. */
  locked: "user.sign-in.locked",
  /** An attempt while locked (the password was not checked). */
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
  if (await isLocked({ keys }, db)) {
    const account = await db.user.findUnique({ where: { email }, select: accountSelect });
    await audit(signInEvents([SIGN_IN_AUDIT.refusedLocked], { email, address, account }), db);
    throw new Error(SIGN_IN_LOCKED);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { ...accountSelect, name: true, email: true, role: true },
  });
  const ok = user?.active && user.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    const locked = await recordFailure({ keys }, db);
    const actions = locked ? [SIGN_IN_AUDIT.failed, SIGN_IN_AUDIT.locked] : [SIGN_IN_AUDIT.failed];
    await audit(signInEvents(actions, { email, address, account: user, reason: failureReason(user) }), db);
    throw new Error(SIGN_IN_FAILED);
  }
  await clearFailures({ email }, db);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await audit(signInEvents([SIGN_IN_AUDIT.succeeded], { email, address, account: user }), db);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
