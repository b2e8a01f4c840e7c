"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { checkInLink } from "@/lib/bookings/links";
import { formatDate } from "@/lib/format";
import { answerCheckIn } from "./check-in";
import { coordinatorDebriefLink, DEBRIEFS_LIST } from "./links";
import { recordDebrief, updateDebriefNote } from "./record";
import { answerCheckInSchema, recordDebriefSchema, updateDebriefNoteSchema } from "./schemas";

/** The expert answers "How are you feeling after the session?" on the check-in page. */
export const answerCheckInAction = defineAction(
  { name: "answerCheckIn", area: "expert", schema: answerCheckInSchema },
  async ({ bookingId, feeling, checkInNote }, { user }) => {
    const { effect } = await answerCheckIn({ user, bookingId, feeling, note: checkInNote });
    revalidatePath(checkInLink(bookingId));
    revalidatePath("/expert/history");
    const message =
      feeling === "NOT_OK"
        ? effect === "urgent"
          ? "Thank you for telling us. We have told your coordinator, and they will get in touch soon, by the end of the next working day at the latest."
          : "Thank you for telling us. Your coordinator already knows, and will get in touch soon."
        : feeling === "NOT_SURE"
          ? "Thank you for telling us. Your coordinator will get in touch to see how you are."
          : "Thank you for letting us know. We are glad you are OK.";
    return { message };
  },
);

/** The coordinator records that the debrief happened, with a private note. */
export const recordDebriefAction = defineAction(
  { name: "recordDebrief", area: "coordinator", schema: recordDebriefSchema },
  async ({ taskId, doneOn, privateNote }, { user }) => {
    await recordDebrief({ user, taskId, doneOn, privateNote });
    revalidatePath(coordinatorDebriefLink(taskId));
    revalidatePath(DEBRIEFS_LIST);
    revalidatePath("/coordinator");
    return { message: `Debrief recorded as done on ${formatDate(doneOn)}.` };
  },
);

/** The coordinator changes the private note of a debrief (open or done). */
export const updateDebriefNoteAction = defineAction(
  { name: "updateDebriefNote", area: "coordinator", schema: updateDebriefNoteSchema },
  async ({ taskId, privateNote }, { user }) => {
    const { changed } = await updateDebriefNote({ user, taskId, privateNote });
    revalidatePath(coordinatorDebriefLink(taskId));
    return { message: changed ? "Private note saved." : "The note has not changed." };
  },
);
