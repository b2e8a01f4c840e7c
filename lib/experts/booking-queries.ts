/** One of the signed-in expert's own bookings, for the withdraw confirmation page. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export const WITHDRAWABLE = ["REQUESTED", "CONFIRMED", "WAITLISTED"] as const;

export async function findOwnBooking(expertId: string, bookingId: string, db: DbClient = defaultDb) {
  return db.booking.findFirst({
    where: { id: bookingId, expertId },
    select: {
      id: true,
      status: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          cancelledAt: true,
          opportunity: {
            select: { id: true, title: true, contact: { select: { name: true, email: true, phone: true } } },
          },
        },
      },
    },
  });
}
