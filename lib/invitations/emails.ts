/**
 * The emails that carry a one-time set-password link: an invitation or a new link from a
 * coordinator, and a reset someone asked for. All are kind "ACCOUNT": always emailed whatever the
 * person's contact preference, never in-app (a signed-out person cannot see it there), and the
 * body with the link is removed once delivered (lib/messages/deliver.ts).
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { setPasswordPath } from "./tokens";
import { INVITATION_SUBJECT, NEW_LINK_SUBJECT, RESET_SUBJECT } from "./words";

export { INVITATION_SUBJECT, NEW_LINK_SUBJECT, RESET_SUBJECT } from "./words";

/** A reset the person asked for on "Forgotten your password?". */
export async function emailResetLink({ userId, token }: { userId: string; token: string }, tx: DbClient) {
  await notify(
    {
      userId,
      kind: "ACCOUNT",
      inApp: false,
      title: RESET_SUBJECT,
      body: [
        "Someone asked to reset the password for your Involve account. If it was you, use the link below to choose a new password.",
        "The link works once, for 1 hour. If it has stopped working, go to the sign-in page and choose “Forgotten your password?” to get a new one.",
        "If you did not ask for this, you do not need to do anything. Your password has not changed.",
      ].join("\n\n"),
      link: setPasswordPath(token),
      linkLabel: "Choose a new password",
    },
    tx,
  );
}

type InvitationFrom = {
  firstTime: boolean;
  invitedBy: { name: string; email: string };
  institutionId: string | null;
};

/**
 * An invitation (`firstTime`) or a new link a coordinator made, from the coordinator's
 * institution, saying who sent it and what Involve is.
 */
export async function emailInvitationLink(
  { userId, token, ...from }: InvitationFrom & { userId: string; token: string },
  tx: DbClient,
) {
  await emailInvitationLinks({ ...from, links: [{ userId, token }] }, tx);
}

/** The same email to many people at once (an import inviting thousands): one lookup, one batch of messages. */
export async function emailInvitationLinks(
  {
    links,
    firstTime,
    invitedBy,
    institutionId,
  }: InvitationFrom & { links: readonly { userId: string; token: string }[] },
  tx: DbClient,
) {
  if (!links.length) return;
  const institution = institutionId
    ? await tx.institution.findUnique({ where: { id: institutionId }, select: { name: true } })
    : null;
  const at = institution ? ` at ${institution.name}` : "";
  const whatInvolveIs =
    "Involve is the website we use to work with people who have lived experience of social care, such as people who use services and carers, in teaching social work students. In Involve you can see chances to take part, sign up for them, and see what you have been paid.";
  const body = firstTime
    ? [
        `${invitedBy.name}${at} has invited you to Involve.`,
        whatInvolveIs,
        "To start, use the link below to choose a password. You will sign in with this email address and that password.",
        `The link works once, for 7 days. If it has stopped working, ask ${invitedBy.name} for a new one.`,
        `If you were not expecting this email, you can ignore it, or ask ${invitedBy.name}: ${invitedBy.email}.`,
      ]
    : [
        `${invitedBy.name}${at} has made you a new link to set your password for Involve.`,
        whatInvolveIs,
        "Use the link below to choose a password. You will sign in with this email address and that password. Any link you were sent before no longer works.",
        `The link works once, for 7 days. If it has stopped working, ask ${invitedBy.name} for a new one.`,
        `If you were not expecting this email, you can ignore it, or ask ${invitedBy.name}: ${invitedBy.email}.`,
      ];
  await notify(
    links.map(({ userId, token }) => ({
      userId,
      kind: "ACCOUNT" as const,
      inApp: false,
      institutionId,
      title: firstTime ? INVITATION_SUBJECT : NEW_LINK_SUBJECT,
      body: body.join("\n\n"),
      link: setPasswordPath(token),
      linkLabel: "Choose your password",
    })),
    tx,
  );
}
