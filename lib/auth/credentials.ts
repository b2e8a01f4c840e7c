import "server-only";
import { z } from "zod";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./password";
import { clearFailures, isLocked, recordFailure, throttleKeys } from "./throttle";

export const SIGN_IN_FAILED = "The email address or password is not right. Check them and try again.";
export const SIGN_IN_LOCKED = "Too many attempts to sign in. Wait 15 minutes, then try again.";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: Role };

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
  if (await isLocked({ keys }, db)) throw new Error(SIGN_IN_LOCKED);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
  });
  const ok = user?.active && user.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await recordFailure({ keys }, db);
    throw new Error(SIGN_IN_FAILED);
  }
  await clearFailures({ email }, db);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
