/**
 * The one debrief task per booking: made here with INSERT … ON CONFLICT DO NOTHING (the unique
 * bookingId), then read back, so asking, a check-in answer, attendance and the check-in job can
 * race each other and still leave exactly one task.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import type { DebriefReason } from "@/lib/generated/prisma/enums";

export type TaskSeed = {
  bookingId: string;
  expertId: string;
  institutionId: string;
  reason: DebriefReason;
  dueOn: Date;
  requestedByExpert?: boolean;
  urgent?: boolean;
  expertNote?: string;
};

const taskSelect = {
  id: true,
  reason: true,
  requestedByExpert: true,
  urgent: true,
  expertNote: true,
  dueOn: true,
  doneAt: true,
} as const;

/** The booking's task, made from `seed` when there is none; `created` says which. */
export async function ensureTask(seed: TaskSeed, tx: DbClient) {
  const { count } = await tx.debriefTask.createMany({ data: [seed], skipDuplicates: true });
  const task = await tx.debriefTask.findUniqueOrThrow({ where: { bookingId: seed.bookingId }, select: taskSelect });
  return { created: count === 1, task };
}
