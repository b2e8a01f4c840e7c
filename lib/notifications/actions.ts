"use server";
/** Anyone marks their own in-app messages as read. Only rows with their user id change. */
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { homeFor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { recordId } from "@/lib/validation/fields";

const schema = z.object({
  notificationId: recordId().optional(),
  all: z.enum(["yes"]).optional(),
});

export const markNotificationReadAction = defineAction(
  { name: "markNotificationRead", area: ["expert", "coordinator", "academic"], schema },
  async (input, { user }) => {
    if (!input.notificationId && input.all !== "yes")
      throw new ActionError("Choose a message to mark as read.", "INVALID");
    const one = input.all === "yes" ? undefined : input.notificationId;
    const result = await db.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(one ? { id: one } : {}) },
      data: { readAt: new Date() },
    });
    // Someone else's message looks the same as a missing one; one's own, already read, is fine.
    if (one && result.count === 0 && !(await db.notification.count({ where: { id: one, userId: user.id } })))
      throw notFound("That message");
    // The unread count is in the area's navigation, so the whole area's layout is refreshed.
    revalidatePath(homeFor(user.role), "layout");
    return {
      message: one
        ? "Marked as read."
        : `${result.count} ${result.count === 1 ? "message" : "messages"} marked as read.`,
    };
  },
);
