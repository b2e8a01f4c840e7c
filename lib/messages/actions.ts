"use server";
/**
 * How each person wants to hear from Involve, and coordinators recording a phone call made from
 * the call list. Both write an audit event in the same transaction as the change.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, MESSAGES } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { homeFor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { phone } from "@/lib/experts/schemas";
import { recordId } from "@/lib/validation/fields";
import { messagesPath } from "./links";
import { messageScope } from "./queries";

const CHOOSE = "Choose how you would like us to contact you";

const contactSchema = z.object({
  contactPreference: z.enum(["EMAIL", "IN_APP", "PHONE"], { error: CHOOSE }),
  /** Staff only: experts keep their phone number on their profile. */
  phone,
});

const SAVED = {
  EMAIL: "Saved. We will email you, and you will see each message here too.",
  IN_APP: "Saved. We will tell you things only inside Involve, apart from emails about your account's security.",
  PHONE: "Saved. We will phone you instead of emailing, and you will see each message here too.",
} as const;

export const updateContactPreferenceAction = defineAction(
  { name: "updateContactPreference", area: ["expert", "coordinator", "academic"], schema: contactSchema },
  async (input, { user }) => {
    const staff = user.role !== "EXPERT";
    await db.$transaction(async (tx) => {
      const current = await tx.user.findUnique({
        where: { id: user.id },
        select: { contactPreference: true, phone: true },
      });
      if (!current) throw notFound("Your account");
      const newPhone = staff ? input.phone : current.phone;
      if (input.contactPreference === "PHONE" && !newPhone?.trim()) {
        throw new ActionError(
          MESSAGES.invalid,
          "INVALID",
          staff
            ? { phone: ["Enter a phone number so we can phone you, or choose another way to hear from us"] }
            : {
                contactPreference: [
                  "We do not have a phone number for you. Add one on your profile page (My profile), or choose another way",
                ],
              },
        );
      }
      const phoneChanged = staff && (current.phone ?? null) !== newPhone;
      if (current.contactPreference === input.contactPreference && !phoneChanged) return;
      await tx.user.update({
        where: { id: user.id },
        data: { contactPreference: input.contactPreference, ...(phoneChanged ? { phone: newPhone } : {}) },
      });
      // The phone number itself is not copied into the audit trail, only that it changed.
      await audit(
        {
          actorId: user.id,
          action: "user.contactPreference.updated",
          entityType: "User",
          entityId: user.id,
          before: { contactPreference: current.contactPreference },
          after: { contactPreference: input.contactPreference, ...(phoneChanged ? { phoneChanged: true } : {}) },
        },
        tx,
      );
    });
    revalidatePath(messagesPath(user.role));
    return { message: SAVED[input.contactPreference] };
  },
);

const phonedSchema = z.object({ messageId: recordId() });

export const markPhonedAction = defineAction(
  { name: "markPhoned", area: "coordinator", schema: phonedSchema },
  async (input, { user }) => {
    const scope = messageScope({ institutionId: user.institutionId, partnershipId: user.partnershipId });
    await db.$transaction(async (tx) => {
      // The status is in the WHERE: of two coordinators pressing at once, only one changes it.
      const done = await tx.message.updateMany({
        where: { AND: [{ id: input.messageId, status: "TO_CALL" }, scope] },
        data: { status: "CALLED", calledById: user.id },
      });
      if (done.count !== 1) {
        const existing = await tx.message.findFirst({
          where: { AND: [{ id: input.messageId }, scope] },
          select: { status: true },
        });
        if (!existing) throw notFound("That message");
        throw new ActionError(
          existing.status === "CALLED"
            ? "Someone has already marked this call as made."
            : "This message is not waiting for a phone call.",
          "CONFLICT",
        );
      }
      await audit(
        {
          actorId: user.id,
          action: "message.phoned",
          entityType: "Message",
          entityId: input.messageId,
          before: { status: "TO_CALL" },
          after: { status: "CALLED" },
        },
        tx,
      );
    });
    revalidatePath(homeFor(user.role), "layout");
    redirect("/coordinator/call-list?done=phoned");
  },
);
