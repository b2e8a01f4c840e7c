import { z } from "zod";

export const id = (message = "Something is missing from this form. Refresh the page and try again.") =>
  z.string({ error: message }).trim().min(1, message).max(64, message);

export const signUpSchema = z.object({
  sessionId: id(),
  waitlist: z.enum(["yes"]).optional(),
});

export const withdrawSchema = z.object({
  bookingId: id(),
  confirm: z.literal("yes", { error: "Confirm that you want to withdraw" }),
});

export const DECISIONS = ["CONFIRMED", "WAITLISTED", "DECLINED"] as const;

export const decideSchema = z.object({
  bookingId: id(),
  decision: z.enum(DECISIONS, { error: "Choose what to do with this request" }),
  message: z.string().trim().max(1000, "The message must be 1,000 characters or fewer").optional().default(""),
});

export const bookDirectlySchema = z.object({
  sessionId: id(),
  expertId: id("Choose an expert to book"),
});

/** Attendance fields are named attendance_<bookingId>; the action reads them off the loose object. */
export const attendanceSchema = z.looseObject({ sessionId: id() });
export const ATTENDANCE_PREFIX = "attendance_";
export const ATTENDANCE_VALUES = ["ATTENDED", "NO_SHOW"] as const;
