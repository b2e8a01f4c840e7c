"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { formatCalendarDate } from "@/lib/rates/dates";
import { trainingName } from "./labels";
import { deleteTraining, recordTraining, setInductionDate } from "./record";
import { deleteTrainingSchema, recordTrainingSchema, setInductionDateSchema } from "./schemas";

export const recordTrainingAction = defineAction(
  { name: "recordTraining", area: "coordinator", schema: recordTrainingSchema },
  async (input, { user }) => {
    await recordTraining({ user, input });
    revalidatePath(`/coordinator/experts/${input.expertId}`);
    return { message: `Recorded: ${trainingName(input)}, completed ${formatCalendarDate(input.completedOn)}.` };
  },
);

export const deleteTrainingAction = defineAction(
  { name: "deleteTraining", area: "coordinator", schema: deleteTrainingSchema },
  async ({ trainingId }, { user }) => {
    const { expertId } = await deleteTraining({ user, trainingId });
    revalidatePath(`/coordinator/experts/${expertId}`);
    return { message: "The training record has been deleted." };
  },
);

export const setInductionDateAction = defineAction(
  { name: "setInductionDate", area: "coordinator", schema: setInductionDateSchema },
  async ({ expertId, inductionDate }, { user }) => {
    await setInductionDate({ user, expertId, inductionDate });
    revalidatePath(`/coordinator/experts/${expertId}`);
    return { message: `Induction date saved: ${formatCalendarDate(inductionDate)}.` };
  },
);
