/**
 * What staff are told about their own account: an invitation (or a new one) with a short code
 * they can type on a phone, a change of role, and their account being switched off or on. All
 * are kind "ACCOUNT": always emailed whatever their contact preference, and not kept once sent.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { formatJoinCode, joinPath } from "@/lib/invitations/join-code";
import { siteUrl } from "@/lib/messages/links";
import { notify } from "@/lib/notifications/notify";
import { homeFor } from "@/lib/auth/roles";
import { ROLE_LABEL } from "@/lib/labels";
import type { StaffRole } from "./schemas";

export const STAFF_INVITATION_SUBJECT = "You have been invited to Involve";
export const STAFF_NEW_INVITATION_SUBJECT = "Your new invitation to Involve";
export const ROLE_CHANGED_SUBJECT = "What you can do in Involve has changed";
export const DEACTIVATED_SUBJECT = "Your Involve account has been switched off";
export const REACTIVATED_SUBJECT = "Your Involve account has been switched back on";

/** What each staff role does, in a sentence, for the emails. */
const ROLE_SENTENCE: Record<StaffRole, string> = {
  COORDINATOR:
    "As a coordinator you post chances for experts by experience to take part, look after the pool of experts, and arrange their payments.",
  ACADEMIC:
    "As an academic you see the modules you lead, ask for experts by experience to be involved, and record where they were.",
  ADMIN:
    "As an admin you set up your partnership's universities, programmes, modules and staff accounts, and you can also work as a coordinator.",
};

/** "a coordinator", "an academic", "an admin". */
export const roleWithArticle = (role: StaffRole) =>
  `${role === "COORDINATOR" ? "a" : "an"} ${ROLE_LABEL[role].toLowerCase()}`;

export async function emailStaffInvitation(
  {
    userId,
    code,
    firstTime,
    role,
    invitedBy,
    institutionId,
  }: {
    userId: string;
    code: string;
    firstTime: boolean;
    role: StaffRole;
    invitedBy: { name: string; email: string };
    institutionId: string;
  },
  tx: DbClient,
) {
  const typed = formatJoinCode(code);
  const body = [
    firstTime
      ? `${invitedBy.name} has invited you to Involve as ${roleWithArticle(role)}.`
      : `${invitedBy.name} has sent you a new invitation to Involve as ${roleWithArticle(role)}. Any invitation you were sent before no longer works.`,
    "Involve is the website your university uses to involve people with lived experience of social care, such as people who use services and carers, in teaching social work students.",
    ROLE_SENTENCE[role],
    "To start, use the link below to choose a password. You will sign in with this email address and that password.",
    `On another device, such as a phone, you can instead go to ${siteUrl()}/join and type this code: ${typed}`,
    `The link and the code work once, for 7 days. If they have stopped working, ask ${invitedBy.name} for a new invitation: ${invitedBy.email}.`,
    "If you were not expecting this email, you can ignore it.",
  ];
  await notify(
    {
      userId,
      kind: "ACCOUNT",
      inApp: false,
      institutionId,
      title: firstTime ? STAFF_INVITATION_SUBJECT : STAFF_NEW_INVITATION_SUBJECT,
      body: body.join("\n\n"),
      link: joinPath(code),
      linkLabel: "Choose your password",
    },
    tx,
  );
}

export async function emailRoleChanged(
  { userId, role, changedBy }: { userId: string; role: StaffRole; changedBy: { name: string; email: string } },
  tx: DbClient,
) {
  await notify(
    {
      userId,
      kind: "ACCOUNT",
      title: ROLE_CHANGED_SUBJECT,
      body: [
        `${changedBy.name} has made you ${roleWithArticle(role)} in Involve.`,
        ROLE_SENTENCE[role],
        `If you think this is a mistake, ask ${changedBy.name}: ${changedBy.email}.`,
      ].join("\n\n"),
      link: homeFor(role),
    },
    tx,
  );
}

/** Written while the account is still active, so the email goes before it is switched off. */
export async function emailDeactivated(
  { userId, changedBy }: { userId: string; changedBy: { name: string; email: string } },
  tx: DbClient,
) {
  await notify(
    {
      userId,
      kind: "ACCOUNT",
      inApp: false,
      title: DEACTIVATED_SUBJECT,
      body: [
        `${changedBy.name} has switched off your Involve account. You can no longer sign in. What you did in Involve is kept.`,
        `If you think this is a mistake, ask ${changedBy.name}: ${changedBy.email}.`,
      ].join("\n\n"),
    },
    tx,
  );
}

export async function emailReactivated(
  { userId, role, changedBy }: { userId: string; role: StaffRole; changedBy: { name: string; email: string } },
  tx: DbClient,
) {
  await notify(
    {
      userId,
      kind: "ACCOUNT",
      title: REACTIVATED_SUBJECT,
      body: [
        `${changedBy.name} has switched your Involve account back on. You can sign in again with your email address and password.`,
        `If you have forgotten your password, choose “Forgotten your password?” on the sign-in page. If you never set one, ask ${changedBy.name} for a new invitation: ${changedBy.email}.`,
      ].join("\n\n"),
      link: homeFor(role),
    },
    tx,
  );
}
