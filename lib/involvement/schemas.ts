import { z } from "zod";
import { InvolvementStage, ParticipationLevel } from "@/lib/generated/prisma/enums";
import { fromLondon, londonParts } from "@/lib/time";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { recordId, requiredText } from "@/lib/validation/fields";
import { MAX_MINUTES, MIN_MINUTES, parseHoursToMinutes } from "./hours";

/** "2026-11-23" → the start of that day in London; refuses impossible dates like 31 February. */
function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = fromLondon(year, month, day);
  const back = londonParts(date);
  return back.day === day && back.month === month ? date : null;
}

/** Today in London plus one year: hand-entered involvement can be planned, but not far ahead. */
export function latestAllowedDate(now = new Date()): Date {
  const p = londonParts(now);
  return fromLondon(p.year + 1, p.month, p.day === 29 && p.month === 2 ? 28 : p.day);
}

export const addInvolvementSchema = withDateInputs(
  ["date"],
  z.object({
    moduleId: recordId(),
    // Day, month and year boxes (GOV.UK date input), read into "2026-11-23".
    date: dateInputField({ label: "Date", missing: "Enter the date" }).transform((value, ctx) => {
      const date = parseDay(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Date must be a real date" });
        return z.NEVER;
      }
      if (date > latestAllowedDate()) {
        ctx.addIssue({ code: "custom", message: "The date must be no more than a year from today" });
        return z.NEVER;
      }
      return date;
    }),
    stage: z.enum(InvolvementStage, { error: "Select the stage of the programme" }),
    participationLevel: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(ParticipationLevel, { error: "Select a level of participation from the list" }).optional(),
    ),
    hours: z
      .string({ error: "Enter how many hours" })
      .trim()
      .min(1, "Enter how many hours")
      .max(20, "Enter the hours as a number, like 1.5")
      .transform((value, ctx) => {
        const minutes = parseHoursToMinutes(value);
        if (minutes === null) {
          ctx.addIssue({ code: "custom", message: "Enter the hours as a number, like 1.5" });
          return z.NEVER;
        }
        if (minutes < MIN_MINUTES) {
          ctx.addIssue({ code: "custom", message: "The hours must be at least 0.25 (15 minutes)" });
          return z.NEVER;
        }
        if (minutes > MAX_MINUTES) {
          ctx.addIssue({ code: "custom", message: "The hours must be 24 or fewer. Add a record for each day" });
          return z.NEVER;
        }
        return minutes;
      }),
    description: requiredText(
      2000,
      "Describe what people with lived experience did",
      "The description must be 2000 characters or fewer",
    ),
    expertCount: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce
        .number({ error: "Enter the number of people, like 2" })
        .int("Enter a whole number of people, like 2")
        .min(1, "Enter at least 1 person")
        .max(100, "Enter 100 people or fewer"),
    ),
  }),
);

export const deleteInvolvementSchema = z.object({ recordId: recordId() });
