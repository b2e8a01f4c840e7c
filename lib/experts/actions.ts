"use server";
/**
 * Coordinators look after the expert pool of their own partnership: invite, change status,
 * edit the biography on someone's behalf, set which partner groups they belong to, and send a
 * new set-password link. Every write is scoped by the coordinator's partnership.
 *
 * A set-password link is always shown to the coordinator (to read out on the phone: many experts
 * prefer a call first), and emailed to the expert only when the coordinator ticks the box.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { EXPERT_STATUS } from "@/lib/labels";
import { emailInvitationLink } from "@/lib/invitations/emails";
import { issuePasswordToken, logLinkInDevelopment, setPasswordLink } from "@/lib/invitations/tokens";
import {
  changeStatusSchema,
  expertBiographySchema,
  expertPartnersSchema,
  inviteExpertSchema,
  setPasswordLinkSchema,
} from "./schemas";

const EMAIL_USED =
  "An account with this email address already exists. Search the pool for them, or use a different address.";

/** The partner ids, all checked to belong to this partnership. */
async function ownPartnerIds({ partnershipId, ids }: { partnershipId: string; ids: string[] }, tx: DbClient) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await tx.partner.findMany({ where: { id: { in: unique }, partnershipId }, select: { id: true } });
  if (found.length !== unique.length) {
    throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
      partnerIds: ["Choose groups from the list"],
    });
  }
  return unique;
}

export const inviteExpertAction = defineAction(
  { name: "inviteExpert", area: "coordinator", schema: inviteExpertSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    let result: { expertId: string; token: string };
    try {
      result = await db.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
          throw new ActionError(EMAIL_USED, "CONFLICT", { email: ["This email address is already used"] });
        }
        const partnerIds = await ownPartnerIds({ partnershipId, ids: input.partnerIds }, tx);
        const created = await tx.user.create({
          data: { name: input.name, email: input.email, phone: input.phone, role: "EXPERT", passwordHash: null },
          select: { id: true },
        });
        const expert = await tx.expertProfile.create({
          data: {
            userId: created.id,
            partnershipId,
            status: input.status,
            statusReason: "Invited",
            livedExperience: input.livedExperience,
            interests: input.interests,
            namedContactId: user.id,
            partners: { connect: partnerIds.map((id) => ({ id })) },
          },
          select: { id: true },
        });
        const { token } = await issuePasswordToken({ userId: created.id }, tx);
        if (input.emailLink) {
          await emailInvitationLink(
            { userId: created.id, token, firstTime: true, invitedBy: user, institutionId: user.institutionId },
            tx,
          );
        }
        await audit(
          {
            actorId: user.id,
            action: "expert.invited",
            entityType: "ExpertProfile",
            entityId: expert.id,
            after: { status: input.status, partners: partnerIds, linkEmailed: input.emailLink },
          },
          tx,
        );
        return { expertId: expert.id, token };
      });
    } catch (error) {
      // Two coordinators inviting the same address at once: the unique email refuses the second.
      if (isUniqueViolation(error)) {
        throw new ActionError(EMAIL_USED, "CONFLICT", { email: ["This email address is already used"] });
      }
      throw error;
    }
    const link = setPasswordLink(result.token);
    logLinkInDevelopment(input.email, link);
    revalidatePath("/coordinator/experts");
    return {
      message: input.emailLink
        ? `${input.name} has been added. We have emailed the link below to ${input.email} so they can set a password. It works once and lasts 7 days.`
        : `${input.name} has been added. Send them the link below so they can set a password. It works once and lasts 7 days.`,
      data: { link, expertId: result.expertId, emailed: input.emailLink },
    };
  },
);

export const changeExpertStatusAction = defineAction(
  { name: "changeExpertStatus", area: "coordinator", schema: changeStatusSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    await db.$transaction(async (tx) => {
      const current = await tx.expertProfile.findFirst({
        where: { id: input.expertId, partnershipId, erasedAt: null },
        select: { status: true, statusReason: true },
      });
      if (!current) throw notFound("That expert");
      if (current.status === input.status) {
        throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
          status: [`Their status is already ${EXPERT_STATUS[input.status].toLowerCase()}`],
        });
      }
      const changed = await tx.expertProfile.updateMany({
        where: { id: input.expertId, partnershipId, erasedAt: null, status: current.status },
        data: { status: input.status, statusReason: input.reason, statusChangedAt: new Date() },
      });
      if (changed.count !== 1)
        throw new ActionError("Someone else changed this expert just now. Refresh the page and try again.");
      await audit(
        {
          actorId: user.id,
          action: "expert.status.changed",
          entityType: "ExpertProfile",
          entityId: input.expertId,
          before: { status: current.status, reason: current.statusReason },
          after: { status: input.status, reason: input.reason },
        },
        tx,
      );
    });
    revalidatePath(`/coordinator/experts/${input.expertId}`);
    return { message: `Status changed to ${EXPERT_STATUS[input.status].toLowerCase()}.` };
  },
);

