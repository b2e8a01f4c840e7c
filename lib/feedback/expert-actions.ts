"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { expertFeedbackSchema } from "./expert-schemas";
import { feedbackLink, giveExpertFeedback } from "./expert-feedback";

export const giveExpertFeedbackAction = defineAction(
  { name: "giveExpertFeedback", area: "expert", schema: expertFeedbackSchema },
  async (input, { user }) => {
    const { updated } = await giveExpertFeedback({ user, input });
    revalidatePath(feedbackLink(input.bookingId));
    revalidatePath("/expert/history");
    return {
      message: updated
        ? "Your feedback has been updated. Thank you."
        : "Thank you. Your feedback has been saved, and it helps us do better.",
    };
  },
);
