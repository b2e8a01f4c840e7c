import { z } from "zod";
import { parseLondonDateTime } from "@/lib/time";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { recordId } from "@/lib/validation/fields";

const blank = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : v);

const sessionFields = z
  .object({
    // Day, month and year boxes (GOV.UK date input), read into "2026-11-23".
    date: dateInputField({ label: "Date of the session", missing: "Enter the date of the session" }),
    startTime: z
      .string({ error: "Enter the start time" })
      .trim()
      .min(1, "Enter the start time")
      .max(10, "Enter the start time, for example 10:00"),
    endTime: z
      .string({ error: "Enter the end time" })
      .trim()
      .min(1, "Enter the end time")
      .max(10, "Enter the end time, for example 12:00"),
    location: z.string().trim().max(300, "The place must be 300 characters or fewer").default(""),
    onlineUrl: z.preprocess(
      blank,
      z
        .url({ protocol: /^https$/, error: "Enter an online link that starts with https://" })
        .max(500, "The online link must be 500 characters or fewer")
        .optional(),
    ),
    accessInfo: z.string().trim().max(2000, "Access information must be 2,000 characters or fewer").default(""),
    places: z.preprocess(
      blank,
      z.coerce
        .number({ error: "Enter the number of places" })
        .int("Enter a whole number of places")
        .min(1, "A session needs at least 1 place")
        .max(200, "A session can have 200 places at most"),
    ),
  })
  .transform((v, ctx) => {
    const dayOk = parseLondonDateTime(v.date, "12:00") !== null;
    const startsAt = dayOk ? parseLondonDateTime(v.date, v.startTime) : null;
    if (!dayOk) ctx.addIssue({ code: "custom", path: ["date"], message: "Date of the session must be a real date" });
    else if (!startsAt)
      ctx.addIssue({ code: "custom", path: ["startTime"], message: "Enter the start time, for example 10:00" });
    const endsAt = dayOk ? parseLondonDateTime(v.date, v.endTime) : null;
    if (dayOk && !endsAt)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Enter the end time, for example 12:00" });
    if (startsAt && endsAt && endsAt <= startsAt)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end time must be after the start time" });
    if (!v.location && !v.onlineUrl)
      ctx.addIssue({ code: "custom", path: ["location"], message: "Enter where the session is, or an online link" });
    if (!startsAt || !endsAt || endsAt <= startsAt || (!v.location && !v.onlineUrl)) return z.NEVER;
    return {
      startsAt,
      endsAt,
      location: v.location,
      onlineUrl: v.onlineUrl ?? "",
      accessInfo: v.accessInfo,
      places: v.places,
    };
  });

/** The session or opportunity a form is about (a hidden field). */
const formRecord = () => recordId("Something is missing from this form. Refresh the page and try again.");

export const addSessionSchema = withDateInputs(
  ["date"],
  z.intersection(z.object({ opportunityId: formRecord() }), sessionFields),
);
export const updateSessionSchema = withDateInputs(
  ["date"],
  z.intersection(z.object({ sessionId: formRecord() }), sessionFields),
);
export const cancelSessionSchema = z.object({
  sessionId: formRecord(),
  reason: z.string().trim().max(1000, "The message must be 1,000 characters or fewer").default(""),
  confirm: z.literal("yes", { error: "Confirm that you want to cancel this session" }),
});

export type SessionInput = z.output<typeof sessionFields>;
