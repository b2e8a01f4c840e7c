/**
 * After a session on a sensitive topic, a coordinator checks on everyone who came: each attended
 * booking gets a debrief task (reason SENSITIVE_SESSION, due in two working days), made when
 * attendance is recorded (or corrected to "came"), or at the latest when the day-after check-in
 * message goes out. Exactly one per booking however often this runs (ON CONFLICT DO NOTHING on
 * the unique bookingId); a booking that already has a task (they asked, or answered the check-in)
 * keeps it as it is. Nobody is notified per task: they are on the coordinators' dashboard.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { debriefDueOn } from "./due";

/** Of `bookingIds`, the attended ones on sensitive sessions: each has a task afterwards. Returns their ids. */
export async function ensureSensitiveSessionTasks(
  { bookingIds, now = new Date() }: { bookingIds: readonly string[]; now?: Date },
  tx: DbClient,
): Promise<Set<string>> {
  if (!bookingIds.length) return new Set();
  const attended = await tx.booking.findMany({
    where: { id: { in: [...bookingIds] }, status: "ATTENDED", session: { opportunity: { sensitiveTopic: true } } },
    select: { id: true, expertId: true, session: { select: { opportunity: { select: { institutionId: true } } } } },
  });
  if (!attended.length) return new Set();
  const dueOn = debriefDueOn(now);
  await tx.debriefTask.createMany({
    data: attended.map((b) => ({
      bookingId: b.id,
      expertId: b.expertId,
      institutionId: b.session.opportunity.institutionId,
      reason: "SENSITIVE_SESSION" as const,
      dueOn,
    })),
    skipDuplicates: true,
  });
  return new Set(attended.map((b) => b.id));
}

/**
 * Attendance corrected to "did not come": the check on someone who was not there goes, while nobody
 * has done it. A task the expert asked for, or marked urgent by their check-in answer, stays.
 */
export async function dropSensitiveSessionTask({ bookingId }: { bookingId: string }, tx: DbClient) {
  await tx.debriefTask.deleteMany({
    where: { bookingId, reason: "SENSITIVE_SESSION", requestedByExpert: false, urgent: false, doneAt: null },
  });
}
