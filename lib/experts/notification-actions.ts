"use server";
/** An expert marks their own in-app messages as read. Only rows with their user id change. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";

const schema = z.object({
  notificationId: z.string().trim().max(40).optional(),
  all: z.enum(["yes"]).optional(),
});

export const markNotificationReadAction = defineAction({ roles: ["EXPERT"], schema }, async (input, { user }) => {
  if (!input.notificationId && input.all !== "yes") throw new ActionError("Choose a message to mark as read.", "INVALID");
  const result = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(input.all === "yes" ? {} : { id: input.notificationId }) },
    data: { readAt: new Date() },
  });
  revalidatePath("/expert");
  return { message: result.count === 1 ? "Marked as read." : `${result.count} messages marked as read.` };
});
