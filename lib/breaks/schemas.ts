import { z } from "zod";
import { BreakUpdates } from "@/lib/generated/prisma/enums";
import { parseCalendarDate } from "@/lib/rates/dates";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { recordId } from "@/lib/validation/fields";
import { breakToday } from "./status";

/**
 * "Until a date" needs a real day after today (London); "until I say" needs none. The date boxes
 * are read only when "until a date" is chosen, so leftover typing in them is ignored otherwise.
 */
export const takeBreakSchema = withDateInputs(
  ["breakUntil"],
  z
    .object({
      until: z.enum(["DATE", "OPEN"], { error: "Choose how long your break is" }),
      breakUntil: z.unknown().optional(),
      updates: z.enum(BreakUpdates, { error: "Choose what you would like to hear about" }),
    })
    .transform((input, ctx) => {
      if (input.until === "OPEN") return { breakUntil: null, updates: input.updates };
      const parsed = dateInputField({
        label: "The last day of your break",
        missing: "Enter the last day of your break",
      }).safeParse(input.breakUntil);
      const day = parsed.success ? parseCalendarDate(parsed.data) : null;
      if (!parsed.success || !day) {
        ctx.addIssue({
          code: "custom",
          path: ["breakUntil"],
          message: parsed.success ? "The last day of your break must be a real date" : parsed.error.issues[0].message,
        });
        return z.NEVER;
      }
      if (day.getTime() <= breakToday(new Date()).getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["breakUntil"],
          message: "The last day of your break must be in the future",
        });
        return z.NEVER;
      }
      return { breakUntil: day, updates: input.updates };
    }),
);

export const endBreakSchema = z.object({});
export const endExpertBreakSchema = z.object({ expertId: recordId() });
