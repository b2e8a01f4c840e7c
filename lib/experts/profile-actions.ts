"use server";
/**
 * An expert edits their own profile. The profile is always found by the signed-in user's id:
 * no profile id is read from the form, so nobody can change another person's details.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { myProfileSchema } from "./schemas";

const TRACKED = [
  "interests",
  "livedExperience",
  "availabilityNotes",
  "accessNeeds",
  "paymentPreference",
  "paymentPartnerId",
  "earningsLimitPence",
  "earningsLimitPeriod",
  "supportContactName",
  "supportContactPhone",
  "biography",
] as const;

export const updateMyProfileAction = defineAction(
  { name: "updateMyProfile", area: "expert", schema: myProfileSchema },
  async (input, { user }) => {
    await db.$transaction(async (tx) => {
      const current = await tx.expertProfile.findUnique({
        where: { userId: user.id },
        select: {
          id: true,
          biographyApprovedAt: true,
          partners: { select: { id: true } },
          user: { select: { phone: true } },
          interests: true,
          livedExperience: true,
          availabilityNotes: true,
          accessNeeds: true,
          paymentPreference: true,
          paymentPartnerId: true,
          earningsLimitPence: true,
          earningsLimitPeriod: true,
          supportContactName: true,
          supportContactPhone: true,
          biography: true,
        },
      });
      if (!current) throw notFound("Your profile");
      if (input.paymentPartnerId && !current.partners.some((p) => p.id === input.paymentPartnerId)) {
        throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
          paymentPartnerId: ["Choose one of your groups"],
        });
      }
      const { phone, ...fields } = input;
      // Writing or changing the biography is the expert approving it. Saving other answers leaves
      // a coordinator's unapproved edit unapproved: they approve it with its own button.
      const biographyChanged = fields.biography !== current.biography;
      const biographyApprovedAt = !fields.biography
        ? null
        : biographyChanged
          ? new Date()
          : current.biographyApprovedAt;

      await tx.expertProfile.update({ where: { userId: user.id }, data: { ...fields, biographyApprovedAt } });
      if ((current.user.phone ?? null) !== phone) await tx.user.update({ where: { id: user.id }, data: { phone } });

      // Field names only: access needs and earnings limits are not copied into the audit trail.
      const changed: string[] = TRACKED.filter((k) => JSON.stringify(current[k]) !== JSON.stringify(fields[k]));
      if ((current.user.phone ?? null) !== phone) changed.push("phone");
      if (changed.length) {
        await audit(
          {
            actorId: user.id,
            action: "expert.profile.updated",
            entityType: "ExpertProfile",
            entityId: current.id,
            after: { fields: changed },
          },
          tx,
        );
      }
    });
    revalidatePath("/expert/profile");
    revalidatePath("/expert");
    return { message: "Your profile has been saved." };
  },
);

export const approveMyBiographyAction = defineAction(
  { name: "approveMyBiography", area: "expert", schema: z.object({}) },
  async (_input, { user }) => {
    const approved = await db.$transaction(async (tx) => {
      const result = await tx.expertProfile.updateMany({
        where: { userId: user.id, biography: { not: "" }, biographyApprovedAt: null },
        data: { biographyApprovedAt: new Date() },
      });
      if (result.count !== 1) return null;
      const profile = await tx.expertProfile.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true } });
      await audit(
        {
          actorId: user.id,
          action: "expert.biography.approved",
          entityType: "ExpertProfile",
          entityId: profile.id,
          after: { approved: true },
        },
        tx,
      );
      return profile.id;
    });
    if (!approved) throw new ActionError("There is no biography waiting for you to approve.");
    revalidatePath("/expert/profile");
    return { message: "Thank you. Academics can now see your biography." };
  },
);
