"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { breakUntilText, endBreak, endBreakForExpert, takeBreak } from "./break";
import { endBreakSchema, endExpertBreakSchema, takeBreakSchema } from "./schemas";

export const takeBreakAction = defineAction(
  { name: "takeBreak", area: "expert", schema: takeBreakSchema },
  async ({ breakUntil, updates }, { user }) => {
    const { changed } = await takeBreak({ user, breakUntil, updates });
    revalidatePath("/expert");
    revalidatePath("/expert/break");
    return {
      message: changed
        ? `Your break has been changed. You are on a break ${breakUntilText(breakUntil)}.`
        : `You are on a break ${breakUntilText(breakUntil)}. Take care. We will not offer you anything new until you are back.`,
    };
  },
);

export const endBreakAction = defineAction(
  { name: "endBreak", area: "expert", schema: endBreakSchema },
  async (_input, { user }) => {
    await endBreak({ user });
    revalidatePath("/expert");
    revalidatePath("/expert/break");
    // The banner holding the button goes away, so the welcome is said on the home page.
    redirect("/expert?done=back");
  },
);

export const endExpertBreakAction = defineAction(
  { name: "endExpertBreak", area: "coordinator", schema: endExpertBreakSchema },
  async ({ expertId }, { user }) => {
    const { name } = await endBreakForExpert({ user, expertId });
    revalidatePath(`/coordinator/experts/${expertId}`);
    revalidatePath("/coordinator/experts");
    return { message: `${name}'s break has ended. We have told them.` };
  },
);
