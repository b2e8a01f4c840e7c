import { z } from "zod";
import { InvolvementStage, OpportunityType } from "@/lib/generated/prisma/enums";
import { noNul, recordId, requiredText, UNUSUAL } from "@/lib/validation/fields";

/** An expert's idea for involvement: what, why, which stage, at which university, maybe for a group. */
export const proposeInvolvementSchema = z.object({
  institutionId: recordId("Select the university"),
  // A group meeting is the coordinators' to call, not an idea for a programme.
  type: z.enum(OpportunityType).exclude(["GROUP_MEETING"], { error: "Select the kind of involvement" }),
  stage: z.enum(InvolvementStage, { error: "Select the stage of the programme" }),
  title: z
    .string({ error: "Enter a short title" })
    .trim()
    .min(3, "Enter a short title of 3 characters or more")
    .max(120, "The title must be 120 characters or fewer")
    .refine(noNul, UNUSUAL),
  what: requiredText(
    2000,
    "Say what you would like to do",
    "What you would like to do must be 2000 characters or fewer",
  ),
  why: requiredText(2000, "Say why it would help students", "Why it would help must be 2000 characters or fewer"),
  /** Proposed for one of the expert's own partner groups; blank for themselves. */
  partnerId: z.preprocess((v) => (v === "" ? undefined : v), recordId().optional()),
});
