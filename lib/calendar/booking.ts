/** "Add to calendar" for one of the signed-in expert's confirmed sessions. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { formatMinutes } from "@/lib/format";
import { buildCalendar } from "./ics";

/** Null unless the booking is this expert's and confirmed: others' bookings look the same as missing ones. */
export async function findCalendarBooking(
  { expertId, bookingId }: { expertId: string; bookingId: string },
  db: DbClient = defaultDb,
) {
  return db.booking.findFirst({
    where: { id: bookingId, expertId, status: "CONFIRMED", session: { cancelledAt: null } },
    select: {
      id: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          accessInfo: true,
          opportunity: {
            select: {
              title: true,
              whatYouWillDo: true,
              preparationOffered: true,
              preparationMinutes: true,
              debriefOffered: true,
              contact: { select: { name: true, email: true, phone: true } },
            },
          },
        },
      },
    },
  });
}

type CalendarBooking = NonNullable<Awaited<ReturnType<typeof findCalendarBooking>>>;

export function bookingCalendar(booking: CalendarBooking, host: string, now = new Date()): string {
  const { session } = booking;
  const { opportunity } = session;
  const contact = opportunity.contact;
  const description = [
    opportunity.whatYouWillDo && `What you will do: ${opportunity.whatYouWillDo}`,
    opportunity.preparationOffered &&
      `Preparation is offered${opportunity.preparationMinutes ? ` (${formatMinutes(opportunity.preparationMinutes)}, paid)` : ""}.`,
    opportunity.debriefOffered && "A debrief is offered afterwards.",
    session.accessInfo && `Access: ${session.accessInfo}`,
    session.onlineUrl && `Online link: ${session.onlineUrl}`,
    contact && `Your contact: ${[contact.name, contact.email, contact.phone].filter(Boolean).join(", ")}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return buildCalendar({
    uid: `booking-${booking.id}@${host}`,
    stamp: now,
    start: session.startsAt,
    end: session.endsAt,
    summary: opportunity.title,
    location: session.location || (session.onlineUrl ? "Online" : undefined),
    url: session.onlineUrl || undefined,
    description,
  });
}