/** A coordinator's edit needs the expert's approval again before academics see it. */
export const updateExpertBiographyAction = defineAction(
  { name: "updateExpertBiography", area: "coordinator", schema: expertBiographySchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    await db.$transaction(async (tx) => {
      const current = await tx.expertProfile.findFirst({
        where: { id: input.expertId, partnershipId, erasedAt: null },
        select: { biography: true, biographyApprovedAt: true },
      });
      if (!current) throw notFound("That expert");
      if (current.biography === input.biography) throw new ActionError("The biography has not changed.");
      await tx.expertProfile.updateMany({
        where: { id: input.expertId, partnershipId, erasedAt: null },
        data: { biography: input.biography, biographyApprovedAt: null },
      });
      await audit(
        {
          actorId: user.id,
          action: "expert.biography.edited",
          entityType: "ExpertProfile",
          entityId: input.expertId,
          before: { biography: current.biography, approved: Boolean(current.biographyApprovedAt) },
          after: { biography: input.biography, approved: false },
        },
        tx,
      );
    });
    revalidatePath(`/coordinator/experts/${input.expertId}`);
    return { message: "Biography saved. Academics will see it once the expert approves it." };
  },
);

export const setExpertPartnersAction = defineAction(
  { name: "setExpertPartners", area: "coordinator", schema: expertPartnersSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    await db.$transaction(async (tx) => {
      const current = await tx.expertProfile.findFirst({
        where: { id: input.expertId, partnershipId, erasedAt: null },
        select: { paymentPartnerId: true, paymentPreference: true, partners: { select: { id: true } } },
      });
      if (!current) throw notFound("That expert");
      const partnerIds = await ownPartnerIds({ partnershipId, ids: input.partnerIds }, tx);
      if (
        current.paymentPreference === "PAID_VIA_PARTNER" &&
        current.paymentPartnerId &&
        !partnerIds.includes(current.paymentPartnerId)
      ) {
        throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
          partnerIds: ["They are paid through one of these groups. Change how they are paid before removing it"],
        });
      }
      await tx.expertProfile.update({
        where: { id: input.expertId },
        data: { partners: { set: partnerIds.map((id) => ({ id })) } },
      });
      await audit(
        {
          actorId: user.id,
          action: "expert.partners.changed",
          entityType: "ExpertProfile",
          entityId: input.expertId,
          before: { partners: current.partners.map((p) => p.id) },
          after: { partners: partnerIds },
        },
        tx,
      );
    });
    revalidatePath(`/coordinator/experts/${input.expertId}`);
    return { message: "Groups saved." };
  },
);

/** For someone who lost their first link or forgot their password. */
export const createSetPasswordLinkAction = defineAction(
  { name: "createSetPasswordLink", area: "coordinator", schema: setPasswordLinkSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    const issued = await db.$transaction(async (tx) => {
      const expert = await tx.expertProfile.findFirst({
        where: { id: input.expertId, partnershipId, erasedAt: null },
        select: { user: { select: { id: true, email: true, active: true, passwordHash: true } } },
      });
      if (!expert) throw notFound("That expert");
      if (!expert.user.active) throw new ActionError("This account is switched off, so a link would not work.");
      const { token } = await issuePasswordToken({ userId: expert.user.id }, tx);
      if (input.emailLink) {
        await emailInvitationLink(
          {
            userId: expert.user.id,
            token,
            firstTime: expert.user.passwordHash === null,
            invitedBy: user,
            institutionId: user.institutionId,
          },
          tx,
        );
      }
      await audit(
        {
          actorId: user.id,
          action: "user.password-link.created",
          entityType: "User",
          entityId: expert.user.id,
          after: { linkEmailed: input.emailLink },
        },
        tx,
      );
      return { token, email: expert.user.email };
    });
    const link = setPasswordLink(issued.token);
    logLinkInDevelopment(issued.email, link);
    return {
      message: input.emailLink
        ? `We have emailed a new link to ${issued.email}. Any older link no longer works. It works once and lasts 7 days.`
        : "Here is a new link. Any older link no longer works. It works once and lasts 7 days.",
      data: { link, emailed: input.emailLink },
    };
  },
);
