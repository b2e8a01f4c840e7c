/**
 * The coordinator's side of a debrief task: recording that it happened (when, and a private note)
 * and changing the note later. Only coordinators and admins of the task's university reach the
 * task (every query is scoped by the caller's institutionId). The private note is for
 * coordinators only: the audit log says that a note was written, changed or removed — never its
 * words, because the audit log is read more widely (admins, subject access) than the note may be.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { startOfLondonDay } from "@/lib/time";

async function lockOwnTask({ user, taskId }: { user: CoordinatorCaller; taskId: string }, tx: DbClient) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "DebriefTask" WHERE id = ${taskId} AND "institutionId" = ${user.institutionId} FOR UPDATE`;
  if (!locked.length) throw notFound("That debrief");
  return tx.debriefTask.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      id: true,
      doneAt: true,
      privateNote: true,
      doneBy: { select: { name: true } },
      booking: { select: { session: { select: { startsAt: true } } } },
    },
  });
}

const noteState = (note: string) => (note ? "written" : "none");

export async function recordDebrief(
  { user, taskId, doneOn, privateNote }: { user: CoordinatorCaller; taskId: string; doneOn: Date; privateNote: string },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const task = await lockOwnTask({ user, taskId }, tx);
    if (task.doneAt)
      throw new ActionError(
        `This debrief was already recorded as done on ${formatDate(task.doneAt)}${task.doneBy ? ` by ${task.doneBy.name}` : ""}. You can still change the private note.`,
      );
    const sessionDay = startOfLondonDay(task.booking.session.startsAt);
    if (doneOn < sessionDay)
      throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", {
        doneOn: [`The date of the debrief must be on or after the session (${formatDate(sessionDay)})`],
      });
    await tx.debriefTask.update({
      where: { id: task.id },
      data: { doneAt: doneOn, doneById: user.id, privateNote },
    });
    await audit(
      {
        actorId: user.id,
        action: "debrief.recorded",
        entityType: "DebriefTask",
        entityId: task.id,
        after: { doneOn: doneOn.toISOString().slice(0, 10), privateNote: noteState(privateNote) },
      },
      tx,
    );
    return { doneOn };
  });
}

export async function updateDebriefNote(
  { user, taskId, privateNote }: { user: CoordinatorCaller; taskId: string; privateNote: string },
  db = defaultDb,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const task = await lockOwnTask({ user, taskId }, tx);
    if (task.privateNote === privateNote) return { changed: false };
    await tx.debriefTask.update({ where: { id: task.id }, data: { privateNote } });
    await audit(
      {
        actorId: user.id,
        action: "debrief.note_changed",
        entityType: "DebriefTask",
        entityId: task.id,
        before: { privateNote: noteState(task.privateNote) },
        after: { privateNote: privateNote ? (task.privateNote ? "changed" : "written") : "removed" },
      },
      tx,
    );
    return { changed: true };
  });
}
