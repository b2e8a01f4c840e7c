"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { giveConsent } from "./consents";
import { consentIdSchema, giveConsentSchema, saveStorySchema, storyIdSchema, withdrawStorySchema } from "./schemas";
import { deleteStory, saveStory } from "./stories";
import { markTakenDown, withdrawStoryConsent } from "./withdrawal";

export const saveStoryAction = defineAction(
  { name: "saveStory", area: "expert", schema: saveStorySchema },
  async ({ storyId, ...story }, { user }) => {
    await saveStory({ user, storyId: storyId ?? null, story });
    revalidatePath("/expert/stories");
    return { message: storyId ? "Your story has been saved." : `“${story.title}” has been added to your stories.` };
  },
);

export const deleteStoryAction = defineAction(
  { name: "deleteStory", area: "expert", schema: storyIdSchema },
  async ({ storyId }, { user }) => {
    await deleteStory({ user, storyId });
    revalidatePath("/expert/stories");
    redirect("/expert/stories");
  },
);

export const giveConsentAction = defineAction(
  { name: "giveConsent", area: "expert", schema: giveConsentSchema },
  async (input, { user }) => {
    const isNew = input.storyId === "new";
    await giveConsent({
      user,
      input: {
        bookingId: input.bookingId,
        storyId: isNew ? null : input.storyId,
        newStory: isNew ? { title: input.newTitle, description: input.newDescription, attachedText: "" } : null,
        scopes: input.scopes,
        named: input.named === "named",
        until: input.until ?? null,
      },
    });
    revalidatePath("/expert/stories");
    return { message: "Thank you. Your consent has been recorded and your coordinator has been told." };
  },
);

export const withdrawConsentAction = defineAction(
  { name: "withdrawConsent", area: "expert", schema: withdrawStorySchema },
  async ({ storyId }, { user }) => {
    const { withdrawn } = await withdrawStoryConsent({ user, storyId });
    revalidatePath("/expert/stories");
    return {
      message:
        withdrawn === 0
          ? "Your consent for this story was already withdrawn. There is nothing more to do."
          : "Your consent has been withdrawn. We have told your coordinator and the module's academic what must be taken down.",
    };
  },
);

export const markTakenDownAction = defineAction(
  { name: "markTakenDown", area: "coordinator", schema: consentIdSchema },
  async ({ consentId }, { user }) => {
    const { already } = await markTakenDown({ user, consentId });
    revalidatePath("/coordinator/consents");
    return { message: already ? "This was already marked as taken down." : "Marked as taken down." };
  },
);
