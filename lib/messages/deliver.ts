/**
 * Delivers one queued message: claim it, send it, record what happened. Run by the worker for each
 * `deliver-message` job.
 *
 * Exactly once: the claim is a single guarded UPDATE, so of two workers holding jobs for the same
 * message only one sends it; a message already SENT is never sent again. A worker killed mid-send
 * leaves the message SENDING; once its claim is older than the job's expiry, the retried job takes
 * it over (the unfinished SMTP conversation never delivered anything). A job that finds a fresh
 * claim is retried later rather than dropped, so every claim ends in a final status.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import type { Mailer } from "@/lib/email/transport";

export const ACCOUNT_BODY_REMOVED = {
  textBody: "This email held a one-time link to set a password. It is not kept once the email has been sent.",
  htmlBody: "<p>This email held a one-time link to set a password. It is not kept once the email has been sent.</p>",
};

export type DeliveryOutcome = "sent" | "not-sent" | "failed" | "retry" | "already-handled";

/** SMTP errors in plain words for the coordinator's view; no stack, no server internals beyond the reply. */
export function describeFailure(error: unknown): { reason: string; permanent: boolean } {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const reply = () => String(e.response ?? e.message ?? e.responseCode).slice(0, 300);
  if (typeof e.responseCode === "number" && e.responseCode >= 500)
    return { reason: `The mail server refused it: ${reply()}`, permanent: true };
  // 4xx: greylisting, a full mailbox, a busy server — "try again later", whatever the stage.
  if (typeof e.responseCode === "number" && e.responseCode >= 400)
    return { reason: `The mail server asked us to try again later: ${reply()}`, permanent: false };
  if (e.code === "EENVELOPE" || e.code === "EADDRESS")
    return { reason: "The email address is not valid.", permanent: true };
  return {
    reason: `Could not reach the mail server (${String(e.code ?? e.message ?? "unknown error").slice(0, 200)}). Trying again.`,
    permanent: false,
  };
}

export async function deliverMessage(
  {
    messageId,
    lastAttempt,
    leaseSeconds,
    mailer,
    now = new Date(),
  }: {
    messageId: string;
    /** pg-boss will not retry this job again: a failure now is final. */
    lastAttempt: boolean;
    /** The job's expiry: a claim older than this belongs to a worker that is gone. */
    leaseSeconds: number;
    mailer: Mailer | null;
    now?: Date;
  },
  db: DbClient,
): Promise<DeliveryOutcome> {
  const staleClaim = new Date(now.getTime() - leaseSeconds * 1000);
  const claimed = await db.message.updateMany({
    where: {
      id: messageId,
      OR: [{ status: "QUEUED" }, { status: "SENDING", claimedAt: { lt: staleClaim } }],
    },
    data: { status: "SENDING", claimedAt: now, attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) {
    // Another job holds a fresh claim: a duplicate job, or an attempt that failed after claiming.
    // Try again later (pg-boss retries), so a claim whose sender is gone is taken over once stale
    // instead of leaving the message waiting for ever.
    const current = await db.message.findUnique({ where: { id: messageId }, select: { status: true } });
    if (current?.status === "SENDING" && !lastAttempt)
      throw new Error(`Message ${messageId} is being sent by another job; trying again later.`);
    return "already-handled";
  }
  const message = await db.message.findUniqueOrThrow({
    where: { id: messageId },
    select: { id: true, kind: true, toAddress: true, subject: true, textBody: true, htmlBody: true },
  });
  // A one-time sign-in link is kept only until the message has gone (or cannot go): only hashes
  // of such tokens are stored anywhere else, so a copy of the database must not hold them either.
  const forget = message.kind === "ACCOUNT" ? ACCOUNT_BODY_REMOVED : {};

  if (!mailer) {
    await db.message.update({
      where: { id: messageId },
      data: {
        status: "NOT_SENT",
        lastError: "No mail server is set up (SMTP_URL), so this was not emailed.",
        ...forget,
      },
    });
    // On a machine without a mail server, the one place a newcomer can find their link.
    if (message.kind === "ACCOUNT" && process.env.NODE_ENV !== "production")
      console.info(`[messages] not emailed (no SMTP_URL) to ${message.toAddress}:\n${message.textBody}`);
    return "not-sent";
  }

  try {
    await mailer.transport.sendMail({
      from: mailer.from,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      // The same Message-ID on every attempt, so a mail system can recognise a repeat.
      messageId: `<${message.id}@involve>`,
      headers: { "Auto-Submitted": "auto-generated", "X-Involve-Message": message.id },
    });
  } catch (error) {
    const { reason, permanent } = describeFailure(error);
    const giveUp = permanent || lastAttempt;
    await db.message.update({
      where: { id: messageId },
      data: giveUp
        ? { status: "FAILED", lastError: reason.replace(/ Trying again\.$/, ""), ...forget }
        : { status: "QUEUED", lastError: reason },
    });
    if (giveUp) return "failed";
    throw error; // pg-boss retries the job with backoff
  }
  await db.message.update({
    where: { id: messageId },
    data: { status: "SENT", sentAt: new Date(), lastError: null, ...forget },
  });
  return "sent";
}
