"use server";
/**
 * Staff accounts, by the partnership's admins: invite a coordinator, academic or admin into any
 * university of the partnership, send a new invitation, change role, deactivate and reactivate.
 * Every write is scoped by the admin's partnership, audited, and tells the person.
 *
 * The last active admin of a partnership can never be demoted or deactivated, by anyone
 * (themself included). Two admins demoting each other at once must not both succeed, so every
 * change that can remove an admin first locks the partnership's active admin rows (in id order,
 * so two such changes queue rather than deadlock) and counts them under that lock.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { homeFor } from "@/lib/auth/roles";
import { db, type DbClient } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { issueJoinCode } from "@/lib/invitations/tokens";
import { emailDeactivated, emailReactivated, emailRoleChanged, emailStaffInvitation, roleWithArticle } from "./emails";
import {
  changeRoleSchema,
  deactivateSchema,
  inviteStaffSchema,
  LAST_ADMIN,
  reactivateSchema,
  resendInvitationSchema,
  STAFF_ROLES,
  type StaffRole,
} from "./schemas";

const INVALID = "There is a problem. Check the answers marked below.";
const EMAIL_USED = "An account with this email address already exists. Search the staff list for them.";

const emailUsed = () => new ActionError(EMAIL_USED, "CONFLICT", { email: ["This email address is already used"] });

/**
 * Locks the partnership's active admins (id order) and returns their ids as they are once the
 * locks are held: a change another transaction committed meanwhile is already seen.
 */
async function lockActiveAdmins({ partnershipId }: { partnershipId: string }, tx: DbClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u JOIN "Institution" i ON i.id = u."institutionId"
    WHERE i."partnershipId" = ${partnershipId} AND u.role = 'ADMIN' AND u.active
    ORDER BY u.id FOR UPDATE OF u`;
  return rows.map((r) => r.id);
}

/** A staff member of this partnership, locked for the rest of the transaction; null if not one. */
async function lockStaffMember({ userId, partnershipId }: { userId: string; partnershipId: string }, tx: DbClient) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u JOIN "Institution" i ON i.id = u."institutionId"
    WHERE u.id = ${userId} AND i."partnershipId" = ${partnershipId} FOR UPDATE OF u`;
  if (!locked.length) return null;
  return tx.user.findFirst({
    where: { id: userId, role: { in: [...STAFF_ROLES] }, institution: { partnershipId } },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastSignInAt: true,
      institutionId: true,
    },
  });
}

/** Refuses a change that would leave the partnership with no active admin. */
function keepAnAdmin(target: { id: string; role: string; active: boolean }, activeAdmins: string[]) {
  if (target.role !== "ADMIN" || !target.active) return;
  if (!activeAdmins.some((id) => id !== target.id)) throw new ActionError(LAST_ADMIN, "CONFLICT");
}

const asStaffRole = (role: string) => role as StaffRole;

export const inviteStaffAction = defineAction(
  { name: "inviteStaff", area: "admin", schema: inviteStaffSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    try {
      await db.$transaction(async (tx) => {
        const institution = await tx.institution.findFirst({
          where: { id: input.institutionId, partnershipId },
          select: { id: true },
        });
        if (!institution)
          throw new ActionError(INVALID, "INVALID", { institutionId: ["Choose a university from the list"] });
        if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailUsed();
        const created = await tx.user.create({
          data: {
            name: input.name,
            email: input.email,
            role: input.role,
            institutionId: institution.id,
            passwordHash: null,
          },
          select: { id: true },
        });
        const { code } = await issueJoinCode({ userId: created.id }, tx);
        await emailStaffInvitation(
          {
            userId: created.id,
            code,
            firstTime: true,
            role: input.role,
            invitedBy: user,
            institutionId: institution.id,
          },
          tx,
        );
        await audit(
          {
            actorId: user.id,
            action: "staff.invited",
            entityType: "User",
            entityId: created.id,
            after: { name: input.name, email: input.email, role: input.role, institutionId: institution.id },
          },
          tx,
        );
      });
    } catch (error) {
      // Two admins inviting the same address at once: the unique email refuses the second.
      if (isUniqueViolation(error)) throw emailUsed();
      throw error;
    }
    revalidatePath("/admin/staff");
    return {
      message: `${input.name} has been invited. We have emailed them a link to set a password. It works once and lasts 7 days.`,
    };
  },
);

