/**
 * "I'd like a debrief": from the check-in page (where the day-after message leads), the expert's
 * history or the opportunity's page. It makes (or turns into a request) the booking's debrief task
 * for the coordinators, due in two working days, and tells the session's named contact (or every
 * coordinator of the university when there is none) by their contact preference — all in one
 * transaction, audited. Asking again while the request is open tells nobody twice; asking after
 * the debrief was done opens the task again.
 */
import "server-only";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { DEBRIEF_REQUESTED } from "@/lib/bookings/debrief";
import { db as defaultDb } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";
import { debriefDueOn, earlierDue } from "./due";
import { coordinatorDebriefLink } from "./links";
import { lockOwnFinishedBooking } from "./lock";
import { ensureTask } from "./tasks";
import { joinNotes } from "./words";

export async function askForDebrief(
  { user, bookingId, note, now = new Date() }: { user: ExpertCaller; bookingId: string; note: string; now?: Date },
  db = defaultDb,
): Promise<{ alreadyAsked: boolean; taskId: string }> {
  return db.$transaction(async (tx) => {
    const booking = await lockOwnFinishedBooking({ expertId: user.expertId, bookingId }, tx);
    const { opportunity } = booking.session;
    const due = debriefDueOn(now);
    const { created, task } = await ensureTask(
      {
        bookingId: booking.id,
        expertId: user.expertId,
        institutionId: opportunity.institutionId,
        // A sensitive session's attendees are checked on anyway; asking is then recorded on that task.
        reason: opportunity.sensitiveTopic ? "SENSITIVE_SESSION" : "ASKED",
        requestedByExpert: true,
        expertNote: note,
        dueOn: due,
      },
      tx,
    );
    if (!created && task.requestedByExpert && !task.doneAt) return { alreadyAsked: true, taskId: task.id };

    // An existing task (sensitive session, a check-in answer, or a debrief already done) becomes
    // the expert's request: kept urgent if it was, due no later than a new request would be.
    const reopened = !created && Boolean(task.doneAt);
    if (!created)
      await tx.debriefTask.update({
        where: { id: task.id },
        data: {
          requestedByExpert: true,
          expertNote: joinNotes(task.expertNote, note),
          dueOn: reopened ? due : earlierDue(task.dueOn, due),
          doneAt: null,
          doneById: null,
        },
      });

    const to = await coordinatorsToTell(opportunity, tx);
    await notify(
      to.map((userId) => ({
        userId,
        kind: "CHECK_IN" as const,
        institutionId: opportunity.institutionId,
        title: `${user.name} would like a debrief`,
        body: [
          `${user.name} would like a debrief after "${opportunity.title}", ${formatSessionTime(booking.session.startsAt, booking.session.endsAt)}. Please get in touch with them soon.`,
          reopened && "They have had a debrief for this session already, and would like to talk again.",
          note && `They added: “${note}”`,
        ]
          .filter(Boolean)
          .join("\n\n"),
        link: coordinatorDebriefLink(task.id),
        linkLabel: "See the debrief task",
      })),
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: DEBRIEF_REQUESTED,
        entityType: "Booking",
        entityId: booking.id,
        after: {
          told: to.length,
          withNote: Boolean(note),
          task: created ? "created" : reopened ? "opened again" : "became a request",
        },
      },
      tx,
    );
    return { alreadyAsked: false, taskId: task.id };
  });
}
