"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { inviteToApply } from "./invite";
import { inviteToApplySchema } from "./schemas";

export const inviteToApplyAction = defineAction(
  { name: "inviteToApply", area: "coordinator", schema: inviteToApplySchema },
  async ({ sessionId, expertId }, { user }) => {
    const { name } = await inviteToApply({ user, sessionId, expertId });
    revalidatePath(`/coordinator/sessions/${sessionId}/suggestions`);
    return { message: `${name} has been invited to ask for a place.` };
  },
);