export const resendStaffInvitationAction = defineAction(
  { name: "resendStaffInvitation", area: "admin", schema: resendInvitationSchema },
  async ({ userId }, { user }) => {
    const { partnershipId } = user;
    const name = await db.$transaction(async (tx) => {
      const target = await lockStaffMember({ userId, partnershipId }, tx);
      if (!target?.institutionId) throw notFound("That staff member");
      if (!target.active) throw new ActionError("This account is deactivated. Reactivate it first.");
      if (target.lastSignInAt)
        throw new ActionError(
          `${target.name} has already signed in. If they have forgotten their password, they can choose “Forgotten your password?” on the sign-in page.`,
        );
      // Any older link or code stops working.
      const { code } = await issueJoinCode({ userId: target.id }, tx);
      await emailStaffInvitation(
        {
          userId: target.id,
          code,
          firstTime: false,
          role: asStaffRole(target.role),
          invitedBy: user,
          institutionId: target.institutionId,
        },
        tx,
      );
      await audit({ actorId: user.id, action: "staff.invitation.resent", entityType: "User", entityId: target.id }, tx);
      return target.name;
    });
    revalidatePath("/admin/staff");
    return { message: `We have emailed ${name} a new invitation. Any invitation sent before no longer works.` };
  },
);

export const changeStaffRoleAction = defineAction(
  { name: "changeStaffRole", area: "admin", schema: changeRoleSchema },
  async ({ userId, role }, { user }) => {
    const { partnershipId } = user;
    const name = await db.$transaction(async (tx) => {
      const admins = await lockActiveAdmins({ partnershipId }, tx);
      const target = await lockStaffMember({ userId, partnershipId }, tx);
      if (!target) throw notFound("That staff member");
      if (target.role === role)
        throw new ActionError(INVALID, "INVALID", {
          role: [`They are already ${roleWithArticle(role)}`],
        });
      if (role !== "ADMIN") keepAnAdmin(target, admins);
      await tx.user.update({ where: { id: target.id }, data: { role } });
      await emailRoleChanged({ userId: target.id, role, changedBy: user }, tx);
      await audit(
        {
          actorId: user.id,
          action: "staff.role.changed",
          entityType: "User",
          entityId: target.id,
          before: { role: target.role },
          after: { role },
        },
        tx,
      );
      return target.name;
    });
    revalidatePath("/admin/staff");
    // An admin who made themself something else has left the admin area: take them to their new one.
    if (userId === user.id && role !== "ADMIN") redirect(homeFor(role));
    return { message: `${name} is now ${roleWithArticle(role)}.` };
  },
);

export const deactivateStaffAction = defineAction(
  { name: "deactivateStaff", area: "admin", schema: deactivateSchema },
  async ({ userId }, { user }) => {
    const { partnershipId } = user;
    await db.$transaction(async (tx) => {
      const admins = await lockActiveAdmins({ partnershipId }, tx);
      const target = await lockStaffMember({ userId, partnershipId }, tx);
      if (!target) throw notFound("That staff member");
      if (!target.active) throw new ActionError(`${target.name}'s account is already deactivated.`);
      keepAnAdmin(target, admins);
      // Told first, while the account is still active, so the email goes.
      await emailDeactivated({ userId: target.id, changedBy: user }, tx);
      const now = new Date();
      // Raising the session version ends their sessions too, so reactivating does not revive them.
      await tx.user.update({
        where: { id: target.id },
        data: { active: false, deactivatedAt: now, sessionVersion: { increment: 1 } },
      });
      // An unused invitation must not work again if the account is reactivated later.
      await tx.passwordToken.deleteMany({ where: { userId: target.id, usedAt: null } });
      await audit(
        {
          actorId: user.id,
          action: "staff.deactivated",
          entityType: "User",
          entityId: target.id,
          before: { active: true },
          after: { active: false },
        },
        tx,
      );
    });
    revalidatePath("/admin/staff");
    // A new address, so the confirmation (?deactivate=1) is not shown again, and the page says what happened.
    redirect(`/admin/staff/${userId}?done=deactivated`);
  },
);

export const reactivateStaffAction = defineAction(
  { name: "reactivateStaff", area: "admin", schema: reactivateSchema },
  async ({ userId }, { user }) => {
    const { partnershipId } = user;
    await db.$transaction(async (tx) => {
      const target = await lockStaffMember({ userId, partnershipId }, tx);
      if (!target) throw notFound("That staff member");
      if (target.active) throw new ActionError(`${target.name}'s account is already active.`);
      await tx.user.update({ where: { id: target.id }, data: { active: true, deactivatedAt: null } });
      await emailReactivated({ userId: target.id, role: asStaffRole(target.role), changedBy: user }, tx);
      await audit(
        {
          actorId: user.id,
          action: "staff.reactivated",
          entityType: "User",
          entityId: target.id,
          before: { active: false },
          after: { active: true },
        },
        tx,
      );
    });
    revalidatePath("/admin/staff");
    redirect(`/admin/staff/${userId}?done=reactivated`);
  },
);
