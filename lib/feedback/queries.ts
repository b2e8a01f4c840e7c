/** Sessions an academic's modules used, for their feedback. */
import "server-only";
import type { AcademicCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ledBy } from "@/lib/modules/queries";

/**
 * A session the academic may give feedback on: it has started, it was not cancelled, and its
 * opportunity is linked to a module they lead. Used by the list and, again, by the action.
 */
export function feedbackSessionWhere(user: AcademicCaller, now = new Date()): Prisma.SessionWhereInput {
  return {
    startsAt: { lte: now },
    cancelledAt: null,
    opportunity: { status: { not: "CANCELLED" }, module: ledBy(user) },
  };
}

const sessionSelect = (userId: string) =>
  ({
    id: true,
    startsAt: true,
    endsAt: true,
    location: true,
    onlineUrl: true,
    opportunity: {
      select: { title: true, type: true, stage: true, module: { select: { id: true, code: true, title: true } } },
    },
    _count: { select: { bookings: { where: { status: "ATTENDED" } } } },
    feedback: {
      where: { authorId: userId },
      select: { rating: true, text: true, shareWithExperts: true, createdAt: true },
    },
  }) satisfies Prisma.SessionSelect;

export async function listFeedbackSessions(
  {
    user,
    withoutMyFeedback,
    skip,
    take,
  }: { user: AcademicCaller; withoutMyFeedback?: boolean; skip: number; take: number },
  db: DbClient = defaultDb,
) {
  const where: Prisma.SessionWhereInput = {
    ...feedbackSessionWhere(user),
    ...(withoutMyFeedback ? { feedback: { none: { authorId: user.id } } } : {}),
  };
  const [items, total] = await Promise.all([
    db.session.findMany({
      where,
      select: sessionSelect(user.id),
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip,
      take,
    }),
    db.session.count({ where }),
  ]);
  return { items: items.map(({ feedback, ...s }) => ({ ...s, myFeedback: feedback[0] ?? null })), total };
}

export async function findFeedbackSession(
  { user, sessionId }: { user: AcademicCaller; sessionId: string },
  db: DbClient = defaultDb,
) {
  const session = await db.session.findFirst({
    where: { id: sessionId, ...feedbackSessionWhere(user) },
    select: sessionSelect(user.id),
  });
  if (!session) return null;
  const { feedback, ...rest } = session;
  return { ...rest, myFeedback: feedback[0] ?? null };
}

export type FeedbackSession = NonNullable<Awaited<ReturnType<typeof findFeedbackSession>>>;
