/**
 * What an expert sees of feedback: whether they have given theirs, and what students said about
 * sessions they attended — only academics' feedback marked to share, only on sessions where this
 * expert's booking was ATTENDED. Never other experts' feedback, never unshared words.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { DAY_MS } from "@/lib/time";

export type SharedFeedback = { id: string; rating: number; text: string };

/** For a page of the expert's history: per booking, whether they gave feedback and what was shared. */
export async function feedbackForHistory(
  { expertId, bookingIds }: { expertId: string; bookingIds: string[] },
  db: DbClient = defaultDb,
) {
  if (!bookingIds.length) return new Map<string, { given: boolean; shared: SharedFeedback[] }>();
  const bookings = await db.booking.findMany({
    where: { id: { in: bookingIds }, expertId, status: "ATTENDED" },
    select: {
      id: true,
      expertFeedback: { select: { id: true } },
      session: {
        select: {
          feedback: {
            where: { shareWithExperts: true, authorRole: "ACADEMIC" },
            select: { id: true, rating: true, text: true },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  return new Map(
    bookings.map((b) => [b.id, { given: Boolean(b.expertFeedback), shared: b.session.feedback }] as const),
  );
}

/** Recent enough that a nudge on the home page still makes sense. */
const NUDGE_DAYS = 30;

/** Recent attended sessions still waiting for the expert's feedback, newest first (the home page nudge). */
export async function awaitingMyFeedback(
  { expertId, take = 3, now = new Date() }: { expertId: string; take?: number; now?: Date },
  db: DbClient = defaultDb,
) {
  const where = {
    expertId,
    status: "ATTENDED" as const,
    expertFeedback: { is: null },
    session: { startsAt: { gte: new Date(now.getTime() - NUDGE_DAYS * DAY_MS) } },
  };
  const [items, total] = await Promise.all([
    db.booking.findMany({
      where,
      select: {
        id: true,
        session: { select: { startsAt: true, endsAt: true, opportunity: { select: { title: true } } } },
      },
      orderBy: [{ session: { startsAt: "desc" } }, { id: "asc" }],
      take,
    }),
    db.booking.count({ where }),
  ]);
  return { items, total };
}
