/**
 * Writes the emails (or calls to make) for a change, in the change's own transaction, and adds a
 * delivery job for each email in that same transaction: a rolled-back change sends nothing, a
 * committed one is delivered by a worker afterwards (lib/messages/deliver.ts).
 *
 * Each person's contact preference decides what happens: EMAIL → queued; IN_APP → kept as
 * SKIPPED (they see it inside Involve); PHONE → TO_CALL, on the coordinators' call list.
 * Messages about the person's own account security are always emailed. An expert on a break gets
 * only the kinds of email they chose (lib/breaks/status.ts); the rest are kept as SKIPPED and
 * still show in Involve, so nothing is lost when they come back.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { breakAllowsEmail } from "@/lib/breaks/status";
import type { BreakUpdates, ContactPreference, MessageKind, MessageStatus, Role } from "@/lib/generated/prisma/enums";
import { addJobs } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { ACCOUNT_BODY_REMOVED } from "./deliver";
import { absoluteUrl, messagesPath } from "./links";
import { renderEmail } from "./render";

export type MessageInput = {
  userId: string;
  kind: MessageKind;
  subject: string;
  body: string;
  /** The page it is about, as a path ("/expert/payments"). */
  link?: string | null;
  /** The words of the link in the email; defaults by kind. */
  linkLabel?: string;
  /** The institution it comes from; defaults to the recipient's own (staff) or their partnership's name (experts). */
  institutionId?: string | null;
  /** Scheduled messages: at most one message per key, however many workers try. */
  dedupeKey?: string;
};

type Recipient = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  contactPreference: ContactPreference;
  institutionId: string | null;
  institution: { name: string } | null;
  expertProfile: {
    status: string;
    partnership: { name: string };
    breakStartedAt?: Date | null;
    breakUntil?: Date | null;
    breakUpdates?: BreakUpdates;
  } | null;
};

const DEFAULT_LINK_LABEL: Record<MessageKind, string> = {
  ACCOUNT: "Open Involve",
  BOOKING: "See the session",
  SESSION: "See the session",
  REMINDER: "See the details",
  CHECK_IN: "Tell us how it went",
  PAYMENT: "See your payments",
  REQUEST: "See the request",
  DIGEST: "Open Involve",
};

export function statusFor(
  kind: MessageKind,
  recipient: Pick<Recipient, "active" | "contactPreference"> & { expertProfile?: Recipient["expertProfile"] },
  now = new Date(),
) {
  if (!recipient.active) return { status: "SKIPPED" as MessageStatus, reason: "The account is deactivated." };
  if (kind === "ACCOUNT") return { status: "QUEUED" as MessageStatus, reason: null };
  const profile = recipient.expertProfile;
  if (
    profile?.breakUpdates &&
    !breakAllowsEmail(
      kind,
      {
        breakStartedAt: profile.breakStartedAt ?? null,
        breakUntil: profile.breakUntil ?? null,
        breakUpdates: profile.breakUpdates,
      },
      now,
    )
  )
    return { status: "SKIPPED" as MessageStatus, reason: "They are on a break and asked not to hear about this." };
  switch (recipient.contactPreference) {
    case "EMAIL":
      return { status: "QUEUED" as MessageStatus, reason: null };
    case "IN_APP":
      return { status: "SKIPPED" as MessageStatus, reason: "They asked to hear from us only inside Involve." };
    case "PHONE":
      return { status: "TO_CALL" as MessageStatus, reason: "They asked to be phoned instead of emailed." };
  }
}

/**
 * Writes the messages and their delivery jobs. Returns, for each input, whether it was written:
 * false when its dedupeKey was already used (a reminder another worker already wrote).
 */
export async function queueMessages(inputs: readonly MessageInput[], db: DbClient): Promise<boolean[]> {
  if (!inputs.length) return [];
  const userIds = [...new Set(inputs.map((m) => m.userId))];
  const institutionIds = [...new Set(inputs.map((m) => m.institutionId).filter((id): id is string => Boolean(id)))];
  const [recipients, institutions] = await Promise.all([
    db.user.findMany({
      where: { id: { in: userIds } },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        contactPreference: true,
        institutionId: true,
        institution: { select: { name: true } },
        expertProfile: {
          select: {
            status: true,
            partnership: { select: { name: true } },
            breakStartedAt: true,
            breakUntil: true,
            breakUpdates: true,
          },
        },
      },
    }),
    institutionIds.length
      ? db.institution.findMany({ where: { id: { in: institutionIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const byId = new Map<string, Recipient>(recipients.map((r) => [r.id, r]));
  const institutionName = new Map(institutions.map((i) => [i.id, i.name]));

  const rows = inputs.map((input) => {
    const to = byId.get(input.userId);
    if (!to) throw new Error(`queueMessages: no user ${input.userId}`);
    const { status, reason } = statusFor(input.kind, to);
    const from =
      (input.institutionId && institutionName.get(input.institutionId)) ||
      to.institution?.name ||
      to.expertProfile?.partnership.name ||
      "Involve";
    const email = renderEmail({
      recipientName: to.name,
      institutionName: from,
      subject: input.subject,
      body: input.body,
      action: input.link
        ? { label: input.linkLabel ?? DEFAULT_LINK_LABEL[input.kind], url: absoluteUrl(input.link) }
        : null,
      preferencesUrl: input.kind === "ACCOUNT" ? null : absoluteUrl(messagesPath(to.role)),
    });
    return {
      input,
      data: {
        userId: to.id,
        institutionId: input.institutionId ?? to.institutionId,
        kind: input.kind,
        status,
        lastError: reason,
        toAddress: to.email,
        subject: email.subject,
        // An account email that will not be sent (a deactivated account) never keeps its link.
        ...(input.kind === "ACCOUNT" && status !== "QUEUED"
          ? ACCOUNT_BODY_REMOVED
          : { textBody: email.text, htmlBody: email.html }),
        // An account email's link may carry a one-time token (?token=… or /join/<code>): only its page is kept.
        link:
          (input.kind === "ACCOUNT" ? input.link?.split("?")[0]?.replace(/^\/join\/.*$/, "/join") : input.link) ?? null,
        dedupeKey: input.dedupeKey ?? null,
      },
    };
  });

  const created = await db.message.createManyAndReturn({
    data: rows.map((r) => r.data),
    skipDuplicates: true,
    select: { id: true, status: true, dedupeKey: true },
  });
  await addJobs(
    QUEUES.deliverMessage.name,
    created.filter((m) => m.status === "QUEUED").map((m) => ({ messageId: m.id })),
    db,
  );
  // With skipDuplicates, rows whose dedupeKey already existed are simply not returned.
  const createdKeys = new Set(created.map((m) => m.dedupeKey));
  return inputs.map((input) => !input.dedupeKey || createdKeys.has(input.dedupeKey));
}
