import { getSessionUser } from "@/lib/auth/session";
import { bookingCalendar, findCalendarBooking } from "@/lib/experts/calendar";

/** An .ics file for one of the signed-in expert's confirmed sessions. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, { id }] = await Promise.all([getSessionUser(), params]);
  if (!user)
    return new Response("Sign in to download this calendar file.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  // Someone else's booking, or another role, gets the same answer as a missing one.
  const booking = user.role === "EXPERT" && user.expertId ? await findCalendarBooking(user.expertId, id) : null;
  if (!booking)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const host = new URL(request.url).hostname || "involve";
  return new Response(bookingCalendar(booking, host), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="involve-session-${booking.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
