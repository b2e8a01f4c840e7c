import { z } from "zod";
import { optionalText, recordId, requiredText } from "@/lib/validation/fields";
import { bookingChoicesFields } from "@/lib/preparation/schemas";

/** The session or booking a form is about (a hidden field). */
const formRecord = () => recordId("Something is missing from this form. Refresh the page and try again.");

export const signUpSchema = z.object({
  sessionId: formRecord(),
  waitlist: z.enum(["yes"]).optional(),
  // Asked on sign-up (lib/preparation): a supporter coming, and sharing access needs with the academic.
  ...bookingChoicesFields,
});

export const withdrawSchema = z.object({
  bookingId: formRecord(),
  confirm: z.literal("yes", { error: "Confirm that you want to withdraw" }),
});

export const DECISIONS = ["CONFIRMED", "WAITLISTED", "DECLINED"] as const;

export const decideSchema = z.object({
  bookingId: formRecord(),
  decision: z.enum(DECISIONS, { error: "Choose what to do with this request" }),
  message: optionalText(1000, "The message must be 1,000 characters or fewer"),
});

export const bookDirectlySchema = z.object({
  sessionId: formRecord(),
  expertId: recordId("Choose an expert to book"),
});

/** Attendance fields are named attendance_<bookingId>; the action reads them off the loose object. */
export const attendanceSchema = z.looseObject({ sessionId: formRecord() });
export const ATTENDANCE_PREFIX = "attendance_";
export const ATTENDANCE_VALUES = ["ATTENDED", "NO_SHOW"] as const;

export const correctAttendanceSchema = z.object({
  bookingId: formRecord(),
  attendance: z.enum(ATTENDANCE_VALUES, { error: "Select whether they came" }),
  reason: requiredText(500, "Say why you are changing the attendance", "The reason must be 500 characters or fewer"),
});
