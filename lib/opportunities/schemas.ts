import { z } from "zod";
import {
  InvolvementStage,
  OpportunityStatus,
  OpportunityType,
  ParticipationLevel,
  PayBasis,
} from "@/lib/generated/prisma/enums";
import { checkbox, moneyInPounds, optionalText, recordId } from "@/lib/validation/fields";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** A select or hidden field that may be left empty (no module; pay not from the rate card). */
const optionalId = z.preprocess(blankToUndefined, recordId().optional());

/** "carer, mental health ,  care leaver" → ["carer", "mental health", "care leaver"], no repeats. */
export function toTags(text: string): string[] {
  const seen = new Map<string, string>();
  for (const raw of text.split(",")) {
    const tag = raw.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

export const opportunityFields = z.object({
  type: z.enum(OpportunityType, { error: "Select the kind of involvement" }),
  /** Required, except for a group meeting, which has none (see groupMeetingShape). */
  stage: z.preprocess(
    blankToUndefined,
    z.enum(InvolvementStage, { error: "Select the stage of the programme" }).optional(),
  ),
  /** Optional: how deep the involvement is meant to go (its sessions' records inherit it). */
  participationLevel: z.preprocess(
    blankToUndefined,
    z.enum(ParticipationLevel, { error: "Select a level of participation from the list" }).optional(),
  ),
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(3, "Enter a title of 3 characters or more")
    .max(150, "The title must be 150 characters or fewer"),
  summary: z
    .string({ error: "Enter a short description" })
    .trim()
    .min(1, "Enter a short description")
    .max(2000, "The description must be 2,000 characters or fewer"),
  whatYouWillDo: z.string().trim().max(4000, "What people will do must be 4,000 characters or fewer").default(""),
  livedExperienceSought: z
    .string()
    .max(500, "Lived experience sought must be 500 characters or fewer")
    .default("")
    .transform(toTags)
    .refine((tags) => tags.length <= 20, "List 20 areas or fewer")
    .refine((tags) => tags.every((t) => t.length <= 60), "Each area must be 60 characters or fewer"),
  moduleId: optionalId,
  /** Blank when the pay comes from the rate card (payFrom "card"); lib/rates/pick.ts decides. */
  /** £0.00 is allowed here only for a group meeting (groupMeetingShape). */
  payRate: z.preprocess(blankToUndefined, moneyInPounds({ what: "the pay rate", example: "25.00", min: 0 }).optional()),
  payFrom: z.preprocess(
    blankToUndefined,
    z.enum(["card", "own"], { error: "Choose the rate card or a different amount" }).optional(),
  ),
  payBasis: z.enum(PayBasis, { error: "Select how the pay is worked out" }),
  /** Set by the rate-card picker when the pay comes from the institution's rate card. */
  rateId: optionalId,
  rateOverrideReason: z.preprocess(
    blankToUndefined,
    z.string().trim().max(500, "The reason must be 500 characters or fewer").optional(),
  ),
  preparationOffered: checkbox,
  preparationMinutes: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Enter preparation time in minutes, for example 30" })
      .int("Enter a whole number of minutes")
      .min(0, "Preparation time cannot be negative")
      .max(600, "Preparation time must be 600 minutes (10 hours) or fewer")
      .default(0),
  ),
  debriefOffered: checkbox,
  // ── Briefing: what the expert reads before signing up and again before the session ──
  whoWillBeThere: optionalText(500, "Who will be there must be 500 characters or fewer"),
  cohortSize: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Enter roughly how many students as a whole number, for example 60" })
      .int("Enter a whole number of students, for example 60")
      .min(1, "Enter 1 or more students, or leave it blank")
      .max(2000, "Enter 2,000 students or fewer")
      .optional(),
  ),
  sensitiveTopic: checkbox,
  sensitiveTopicNote: optionalText(1000, "The note about the topic must be 1,000 characters or fewer"),
  quietRoomOffered: checkbox,
  supporterWelcome: checkbox,
  /** Who the expert contacts: a coordinator of this university (checked in scope.ts). Blank: unchanged, or the author. */
  contactId: optionalId,
});

/** A ticked "may be upsetting" box needs its plain note: the expert reads it before signing up. */
const sensitiveNeedsNote = (value: { sensitiveTopic: boolean; sensitiveTopicNote: string }, ctx: z.RefinementCtx) => {
  if (value.sensitiveTopic && !value.sensitiveTopicNote)
    ctx.addIssue({
      code: "custom",
      path: ["sensitiveTopicNote"],
      message: "Say in a sentence what the session talks about that may be upsetting",
    });
};

/**
 * A group meeting is peer support for the expert cohort: no module and no stage, so it never counts
 * as a module's involvement evidence, and it may be unpaid. Every other kind needs its stage and pay. The database holds the
 * same rule (a CHECK constraint); this gives the coordinator a message instead.
 */
const groupMeetingShape = (
  value: { type: OpportunityType; stage?: InvolvementStage; moduleId?: string; payRate?: number },
  ctx: z.RefinementCtx,
) => {
  if (value.type !== "GROUP_MEETING") {
    if (!value.stage) ctx.addIssue({ code: "custom", path: ["stage"], message: "Select the stage of the programme" });
    if (value.payRate === 0)
      ctx.addIssue({
        code: "custom",
        path: ["payRate"],
        message: "The pay rate must be at least 1p. Only a group meeting can be unpaid",
      });
    return;
  }
  if (value.moduleId)
    ctx.addIssue({
      code: "custom",
      path: ["moduleId"],
      message: 'A group meeting is not part of a module: choose "Not linked to a module"',
    });
  if (value.stage)
    ctx.addIssue({
      code: "custom",
      path: ["stage"],
      message: "A group meeting has no stage of the programme: leave it empty",
    });
};

/**
 * Runs even when other fields failed (a missing stage is reported with a missing title), as long as
 * the fields it reads are themselves valid.
 */
const shapeFieldsValid = {
  when: ({ issues }: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !issues.some((issue) => ["type", "stage", "moduleId", "payRate"].includes(String(issue.path?.[0]))),
};

export const opportunitySchema = opportunityFields
  .superRefine(sensitiveNeedsNote)
  .superRefine(groupMeetingShape, shapeFieldsValid);

export type OpportunityInput = z.output<typeof opportunityFields>;

export const updateOpportunitySchema = opportunityFields
  .extend({ opportunityId: recordId() })
  .superRefine(sensitiveNeedsNote)
  .superRefine(groupMeetingShape, shapeFieldsValid);

export const opportunityIdSchema = z.object({ opportunityId: recordId() });

export const cancelOpportunitySchema = opportunityIdSchema.extend({
  reason: z
    .string({ error: "Say why it is cancelled" })
    .trim()
    .min(1, "Say why it is cancelled")
    .max(1000, "The reason must be 1,000 characters or fewer"),
  confirm: z.literal("yes", { error: "Confirm that you want to cancel this opportunity" }),
});

/** List filters from searchParams; anything unrecognised is ignored rather than an error. */
export const opportunityFilters = z.object({
  status: z.enum(OpportunityStatus).optional().catch(undefined),
  type: z.enum(OpportunityType).optional().catch(undefined),
  stage: z.enum(InvolvementStage).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(["next", "created"]).optional().catch(undefined),
});
export type OpportunityFilters = z.output<typeof opportunityFilters>;
