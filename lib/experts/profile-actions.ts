"use server";
/**
 * An expert edits their own profile, one section at a time. The profile is always found by the
 * signed-in user's id: no profile id is read from the form, so nobody can change another
 * person's details.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  myAcademicSharingSchema,
  myAccessNeedsSchema,
  myBiographySchema,
  myContactDetailsSchema,
  myDisplaySchema,
  myEarningsLimitSchema,
  myInterestsSchema,
  myPaymentPreferenceSchema,
} from "./schemas";

type Editable = Pick<
  Prisma.ExpertProfileUncheckedUpdateInput,
  | "interests"
  | "livedExperience"
  | "availabilityNotes"
  | "accessNeeds"
  | "paymentPreference"
  | "paymentPartnerId"
  | "earningsLimitPence"
  | "earningsLimitPeriod"
  | "supportContactName"
  | "supportContactPhone"
  | "biography"
  | "biographyApprovedAt"
  | "shareLivedExperienceWithAcademics"
  | "largerText"
  | "easyRead"
>;

/** Kept out of the audit trail's list of changed answers: it follows from the biography. */
const UNTRACKED = new Set(["biographyApprovedAt"]);

/**
 * Saves some of the caller's own answers and audits the names of those that changed (names
 * only: access needs and earnings limits are not copied into the audit trail).
 */
async function saveOwnAnswers(
  tx: DbClient,
  userId: string,
  fields: Editable,
  alsoChanged: string[] = [],
): Promise<void> {
  const keys = Object.keys(fields) as (keyof Editable)[];
  const select = Object.fromEntries([["id", true], ...keys.map((k) => [k, true])]) as Prisma.ExpertProfileSelect;
  const current = (await tx.expertProfile.findUnique({ where: { userId }, select })) as
    (Record<string, unknown> & { id: string }) | null;
  if (!current) throw notFound("Your profile");
  const changed = keys.filter(
    (k) => !UNTRACKED.has(k) && JSON.stringify(current[k] ?? null) !== JSON.stringify(fields[k] ?? null),
  );
  await tx.expertProfile.update({ where: { userId }, data: fields });
  const all = [...alsoChanged, ...changed];
  if (all.length) {
    await audit(
      {
        actorId: userId,
        action: "expert.profile.updated",
        entityType: "ExpertProfile",
        entityId: current.id,
        after: { fields: all },
      },
      tx,
    );
  }
}

function refresh() {
  revalidatePath("/expert/profile");
  revalidatePath("/expert");
}

export const updateMyContactDetailsAction = defineAction(
  { name: "updateMyContactDetails", area: "expert", schema: myContactDetailsSchema },
  async ({ phone, ...fields }, { user }) => {
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { phone: true } });
      const phoneChanged = (before.phone ?? null) !== phone;
      if (phoneChanged) await tx.user.update({ where: { id: user.id }, data: { phone } });
      await saveOwnAnswers(tx, user.id, fields, phoneChanged ? ["phone"] : []);
    });
    refresh();
    return { message: "Your contact details have been saved." };
  },
);

export const updateMyInterestsAction = defineAction(
  { name: "updateMyInterests", area: "expert", schema: myInterestsSchema },
  async (input, { user }) => {
    await db.$transaction((tx) => saveOwnAnswers(tx, user.id, input));
    refresh();
    return { message: "Your interests have been saved." };
  },
);

export const updateMyAccessNeedsAction = defineAction(
  { name: "updateMyAccessNeeds", area: "expert", schema: myAccessNeedsSchema },
  async (input, { user }) => {
    await db.$transaction((tx) => saveOwnAnswers(tx, user.id, input));
    refresh();
    return { message: "What helps you take part has been saved." };
  },
);

export const updateMyPaymentPreferenceAction = defineAction(
  { name: "updateMyPaymentPreference", area: "expert", schema: myPaymentPreferenceSchema },
  async (input, { user }) => {
    await db.$transaction(async (tx) => {
      if (input.paymentPartnerId) {
        // Only one of the expert's own groups can pay them.
        const mine = await tx.expertProfile.count({
          where: { userId: user.id, partners: { some: { id: input.paymentPartnerId } } },
        });
        if (mine !== 1) {
          throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
            paymentPartnerId: ["Choose one of your groups"],
          });
        }
      }
      await saveOwnAnswers(tx, user.id, input);
    });
    refresh();
    return { message: "How you would like to be paid has been saved." };
  },
);

export const updateMyEarningsLimitAction = defineAction(
  { name: "updateMyEarningsLimit", area: "expert", schema: myEarningsLimitSchema },
  async (input, { user }) => {
    await db.$transaction((tx) => saveOwnAnswers(tx, user.id, input));
    refresh();
    return {
      message:
        input.earningsLimitPence === null ? "You have no earnings limit saved." : "Your earnings limit has been saved.",
    };
  },
);

export const updateMyBiographyAction = defineAction(
  { name: "updateMyBiography", area: "expert", schema: myBiographySchema },
  async ({ biography }, { user }) => {
    await db.$transaction(async (tx) => {
      const current = await tx.expertProfile.findUnique({
        where: { userId: user.id },
        select: { biography: true, biographyApprovedAt: true },
      });
      if (!current) throw notFound("Your profile");
      // Writing or changing the biography is the expert approving it. Saving it unchanged leaves
      // a coordinator's unapproved edit unapproved: they approve it with its own button.
      const biographyApprovedAt = !biography
        ? null
        : biography !== current.biography
          ? new Date()
          : current.biographyApprovedAt;
      await saveOwnAnswers(tx, user.id, { biography, biographyApprovedAt });
    });
    refresh();
    return { message: "Your biography has been saved." };
  },
);

export const updateMyAcademicSharingAction = defineAction(
  { name: "updateMyAcademicSharing", area: "expert", schema: myAcademicSharingSchema },
  async (input, { user }) => {
    await db.$transaction((tx) => saveOwnAnswers(tx, user.id, input));
    refresh();
    return {
      message: input.shareLivedExperienceWithAcademics
        ? "Saved. Academics can see your biography and your lived experience."
        : "Saved. Academics can see your biography only.",
    };
  },
);

export const updateMyDisplayAction = defineAction(
  { name: "updateMyDisplay", area: "expert", schema: myDisplaySchema },
  async (input, { user }) => {
    await db.$transaction((tx) => saveOwnAnswers(tx, user.id, input));
    // Larger text is applied by the area's layout, so every expert page changes.
    revalidatePath("/expert", "layout");
    return { message: "How your pages look has been saved." };
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
