/**
 * "Add to calendar" for one of the signed-in expert's sessions: the same event, made by the
 * same code, as in their subscription feed (same UID, so the two never double up). After a
 * withdrawal or a cancellation it answers with the event as STATUS:CANCELLED, so opening the
 * file again takes the session out of the calendar.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { findExpertCalendarEntries } from "./entries";
import { buildCalendar } from "./events";

/**
 * Null unless the booking is this expert's and was confirmed at some point: others' bookings,
 * and requests never confirmed, look the same as missing ones.
 */
export async function bookingCalendar(
  { expertId, bookingId }: { expertId: string; bookingId: string },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const entries = await findExpertCalendarEntries({ expertId, bookingId }, db);
  return entries.length ? buildCalendar({ name: "Involve", entries }) : null;
}
