import { z } from "zod";
import { TrainingCourse } from "@/lib/generated/prisma/enums";
import { londonCalendarDate, parseCalendarDate } from "@/lib/rates/dates";
import { dateInputField, withDateInputs, type DateWords } from "@/lib/validation/date-input";
import { optionalText, recordId } from "@/lib/validation/fields";

/** A calendar day typed in the date boxes that is today or earlier (London). */
const pastDay = (words: DateWords, future: string) =>
  dateInputField(words).transform((text, ctx) => {
    const day = parseCalendarDate(text);
    if (!day) {
      ctx.addIssue({ code: "custom", message: `${words.label} must be a real date` });
      return z.NEVER;
    }
    if (day.getTime() > londonCalendarDate(new Date()).getTime()) {
      ctx.addIssue({ code: "custom", message: future });
      return z.NEVER;
    }
    return day;
  });

export const recordTrainingSchema = withDateInputs(
  ["completedOn"],
  z
    .object({
      expertId: recordId(),
      course: z.enum(TrainingCourse, { error: "Choose the course" }),
      title: optionalText(200, "The name of the course must be 200 characters or fewer"),
      completedOn: pastDay(
        { label: "The date they completed it", missing: "Enter the date they completed it" },
        "The date they completed it must be today or in the past",
      ),
      note: optionalText(1000, "The note must be 1,000 characters or fewer"),
    })
    .superRefine((input, ctx) => {
      if (input.course === "OTHER" && !input.title)
        ctx.addIssue({ code: "custom", path: ["title"], message: "Enter the name of the course" });
    })
    .transform((input) => ({ ...input, title: input.course === "OTHER" ? input.title : "" })),
);

export const deleteTrainingSchema = z.object({ trainingId: recordId() });

export const setInductionDateSchema = withDateInputs(
  ["inductionDate"],
  z.object({
    expertId: recordId(),
    inductionDate: pastDay(
      { label: "The date of their induction", missing: "Enter the date of their induction" },
      "The date of their induction must be today or in the past",
    ),
  }),
);
