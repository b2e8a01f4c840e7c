import { z } from "zod";
import { InvolvementStage, OpportunityType } from "@/lib/generated/prisma/enums";
import { noNul, optionalText, recordId, requiredText, UNUSUAL } from "@/lib/validation/fields";

export const requestInvolvementSchema = z.object({
  moduleId: recordId("Select the module"),
  // A group meeting is the expert cohort's own, never a module's: it cannot be requested for one.
  type: z.enum(OpportunityType).exclude(["GROUP_MEETING"], { error: "Select the kind of involvement" }),
  stage: z.enum(InvolvementStage, { error: "Select the stage of the programme" }),
  title: z
    .string({ error: "Enter a short title" })
    .trim()
    .min(3, "Enter a short title of 3 characters or more")
    .max(120, "The title must be 120 characters or fewer")
    .refine(noNul, UNUSUAL),
  description: requiredText(
    2000,
    "Describe what you would like people to do",
    "The description must be 2000 characters or fewer",
  ),
  preferredDates: optionalText(500, "Preferred dates must be 500 characters or fewer"),
  placesWanted: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: "Enter how many people you would like, from 1 to 50" })
      .int("Enter a whole number of people")
      .min(1, "Enter at least 1 person")
      .max(50, "Enter 50 people or fewer"),
  ),
});
