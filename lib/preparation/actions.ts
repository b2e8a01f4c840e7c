"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { setSupporterTravel, updateMyBookingChoices } from "./booking-choices";
import { myBookingChoicesSchema, supporterTravelSchema } from "./schemas";

export const updateMyBookingChoicesAction = defineAction(
  { name: "updateMyBookingChoices", area: "expert", schema: myBookingChoicesSchema },
  async (input, { user }) => {
    const { opportunityId } = await updateMyBookingChoices({ user, ...input });
    revalidatePath(`/expert/opportunities/${opportunityId}`);
    revalidatePath("/coordinator", "layout");
    revalidatePath("/academic", "layout");
    return { message: "Saved. Thank you for letting us know." };
  },
);

export const setSupporterTravelAction = defineAction(
  { name: "setSupporterTravel", area: "coordinator", schema: supporterTravelSchema },
  async (input, { user }) => {
    const { sessionId } = await setSupporterTravel({ user, ...input });
    revalidatePath(`/coordinator/sessions/${sessionId}`);
    revalidatePath("/expert", "layout");
    return {
      message: input.supporterTravelClaimable
        ? "Saved: their supporter's travel can be claimed. We have let them know."
        : "Saved: their supporter's travel cannot be claimed. We have let them know.",
    };
  },
);
