/**
 * Debriefs as the expert sees them: whether they asked, by when someone will be in touch, and
 * when it was done. Never the coordinator's private note, never another expert's task.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

const expertTaskSelect = {
  bookingId: true,
  reason: true,
  requestedByExpert: true,
  dueOn: true,
  doneAt: true,
  booking: { select: { session: { select: { opportunity: { select: { contact: { select: { name: true } } } } } } } },
} as const;

export type ExpertDebrief = {
  requestedByExpert: boolean;
  reason: "ASKED" | "SENSITIVE_SESSION";
  dueOn: Date;
  doneAt: Date | null;
  /** The session's named contact, who will be in touch. */
  contactName?: string | null;
};

/** The expert's own tasks for these bookings, by booking id (for the history list). */
export async function debriefsForBookings(
  { expertId, bookingIds }: { expertId: string; bookingIds: readonly string[] },
  db: DbClient = defaultDb,
): Promise<Map<string, ExpertDebrief>> {
  if (!bookingIds.length) return new Map();
  const tasks = await db.debriefTask.findMany({
    where: { expertId, bookingId: { in: [...bookingIds] } },
    select: expertTaskSelect,
  });
  return new Map(
    tasks.map(({ bookingId, booking, ...t }) => [
      bookingId,
      { ...t, contactName: booking.session.opportunity.contact?.name ?? null },
    ]),
  );
}

/** The expert's finished sessions of one opportunity (newest first), each with its debrief, if any. */
export async function finishedSessionsWithDebrief(
  { expertId, opportunityId, now = new Date() }: { expertId: string; opportunityId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const bookings = await db.booking.findMany({
    where: {
      expertId,
      session: { opportunityId, cancelledAt: null },
      OR: [{ status: "ATTENDED" }, { status: "CONFIRMED", session: { endsAt: { lt: now } } }],
    },
    orderBy: [{ session: { startsAt: "desc" } }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      checkInFeeling: true,
      session: { select: { startsAt: true, endsAt: true } },
      debriefTask: { select: { reason: true, requestedByExpert: true, dueOn: true, doneAt: true } },
    },
  });
  return bookings.map((b) => ({
    bookingId: b.id,
    startsAt: b.session.startsAt,
    endsAt: b.session.endsAt,
    checkInFeeling: b.checkInFeeling,
    debrief: b.debriefTask,
  }));
}
