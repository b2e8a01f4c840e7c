"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { feedbackSessionWhere } from "./queries";
import { giveFeedbackSchema } from "./schemas";

/** One feedback per person per session: giving it again changes what they said before. */
export const giveFeedbackAction = defineAction(
  { name: "giveFeedback", area: "academic", schema: giveFeedbackSchema },
  async (input, { user }) => {
    const updated = await db.$transaction(async (tx) => {
      const session = await tx.session.findFirst({
        where: { id: input.sessionId, ...feedbackSessionWhere(user) },
        select: { id: true },
      });
      if (!session) {
        throw new ActionError(
          "You can give feedback only on sessions of your modules that have taken place.",
          "NOT_FOUND",
        );
      }
      const before = await tx.feedback.findUnique({
        where: { sessionId_authorId: { sessionId: session.id, authorId: user.id } },
        select: { rating: true, text: true, shareWithExperts: true },
      });
      const saved = await tx.feedback.upsert({
        where: { sessionId_authorId: { sessionId: session.id, authorId: user.id } },
        create: {
          sessionId: session.id,
          authorId: user.id,
          authorRole: "ACADEMIC",
          rating: input.rating,
          text: input.text,
          shareWithExperts: input.shareWithExperts,
        },
        update: { rating: input.rating, text: input.text, shareWithExperts: input.shareWithExperts },
        select: { id: true },
      });
      await audit(
        {
          actorId: user.id,
          action: before ? "feedback.update" : "feedback.create",
          entityType: "Feedback",
          entityId: saved.id,
          before: before ?? undefined,
          after: {
            sessionId: session.id,
            rating: input.rating,
            text: input.text,
            shareWithExperts: input.shareWithExperts,
          },
        },
        tx,
      );
      return Boolean(before);
    });
    revalidatePath("/academic/feedback");
    revalidatePath(`/academic/feedback/${input.sessionId}`);
    revalidatePath("/expert/history");
    return {
      message: updated ? "Your feedback has been updated. Thank you." : "Thank you. Your feedback has been saved.",
    };
  },
);
