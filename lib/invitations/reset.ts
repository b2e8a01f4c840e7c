/**
 * "Forgotten your password?": a one-time link, emailed to the address of an active account.
 *
 * Whoever asks gets the same answer, whether or not there is an account for the address, so the
 * form cannot be used to find out who has an account. Only an active account gets an email, and
 * at most RESETS_PER_HOUR of them an hour (counted from the audit log in PostgreSQL, so it holds
 * however many app instances run): more requests get the same answer and send nothing. An unknown
 * or switched-off address writes nothing at all.
 */
import "server-only";
import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { HOUR_MS } from "@/lib/time";
import { emailResetLink } from "./emails";
import { newToken } from "./token-hash";
import { issuePasswordToken, RESET_LIFETIME_MS } from "./tokens";

export { RESET_REQUESTED } from "./words";

export const RESETS_PER_HOUR = 3;
export const RESET_AUDIT_ACTION = "user.password-reset.emailed";

/**
 * How long every well-formed request takes at least. Known and unknown addresses already do the
 * same lookup (and the same token making) before their paths part; what differs is the known
 * account's short transaction (the link, the email and its delivery job, the audit). Answering
 * no sooner than this hides that difference, so the time taken does not say whether an account
 * exists. Malformed addresses are answered at once: that says nothing about anyone.
 */
export const RESET_ANSWER_MS = 300;

export type ResetOutcome = "emailed" | "limited" | "no-account";

/**
 * Does the work for one request and says what happened (for tests and logs, never for the
 * person asking). `email` is already trimmed and lower-cased.
 */
export async function requestPasswordReset(
  { email, now = new Date() }: { email: string; now?: Date },
  db: Db,
): Promise<ResetOutcome> {
  // The same lookup, by the same unique index, whether or not the address is known.
  const user = await db.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user?.active) {
    // Make (and throw away) a token as the known path does, so the work before the answer is alike.
    newToken(now, RESET_LIFETIME_MS);
    return "no-account";
  }
  return db.$transaction(async (tx) => {
    // One request at a time per account, so two at once cannot both slip under the limit.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const recent = await tx.auditEvent.count({
      where: {
        action: RESET_AUDIT_ACTION,
        entityType: "User",
        entityId: user.id,
        createdAt: { gt: new Date(now.getTime() - HOUR_MS) },
      },
    });
    if (recent >= RESETS_PER_HOUR) return "limited";
    // Any older unused link (a reset or an invitation) stops working.
    const { token } = await issuePasswordToken({ userId: user.id, now, lifetimeMs: RESET_LIFETIME_MS }, tx);
    await emailResetLink({ userId: user.id, token }, tx);
    await audit(
      // The person asking is signed out: no actor. The time is the limit's clock.
      { actorId: null, action: RESET_AUDIT_ACTION, entityType: "User", entityId: user.id },
      tx,
    );
    return "emailed";
  });
}
