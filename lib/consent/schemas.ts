import { z } from "zod";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { checkboxGroup, FORM_BROKEN, optionalText, recordId, requiredText } from "@/lib/validation/fields";
import { CONSENT_SCOPES } from "./rules";

const storyFields = {
  title: requiredText(120, "Enter a title for your story", "The title must be 120 characters or fewer"),
  description: optionalText(1000, "The description must be 1,000 characters or fewer"),
  attachedText: optionalText(20000, "The story must be 20,000 characters or fewer"),
};

export const saveStorySchema = z.object({
  storyId: recordId().optional(),
  ...storyFields,
});

export const storyIdSchema = z.object({ storyId: recordId() });

export const withdrawStorySchema = z.object({
  storyId: recordId(),
  confirm: z.literal("yes", { error: FORM_BROKEN }),
});

export const consentIdSchema = z.object({ consentId: recordId() });

const untilField = dateInputField({ label: "The date", missing: "Enter the date" });
const NEW = "new";

/** A date input left empty means "until I withdraw it". */
const optionalUntil = z.unknown().transform((value, ctx) => {
  const empty =
    value === undefined ||
    value === "" ||
    (typeof value === "object" && value !== null && Object.values(value).every((v) => !String(v ?? "").trim()));
  if (empty) return null;
  const parsed = untilField.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Enter a real date" });
    return z.NEVER;
  }
  return parsed.data;
});

export const giveConsentSchema = withDateInputs(
  ["until"],
  z
    .object({
      bookingId: recordId(),
      storyId: z.union([z.literal(NEW), recordId("Choose a story, or add a new one")], {
        error: "Choose a story, or add a new one",
      }),
      newTitle: optionalText(120, "The title must be 120 characters or fewer"),
      newDescription: optionalText(1000, "The description must be 1,000 characters or fewer"),
      scopes: checkboxGroup(z.enum(CONSENT_SCOPES, { error: FORM_BROKEN }), 4).pipe(
        z.array(z.enum(CONSENT_SCOPES)).min(1, "Choose how your story may be used"),
      ),
      named: z.enum(["named", "anonymised"], { error: "Choose whether you are named or anonymised" }),
      until: optionalUntil.optional(),
    })
    .superRefine((v, ctx) => {
      if (v.storyId === NEW && !v.newTitle)
        ctx.addIssue({ code: "custom", path: ["newTitle"], message: "Enter a title for the new story" });
    }),
);
