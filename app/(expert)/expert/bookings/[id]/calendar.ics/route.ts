/** An .ics file for one of the signed-in expert's sessions (cancelled ones come as STATUS:CANCELLED). */
import { bookingCalendar } from "@/lib/calendar/booking";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute<"expert", { id: string }>(
  { name: "bookingCalendar", area: "expert", notFound: "Not found" },
  async ({ user, params }) => {
    // Someone else's booking gets the same answer as a missing one.
    const body = await bookingCalendar({ expertId: user.expertId, bookingId: params.id });
    if (!body) return null;
    return { type: "calendar", body, filename: `involve-session-${params.id}.ics` };
  },
);
