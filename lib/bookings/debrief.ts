/**
 * The expert's side of a session that has taken place: the check-in page ("how are you feeling?",
 * "I'd like a debrief") reads the booking here. Asking for a debrief and answering the check-in
 * make a debrief task for a coordinator (lib/debriefs/). The expert sees whether a debrief was
 * asked for, by when, and when it was done — never the coordinator's private note.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export const DEBRIEF_REQUESTED = "booking.debrief_requested";

/** The expert's own attended (or finished, confirmed) booking, with its check-in answer and debrief. */
export async function findCheckInBooking(
  { expertId, bookingId, now = new Date() }: { expertId: string; bookingId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const booking = await db.booking.findFirst({
    where: {
      id: bookingId,
      expertId,
      OR: [{ status: "ATTENDED" }, { status: "CONFIRMED", session: { endsAt: { lt: now } } }],
    },
    select: {
      id: true,
      checkInFeeling: true,
      checkInAnsweredAt: true,
      // Never privateNote: that is for coordinators only.
      debriefTask: { select: { reason: true, requestedByExpert: true, dueOn: true, doneAt: true, createdAt: true } },
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          opportunity: {
            select: {
              id: true,
              title: true,
              institutionId: true,
              contactId: true,
              debriefOffered: true,
              sensitiveTopic: true,
              contact: { select: { name: true, email: true, phone: true } },
            },
          },
        },
      },
    },
  });
  if (!booking) return null;
  const asked = await db.auditEvent.findFirst({
    where: { entityType: "Booking", entityId: booking.id, action: DEBRIEF_REQUESTED },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // The latest ask (an expert may ask again after a debrief); a task made without an audited ask
  // (the demo data) falls back to when the task was made.
  const askedAt = booking.debriefTask?.requestedByExpert ? (asked?.createdAt ?? booking.debriefTask.createdAt) : null;
  return { ...booking, debriefAskedAt: askedAt };
}

export type CheckInBooking = NonNullable<Awaited<ReturnType<typeof findCheckInBooking>>>;
