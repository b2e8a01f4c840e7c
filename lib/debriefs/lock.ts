import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { findCheckInBooking } from "@/lib/bookings/debrief";
import type { DbClient } from "@/lib/db";

/**
 * The expert's own finished booking, locked for the rest of the transaction: two clicks at once
 * (or an ask and a check-in answer) queue here, so each sees what the other did.
 */
export async function lockOwnFinishedBooking(
  { expertId, bookingId }: { expertId: string; bookingId: string },
  tx: DbClient,
) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Booking" WHERE id = ${bookingId} AND "expertId" = ${expertId} FOR UPDATE`;
  if (!locked.length) throw notFound("That session");
  const booking = await findCheckInBooking({ expertId, bookingId }, tx);
  if (!booking) throw new ActionError("You can do this after the session has taken place.");
  return booking;
}
