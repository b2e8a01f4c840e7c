/** An .ics file for one of the signed-in expert's confirmed sessions. */
import { bookingCalendar, findCalendarBooking } from "@/lib/calendar/booking";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute<"expert", { id: string }>(
  { name: "bookingCalendar", area: "expert", notFound: "Not found" },
  async ({ request, user, params }) => {
    // Someone else's booking gets the same answer as a missing one.
    const booking = await findCalendarBooking({ expertId: user.expertId, bookingId: params.id });
    if (!booking) return null;
    const host = new URL(request.url).hostname || "involve";
    return { type: "calendar", body: bookingCalendar(booking, host), filename: `involve-session-${booking.id}.ics` };
  },
);
