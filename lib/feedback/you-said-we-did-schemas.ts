import { z } from "zod";
import { recordId, requiredText } from "@/lib/validation/fields";

const fields = {
  youSaid: requiredText(1000, "Enter what experts said", "“You said” must be 1,000 characters or fewer"),
  weDid: requiredText(1000, "Enter what you did about it", "“We did” must be 1,000 characters or fewer"),
};

export const publishYouSaidWeDidSchema = z.object(fields);
export const updateYouSaidWeDidSchema = z.object({ id: recordId(), ...fields });
export const deleteYouSaidWeDidSchema = z.object({
  id: recordId(),
  confirm: z.literal("yes", { error: "Tick the box to confirm you want to delete this" }),
});
