"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { markAttendance } from "./attendance";
import { correctAttendance } from "./correct-attendance";
import { bookExpertDirectly, decideBooking } from "./decide";
import {
  attendanceSchema,
  bookDirectlySchema,
  correctAttendanceSchema,
  decideSchema,
  signUpSchema,
  withdrawSchema,
} from "./schemas";
import { signUpForSession } from "./sign-up";
import { withdrawBooking } from "./withdraw";

// Bookings show on both sides' pages; refresh both areas rather than guess which pages.
function refresh() {
  revalidatePath("/expert", "layout");
  revalidatePath("/coordinator", "layout");
}

export const signUpForSessionAction = defineAction(
  { name: "signUpForSession", area: "expert", schema: signUpSchema },
  async (input, { user }) => {
    const result = await signUpForSession({ user, ...input });
    refresh();
    return { message: result.message, data: { bookingId: result.bookingId, status: result.status } };
  },
);

export const withdrawBookingAction = defineAction(
  { name: "withdrawBooking", area: "expert", schema: withdrawSchema },
  async (input, { user }) => {
    await withdrawBooking({ user, bookingId: input.bookingId });
    refresh();
    return { message: "You have withdrawn. Thank you for letting us know." };
  },
);

export const decideBookingAction = defineAction(
  { name: "decideBooking", area: "coordinator", schema: decideSchema },
  async (input, { user }) => {
    const result = await decideBooking({ user, ...input });
    refresh();
    const said = { CONFIRMED: "Place confirmed", WAITLISTED: "Put on the waiting list", DECLINED: "Request declined" }[
      input.decision
    ];
    return { message: `${said}. We have let them know.`, warnings: result.warnings };
  },
);

export const bookExpertDirectlyAction = defineAction(
  { name: "bookExpertDirectly", area: "coordinator", schema: bookDirectlySchema },
  async (input, { user }) => {
    const result = await bookExpertDirectly({ user, ...input });
    refresh();
    return {
      message: "Booked. We have let them know.",
      warnings: result.warnings,
      data: { bookingId: result.bookingId },
    };
  },
);

export const markAttendanceAction = defineAction(
  { name: "markAttendance", area: "coordinator", schema: attendanceSchema },
  async (input, { user }) => {
    const result = await markAttendance({ user, sessionId: input.sessionId, answers: input });
    refresh();
    const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;
    return {
      message: `Attendance recorded: ${people(result.attended)} came, ${people(result.noShow)} did not.${result.attended ? " Their payments are ready to check." : ""}`,
    };
  },
);

export const correctAttendanceAction = defineAction(
  { name: "correctAttendance", area: "coordinator", schema: correctAttendanceSchema },
  async (input, { user }) => {
    const result = await correctAttendance({ user, ...input });
    refresh();
    const payment = {
      drafted: " Their payment is ready to check.",
      removed: " Their payment has been removed.",
      none: "",
    }[result.payment];
    return {
      message: `Attendance changed: ${result.name} is now recorded as ${result.attendance === "ATTENDED" ? "having come" : "not having come"}.${payment} We have let them know.`,
    };
  },
);
