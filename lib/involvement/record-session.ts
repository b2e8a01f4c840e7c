/**
 * An attended session becomes evidence in its module's involvement log: one record per
 * session (sessionId is unique), counting the experts who attended. Recomputed on each change.
 * Sessions without a module, group meetings among them, are no module's evidence.
 */
import "server-only";
import type { DbClient } from "@/lib/db";

export async function recordSessionInvolvement(
  { sessionId, loggedById }: { sessionId: string; loggedById: string },
  db: DbClient,
) {
  const session = await db.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      startsAt: true,
      endsAt: true,
      opportunity: { select: { moduleId: true, stage: true, participationLevel: true, title: true } },
      _count: { select: { bookings: { where: { status: "ATTENDED" } } } },
    },
  });
  const { moduleId, stage, participationLevel, title } = session.opportunity;
  // No module, no evidence: group meetings (which have no stage either) never count.
  if (!moduleId || !stage) return null;
  const attended = session._count.bookings;
  if (attended === 0) {
    await db.involvementRecord.deleteMany({ where: { sessionId } });
    return null;
  }
  const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000);
  return db.involvementRecord.upsert({
    where: { sessionId },
    create: {
      moduleId,
      sessionId,
      stage,
      participationLevel,
      date: session.startsAt,
      minutes,
      expertCount: attended,
      description: title,
      loggedById,
    },
    // The level follows the opportunity's, as the coordinator last said it.
    update: { expertCount: attended, participationLevel },
  });
}
