/**
 * An expert's feedback on a session they attended (issue 14): how prepared they felt, how they
 * were treated, whether it was worth it, whether they were paid on time, and anything else. One
 * per booking; giving it again changes it. Only their own ATTENDED booking: a booking that was
 * only confirmed may not have happened for them.
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { ExpertFeedbackInput } from "./expert-schemas";

export { feedbackLink } from "./links";

/** The expert's own attended booking, with what they said before (if anything). */
export async function findFeedbackBooking(
  { expertId, bookingId }: { expertId: string; bookingId: string },
  db: DbClient = defaultDb,
) {
  return db.booking.findFirst({
    where: { id: bookingId, expertId, status: "ATTENDED" },
    select: {
      id: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          opportunity: { select: { title: true, institution: { select: { name: true } } } },
        },
      },
      expertFeedback: {
        select: {
          prepared: true,
          treatedWell: true,
          worthIt: true,
          paidOnTime: true,
          comments: true,
          anonymous: true,
          updatedAt: true,
        },
      },
    },
  });
}

export type FeedbackBooking = NonNullable<Awaited<ReturnType<typeof findFeedbackBooking>>>;

export async function giveExpertFeedback(
  { user, input }: { user: ExpertCaller; input: ExpertFeedbackInput },
  db = defaultDb,
): Promise<{ updated: boolean }> {
  const { bookingId, ...answers } = input;
  return db.$transaction(async (tx) => {
    // Locks the booking so two submissions at once do not both try to create the feedback.
    const locked = await tx.$queryRaw<{ id: string; sessionId: string }[]>`
      SELECT id, "sessionId" FROM "Booking"
      WHERE id = ${bookingId} AND "expertId" = ${user.expertId} AND status = 'ATTENDED' FOR UPDATE`;
    const booking = locked[0];
    if (!booking) throw notFound("That session");
    const before = await tx.expertFeedback.findUnique({
      where: { bookingId },
      select: { prepared: true, treatedWell: true, worthIt: true, paidOnTime: true, comments: true, anonymous: true },
    });
    const saved = await tx.expertFeedback.upsert({
      where: { bookingId },
      create: { bookingId, sessionId: booking.sessionId, expertId: user.expertId, ...answers },
      update: answers,
      select: { id: true },
    });
    await audit(
      {
        actorId: user.id,
        action: before ? "feedback.expert.update" : "feedback.expert.create",
        entityType: "ExpertFeedback",
        entityId: saved.id,
        before: before ?? undefined,
        after: { bookingId, ...answers },
      },
      tx,
    );
    return { updated: Boolean(before) };
  });
}
