/**
 * "I'd like a debrief": the expert asks, from the check-in message the day after a session or from
 * the session's check-in page. It reaches the session's named contact (or every coordinator of the
 * institution when there is none) by their own contact preference, and is audited. Asking twice
 * tells nobody twice. (Debriefs as coordinator tasks with due dates and notes come with issue 14.)
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";

export const DEBRIEF_REQUESTED = "booking.debrief_requested";

/** The expert's own attended (or finished, confirmed) booking, with whether a debrief was asked for. */
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
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return { ...booking, debriefAskedAt: asked?.createdAt ?? null };
}

export async function askForDebrief(
  { user, bookingId, note }: { user: ExpertCaller; bookingId: string; note: string },
  db = defaultDb,
): Promise<{ alreadyAsked: boolean }> {
  return db.$transaction(async (tx) => {
    // Locks the booking so two clicks at once tell the coordinator once.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Booking" WHERE id = ${bookingId} AND "expertId" = ${user.expertId} FOR UPDATE`;
    if (!locked.length) throw notFound("That session");
    const booking = await findCheckInBooking({ expertId: user.expertId, bookingId }, tx);
    if (!booking) throw new ActionError("You can ask for a debrief after the session has taken place.");
    if (booking.debriefAskedAt) return { alreadyAsked: true };

    const { opportunity } = booking.session;
    const to = await coordinatorsToTell(opportunity, tx);
    await notify(
      to.map((userId) => ({
        userId,
        kind: "CHECK_IN" as const,
        institutionId: opportunity.institutionId,
        title: `${user.name} would like a debrief`,
        body: [
          `${user.name} would like a debrief after "${opportunity.title}", ${formatSessionTime(booking.session.startsAt, booking.session.endsAt)}. Please get in touch with them soon.`,
          note && `They added: “${note}”`,
        ]
          .filter(Boolean)
          .join("\n\n"),
        link: `/coordinator/experts/${user.expertId}`,
        linkLabel: "See their details",
      })),
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: DEBRIEF_REQUESTED,
        entityType: "Booking",
        entityId: booking.id,
        after: { told: to.length, withNote: Boolean(note) },
      },
      tx,
    );
    return { alreadyAsked: false };
  });
}
