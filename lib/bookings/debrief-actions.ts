"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { askForDebrief } from "@/lib/debriefs/ask";
import { optionalText, recordId } from "@/lib/validation/fields";
import { checkInLink } from "./links";

const schema = z.object({
  bookingId: recordId(),
  note: optionalText(1000, "Your message must be 1,000 characters or fewer"),
});

/** The expert asks for a debrief (check-in page, history, opportunity page): a task for the coordinators. */
export const askForDebriefAction = defineAction(
  { name: "askForDebrief", area: "expert", schema },
  async ({ bookingId, note }, { user }) => {
    const { alreadyAsked } = await askForDebrief({ user, bookingId, note });
    revalidatePath(checkInLink(bookingId));
    revalidatePath("/expert/history");
    return {
      message: alreadyAsked
        ? "You have already asked for a debrief. Your coordinator will be in touch."
        : "Thank you. We have told your coordinator, and they will be in touch soon.",
    };
  },
);
