import { z } from "zod";
import { Wellbeing } from "@/lib/generated/prisma/enums";
import { fromLondon, londonParts } from "@/lib/time";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { optionalText, recordId } from "@/lib/validation/fields";

export const PRIVATE_NOTE_MAX = 5000;

export const answerCheckInSchema = z.object({
  bookingId: recordId(),
  feeling: z.enum(Wellbeing, { error: "Select how you are feeling" }),
  // Not "note": the debrief form on the same page has one, and field ids must be unique.
  checkInNote: optionalText(1000, "Your message must be 1,000 characters or fewer"),
});

const privateNote = optionalText(PRIVATE_NOTE_MAX, "The note must be 5,000 characters or fewer");

/**
 * The day the debrief happened ("2026-11-23"), as midday in London that day (never later than
 * now): today or earlier, never in the future.
 */
const doneOn = dateInputField({ label: "The date of the debrief", missing: "Enter the date of the debrief" }).transform(
  (iso, ctx) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    const today = londonParts(new Date());
    const asNumber = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
    if (asNumber(year, month, day) > asNumber(today.year, today.month, today.day)) {
      ctx.addIssue({ code: "custom", message: "The date of the debrief must be today or in the past" });
      return z.NEVER;
    }
    if (year < 2000) {
      ctx.addIssue({ code: "custom", message: "The date of the debrief must be a real date" });
      return z.NEVER;
    }
    const midday = fromLondon(year, month, day, 12);
    const now = new Date();
    return midday > now ? now : midday;
  },
);

export const recordDebriefSchema = withDateInputs(["doneOn"], z.object({ taskId: recordId(), doneOn, privateNote }));

export const updateDebriefNoteSchema = z.object({ taskId: recordId(), privateNote });
