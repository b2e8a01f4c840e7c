/**
 * Recording who came. One transaction: mark each confirmed booking, draft a payment for each
 * person who attended, and log the session as involvement evidence for its module. The
 * session lock and the status guard make a second submission (double click, two tabs) a
 * refusal rather than a second payment; the unique Payment.bookingId backs that up.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { FieldErrors } from "@/lib/actions/form-state";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ensureSensitiveSessionTasks } from "@/lib/debriefs/sensitive";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { createDraftPayment } from "@/lib/payments/create-draft";
import { BOOKING_TX, lockSessionPlaces } from "./capacity";
import { ATTENDANCE_PREFIX, ATTENDANCE_VALUES } from "./schemas";

type Mark = (typeof ATTENDANCE_VALUES)[number];

/** `answers` is the whole form: one attendance_<bookingId> field per confirmed booking. */
export async function markAttendance({
  user,
  sessionId,
  answers,
}: {
  user: CoordinatorCaller;
  sessionId: string;
  answers: Record<string, unknown>;
}) {
  const { institutionId } = user;
  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, opportunity: { institutionId } },
      select: { id: true, startsAt: true, cancelledAt: true },
    });
    if (!session) throw notFound("That session");
    if (session.cancelledAt) throw new ActionError("This session was cancelled, so there is no attendance to record.");
    if (session.startsAt > new Date()) throw new ActionError("You can record attendance once the session has started.");

    await lockSessionPlaces({ sessionId: session.id }, tx);
    const confirmed = await tx.booking.findMany({
      where: { sessionId: session.id, status: "CONFIRMED" },
      select: { id: true, expert: { select: { user: { select: { name: true } } } } },
    });
    if (!confirmed.length)
      throw new ActionError("Attendance has already been recorded for everyone booked on this session.");

    const marks = new Map<string, Mark>();
    const fieldErrors: FieldErrors = {};
    for (const { id, expert } of confirmed) {
      const value = answers[`${ATTENDANCE_PREFIX}${id}`];
      if (typeof value === "string" && (ATTENDANCE_VALUES as readonly string[]).includes(value))
        marks.set(id, value as Mark);
      else fieldErrors[`${ATTENDANCE_PREFIX}${id}`] = [`Select whether ${expert.user.name} came`];
    }
    if (Object.keys(fieldErrors).length)
      throw new ActionError("There is a problem. Check the answers marked below.", "INVALID", fieldErrors);

    const now = new Date();
    let attended = 0;
    for (const [bookingId, status] of marks) {
      const changed = await tx.booking.updateMany({
        where: { id: bookingId, sessionId: session.id, status: "CONFIRMED" },
        data: { status, attendanceMarkedAt: now },
      });
      if (changed.count !== 1)
        throw new ActionError("Attendance changed while you were recording it. Refresh the page and try again.");
      if (status === "ATTENDED") {
        await createDraftPayment({ bookingId }, tx);
        attended++;
      }
    }
    // A sensitive session: a coordinator checks on everyone who came (debrief tasks).
    await ensureSensitiveSessionTasks({ bookingIds: [...marks.keys()], now }, tx);
    await tx.session.update({ where: { id: session.id }, data: { attendanceRecordedAt: now } });
    await recordSessionInvolvement({ sessionId: session.id, loggedById: user.id }, tx);
    await audit(
      {
        actorId: user.id,
        action: "session.attendance_recorded",
        entityType: "Session",
        entityId: session.id,
        after: Object.fromEntries(marks),
      },
      tx,
    );
    return { attended, noShow: marks.size - attended };
  }, BOOKING_TX);
}
