/**
 * The check-in answer: "How are you feeling after the session?" — OK, not sure, or not OK, with an
 * optional note. Saved on the booking; the expert may change it later. What it does to the task:
 *  - not OK: makes the booking's debrief task (or reopens it) and marks it urgent, due the next
 *    working day, and tells the session's contact (or every coordinator) now — once: saying
 *    "not OK" again while the task is urgent and open tells nobody twice;
 *  - not sure: makes a task (not urgent, two working days) when there is none; nobody is told at
 *    once, the task is on the dashboard;
 *  - OK: makes no task. A task already there (after a sensitive session, or a debrief they asked
 *    for) stays open and shows "said they were OK", so the coordinator can close it quickly; only a
 *    coordinator closes a task, by recording the debrief. Saying OK later never clears "urgent".
 * A note goes on the task (the coordinator reads it there); with OK and no task it is sent to the
 * contact instead, so it is not lost. Audited without the answer or the note.
 */
import "server-only";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import type { Wellbeing } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";
import { debriefDueOn, earlierDue, urgentDueOn } from "./due";
import { coordinatorDebriefLink } from "./links";
import { lockOwnFinishedBooking } from "./lock";
import { ensureTask } from "./tasks";
import { joinNotes } from "./words";

export type CheckInEffect = "none" | "kept" | "created" | "urgent";

export async function answerCheckIn(
  {
    user,
    bookingId,
    feeling,
    note,
    now = new Date(),
  }: { user: ExpertCaller; bookingId: string; feeling: Wellbeing; note: string; now?: Date },
  db = defaultDb,
): Promise<{ effect: CheckInEffect; taskId: string | null }> {
  return db.$transaction(async (tx) => {
    const booking = await lockOwnFinishedBooking({ expertId: user.expertId, bookingId }, tx);
    const { opportunity } = booking.session;
    await tx.booking.update({ where: { id: booking.id }, data: { checkInFeeling: feeling, checkInAnsweredAt: now } });
    const noted = note ? `At the check-in: ${note}` : "";
    const when = formatSessionTime(booking.session.startsAt, booking.session.endsAt);
    const seed = {
      bookingId: booking.id,
      expertId: user.expertId,
      institutionId: opportunity.institutionId,
      reason: opportunity.sensitiveTopic ? ("SENSITIVE_SESSION" as const) : ("ASKED" as const),
      expertNote: noted,
    };

    let effect: CheckInEffect = "none";
    let taskId: string | null = null;
    let tell: { title: string; body: string } | null = null;

    if (feeling === "NOT_OK") {
      const due = urgentDueOn(now);
      const { created, task } = await ensureTask({ ...seed, urgent: true, dueOn: due }, tx);
      taskId = task.id;
      const alreadyUrgent = !created && task.urgent && !task.doneAt;
      if (!created)
        await tx.debriefTask.update({
          where: { id: task.id },
          data: {
            urgent: true,
            expertNote: joinNotes(task.expertNote, noted),
            dueOn: task.doneAt ? due : earlierDue(task.dueOn, due),
            doneAt: null,
            doneById: null,
          },
        });
      effect = alreadyUrgent ? "kept" : "urgent";
      if (!alreadyUrgent)
        tell = {
          title: `${user.name} said they are not OK after a session`,
          body: [
            `${user.name} answered the check-in after "${opportunity.title}", ${when}: they are not OK. Please get in touch with them today if you can, or by the end of the next working day.`,
            note && `They added: “${note}”`,
          ]
            .filter(Boolean)
            .join("\n\n"),
        };
    } else if (feeling === "NOT_SURE") {
      const { created, task } = await ensureTask({ ...seed, dueOn: debriefDueOn(now) }, tx);
      taskId = task.id;
      if (!created && noted)
        await tx.debriefTask.update({
          where: { id: task.id },
          data: { expertNote: joinNotes(task.expertNote, noted) },
        });
      effect = created ? "created" : "kept";
    } else {
      const task = await tx.debriefTask.findUnique({
        where: { bookingId: booking.id },
        select: { id: true, expertNote: true },
      });
      if (task) {
        taskId = task.id;
        effect = "kept";
        if (noted)
          await tx.debriefTask.update({
            where: { id: task.id },
            data: { expertNote: joinNotes(task.expertNote, noted) },
          });
      } else if (note)
        tell = {
          title: `${user.name} answered the check-in`,
          body: `${user.name} is OK after "${opportunity.title}", ${when}.\n\nThey added: “${note}”`,
        };
    }

    let told = 0;
    if (tell) {
      const to = await coordinatorsToTell(opportunity, tx);
      told = to.length;
      const message = tell;
      await notify(
        to.map((userId) => ({
          userId,
          kind: "CHECK_IN" as const,
          institutionId: opportunity.institutionId,
          title: message.title,
          body: message.body,
          link: taskId ? coordinatorDebriefLink(taskId) : `/coordinator/experts/${user.expertId}`,
          linkLabel: taskId ? "See the debrief task" : "See their details",
        })),
        tx,
      );
    }
    // What Involve did, not what they said: how someone feels stays on their booking.
    await audit(
      {
        actorId: user.id,
        action: "booking.check_in_answered",
        entityType: "Booking",
        entityId: booking.id,
        after: { task: effect, told },
      },
      tx,
    );
    return { effect, taskId };
  });
}
