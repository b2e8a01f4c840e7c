"use server";
/**
 * A coordinator erases the personal details of an expert who has left (lib/erasure/erase.ts);
 * an admin sets how long after leaving the nightly job does it for everyone.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { recordId } from "@/lib/validation/fields";
import { eraseExpert } from "./erase";

const eraseSchema = z.object({
  expertId: recordId(),
  confirm: z.literal("yes", "Confirm that you want to erase this person's details"),
});

export const eraseExpertAction = defineAction(
  { name: "eraseExpert", area: "coordinator", schema: eraseSchema },
  async ({ expertId }, { user }) => {
    await db.$transaction((tx) =>
      eraseExpert({ expertId, partnershipId: user.partnershipId, actorId: user.id, reason: "requested" }, tx),
    );
    revalidatePath("/coordinator/experts");
    // A new address, so the confirmation (?erase=1) is not shown again, and the page says what happened.
    redirect(`/coordinator/experts/${expertId}?done=erased`);
  },
);

/** Whole months, or "never" (only when a coordinator does it). */
const retentionSchema = z.object({
  months: z
    .string({ error: "Choose how long to keep their details" })
    .trim()
    .refine(
      (v) => v === "never" || (/^\d{1,3}$/.test(v) && Number(v) >= 6 && Number(v) <= 120),
      "Enter a whole number of months from 6 to 120, or choose never",
    )
    .transform((v) => (v === "never" ? null : Number(v))),
});

export const setErasureRetentionAction = defineAction(
  { name: "setErasureRetention", area: "admin", schema: retentionSchema },
  async ({ months }, { user }) => {
    const value = months;
    await db.$transaction(async (tx) => {
      const before = await tx.partnership.findUniqueOrThrow({
        where: { id: user.partnershipId },
        select: { eraseLeftExpertsAfterMonths: true },
      });
      await tx.partnership.update({ where: { id: user.partnershipId }, data: { eraseLeftExpertsAfterMonths: value } });
      await audit(
        {
          actorId: user.id,
          action: "partnership.retention.changed",
          entityType: "Partnership",
          entityId: user.partnershipId,
          before: { eraseLeftExpertsAfterMonths: before.eraseLeftExpertsAfterMonths },
          after: { eraseLeftExpertsAfterMonths: value },
        },
        tx,
      );
    });
    revalidatePath("/admin");
    return {
      message:
        value === null
          ? "Saved. Experts' details will be erased only when a coordinator does it."
          : `Saved. Experts' details will be erased ${value} months after they leave.`,
    };
  },
);
