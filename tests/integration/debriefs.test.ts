/**
 * Debriefs and check-ins: asking makes one task for the coordinators (told once); a "not OK"
 * check-in makes it urgent and tells them now; a sensitive session gives every attendee a task,
 * once, however often attendance and the check-in job run; coordinators of the task's university
 * record it with a private note whose words never reach the audit log; nobody else sees or
 * changes a task.
 */
import { describe, expect, it } from "vitest";
import { correctAttendanceAction, markAttendanceAction } from "@/lib/bookings/actions";
import { askForDebriefAction } from "@/lib/bookings/debrief-actions";
import { findCheckInBooking } from "@/lib/bookings/debrief";
import { db } from "@/lib/db";
import { answerCheckInAction, recordDebriefAction, updateDebriefNoteAction } from "@/lib/debriefs/actions";
import { dueAfterWorkingDays } from "@/lib/debriefs/due";
import { debriefsForBookings } from "@/lib/debriefs/expert-queries";
import { debriefsForDashboard, findDebriefTask, listDebriefTasks } from "@/lib/debriefs/queries";
import { sendSessionMessages } from "@/lib/messages/session-messages";
import { fromLondon } from "@/lib/time";
import { actAs } from "../helpers/actor";
import {
  createOpportunity,
  createPartnership,
  createSession,
  createUser,
  createWorld,
  form,
  idle,
  unique,
} from "../helpers/factories";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A world with an opportunity (contact: the world's coordinator) and a session that ended a day ago. */
async function attendedSession(expertCount = 1, { sensitive = false } = {}) {
  const world = await createWorld(expertCount);
  const opportunity = await createOpportunity(world);
  if (sensitive)
    await db.opportunity.update({
      where: { id: opportunity.id },
      data: { sensitiveTopic: true, sensitiveTopicNote: "Suicide and self-harm" },
    });
  const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 26 * HOUR) });
  const bookings = [];
  for (const e of world.experts)
    bookings.push(
      await db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id, status: "ATTENDED" } }),
    );
  return { world, opportunity, session, bookings };
}

const tasksOf = (bookingId: string) => db.debriefTask.findMany({ where: { bookingId } });
const toldCoordinator = (userId: string) => db.message.count({ where: { userId, kind: "CHECK_IN" } });
const ymd = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(d);

describe("due dates", () => {
  it("counts working days in London and ends at the end of the London day", () => {
    // Friday 4 December 2026, 15:00 London → Tuesday 8 December, 23:59:59.999 London.
    const friday = fromLondon(2026, 12, 4, 15);
    const due = dueAfterWorkingDays(friday, 2);
    expect(ymd(due)).toBe("2026-12-08");
    expect(due.getTime()).toBe(fromLondon(2026, 12, 9).getTime() - 1);
    // Saturday → Monday is the first working day after.
    expect(ymd(dueAfterWorkingDays(fromLondon(2026, 12, 5, 10), 1))).toBe("2026-12-07");
    // Across the clocks going forward (29 March 2026): still the London day's end.
    const summer = dueAfterWorkingDays(fromLondon(2026, 3, 27, 9), 2);
    expect(ymd(summer)).toBe("2026-03-31");
    expect(summer.getTime()).toBe(fromLondon(2026, 4, 1).getTime() - 1);
  });
});

describe("asking for a debrief", () => {
  it("makes one task, due in two working days, and tells the contact once however often they ask", async () => {
    const {
      world,
      bookings: [booking],
    } = await attendedSession();
    const expert = world.experts[0]!;
    actAs(expert.user);
    const first = await askForDebriefAction(idle, form({ bookingId: booking!.id, note: "Mornings are best" }));
    expect(first).toMatchObject({ status: "success", message: expect.stringContaining("told your coordinator") });
    const again = await askForDebriefAction(idle, form({ bookingId: booking!.id, note: "Again" }));
    expect(again).toMatchObject({ status: "success", message: expect.stringContaining("already asked") });

    const tasks = await tasksOf(booking!.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      reason: "ASKED",
      requestedByExpert: true,
      expertNote: "Mornings are best",
      urgent: false,
      institutionId: world.institution.id,
      expertId: expert.expert.id,
      doneAt: null,
    });
    expect(tasks[0]!.dueOn.getTime()).toBe(dueAfterWorkingDays(tasks[0]!.createdAt, 2).getTime());
    expect(await toldCoordinator(world.coordinator.id)).toBe(1);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: world.coordinator.id } });
    expect(notice.link).toBe(`/coordinator/debriefs/${tasks[0]!.id}`);
    expect(await db.auditEvent.count({ where: { entityId: booking!.id, action: "booking.debrief_requested" } })).toBe(
      1,
    );

    // The expert sees that they asked, and by when, never a private note.
    const seen = await findCheckInBooking({ expertId: expert.expert.id, bookingId: booking!.id });
    expect(seen?.debriefAskedAt).not.toBeNull();
    expect(seen?.debriefTask).toEqual({
      reason: "ASKED",
      requestedByExpert: true,
      dueOn: tasks[0]!.dueOn,
      doneAt: null,
      createdAt: tasks[0]!.createdAt,
    });
    const history = await debriefsForBookings({ expertId: expert.expert.id, bookingIds: [booking!.id] });
    expect(history.get(booking!.id)).toMatchObject({ requestedByExpert: true, contactName: world.coordinator.name });
    expect(JSON.stringify(history.get(booking!.id))).not.toContain("privateNote");
  });

  it("asked five times at once still makes one task and one message", async () => {
    const {
      world,
      bookings: [booking],
    } = await attendedSession();
    actAs(world.experts[0]!.user);
    const states = await Promise.all(
      [1, 2, 3, 4, 5].map(() => askForDebriefAction(idle, form({ bookingId: booking!.id }))),
    );
    expect(states.every((s) => s.status === "success")).toBe(true);
    expect(await tasksOf(booking!.id)).toHaveLength(1);
    expect(await toldCoordinator(world.coordinator.id)).toBe(1);
  });

  it("refuses another expert's booking and writes nothing; the other expert cannot read the task", async () => {
    const {
      world,
      bookings: [mine, theirs],
    } = await attendedSession(2);
    const [a, b] = world.experts;
    actAs(b!.user);
    expect(await askForDebriefAction(idle, form({ bookingId: theirs!.id }))).toMatchObject({ status: "success" });
    actAs(a!.user);
    const refused = await askForDebriefAction(idle, form({ bookingId: theirs!.id, note: "Me" }));
    expect(refused).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const checkIn = await answerCheckInAction(idle, form({ bookingId: theirs!.id, feeling: "NOT_OK" }));
    expect(checkIn).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const task = (await tasksOf(theirs!.id))[0]!;
    expect(task).toMatchObject({ expertNote: "", urgent: false });
    expect(await tasksOf(mine!.id)).toHaveLength(0);
    expect(await findCheckInBooking({ expertId: a!.expert.id, bookingId: theirs!.id })).toBeNull();
    expect((await debriefsForBookings({ expertId: a!.expert.id, bookingIds: [theirs!.id] })).size).toBe(0);
    expect(await toldCoordinator(world.coordinator.id)).toBe(1);
  });
});

describe("the check-in answer", () => {
  it("not OK makes the task urgent, due the next working day, and tells the contact now, once", async () => {
    const {
      world,
      bookings: [booking],
    } = await attendedSession();
    actAs(world.experts[0]!.user);
    const state = await answerCheckInAction(
      idle,
      form({ bookingId: booking!.id, feeling: "NOT_OK", checkInNote: "It brought a lot back" }),
    );
    expect(state).toMatchObject({ status: "success", message: expect.stringContaining("told your coordinator") });
    const saved = await db.booking.findUniqueOrThrow({ where: { id: booking!.id } });
    expect(saved.checkInFeeling).toBe("NOT_OK");
    expect(saved.checkInAnsweredAt).not.toBeNull();
    const [task] = await tasksOf(booking!.id);
    expect(task).toMatchObject({
      urgent: true,
      requestedByExpert: false,
      expertNote: "At the check-in: It brought a lot back",
    });
    expect(task!.dueOn.getTime()).toBe(dueAfterWorkingDays(saved.checkInAnsweredAt!, 1).getTime());
    const message = await db.message.findFirstOrThrow({ where: { userId: world.coordinator.id, kind: "CHECK_IN" } });
    expect(message.subject).toContain("not OK");
    expect(message.textBody).toContain("It brought a lot back");

    // Saying it again tells nobody twice; saying OK later keeps it urgent for the coordinator.
    await answerCheckInAction(idle, form({ bookingId: booking!.id, feeling: "NOT_OK" }));
    await answerCheckInAction(idle, form({ bookingId: booking!.id, feeling: "OK" }));
    expect(await toldCoordinator(world.coordinator.id)).toBe(1);
    expect(await tasksOf(booking!.id)).toMatchObject([{ urgent: true, doneAt: null }]);
    // The audit log says what Involve did, not how they feel or what they wrote.
    const events = await db.auditEvent.findMany({
      where: { entityId: booking!.id, action: "booking.check_in_answered" },
    });
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain("brought");
    expect(JSON.stringify(events)).not.toContain("NOT_OK");
  });

  it("not sure makes a task (not urgent) without telling anyone; OK makes none", async () => {
    const {
      world,
      bookings: [unsure, fine],
    } = await attendedSession(2);
    const [a, b] = world.experts;
    actAs(a!.user);
    expect(await answerCheckInAction(idle, form({ bookingId: unsure!.id, feeling: "NOT_SURE" }))).toMatchObject({
      status: "success",
    });
    expect(await tasksOf(unsure!.id)).toMatchObject([{ urgent: false, reason: "ASKED", requestedByExpert: false }]);
    actAs(b!.user);
    expect(await answerCheckInAction(idle, form({ bookingId: fine!.id, feeling: "OK" }))).toMatchObject({
      status: "success",
    });
    expect(await tasksOf(fine!.id)).toHaveLength(0);
    expect(await toldCoordinator(world.coordinator.id)).toBe(0);
  });

  it("refuses a missing or unknown answer, and a session still to come, with nothing written", async () => {
    const {
      world,
      opportunity,
      bookings: [booking],
    } = await attendedSession();
    const expert = world.experts[0]!;
    actAs(expert.user);
    // Counted per actor: other test files write audit events into the same database meanwhile.
    const audited = () => db.auditEvent.count({ where: { actorId: expert.user.id } });
    const before = await audited();
    for (const values of [
      { bookingId: booking!.id },
      { bookingId: booking!.id, feeling: "FINE" },
      { bookingId: booking!.id, feeling: "NOT_OK", checkInNote: "x".repeat(1001) },
    ]) {
      const state = await answerCheckInAction(idle, form(values));
      expect(state).toMatchObject({ status: "error", code: "INVALID" });
    }
    expect(await askForDebriefAction(idle, form({ bookingId: booking!.id, note: "x".repeat(1001) }))).toMatchObject({
      status: "error",
      code: "INVALID",
    });
    const upcoming = await db.booking.create({
      data: { sessionId: (await createSession(opportunity.id)).id, expertId: expert.expert.id, status: "CONFIRMED" },
    });
    expect(await answerCheckInAction(idle, form({ bookingId: upcoming.id, feeling: "NOT_OK" }))).toMatchObject({
      status: "error",
    });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking!.id } })).checkInFeeling).toBeNull();
    expect(await db.debriefTask.count({ where: { expertId: expert.expert.id } })).toBe(0);
    expect(await audited()).toBe(before);
    expect(await toldCoordinator(world.coordinator.id)).toBe(0);
  });
});

describe("sensitive sessions", () => {
  it("give every attendee a task when attendance is recorded, once, even when the check-in job runs twice", async () => {
    const world = await createWorld(3);
    const opportunity = await createOpportunity(world);
    await db.opportunity.update({ where: { id: opportunity.id }, data: { sensitiveTopic: true } });
    const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 26 * HOUR) });
    const [came1, came2, missed] = await Promise.all(
      world.experts.map((e) =>
        db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id, status: "CONFIRMED" } }),
      ),
    );
    actAs(world.coordinator);
    const marked = await markAttendanceAction(
      idle,
      form({
        sessionId: session.id,
        [`attendance_${came1!.id}`]: "ATTENDED",
        [`attendance_${came2!.id}`]: "ATTENDED",
        [`attendance_${missed!.id}`]: "NO_SHOW",
      }),
    );
    expect(marked).toMatchObject({ status: "success" });
    const tasks = await db.debriefTask.findMany({ where: { booking: { sessionId: session.id } } });
    expect(tasks.map((t) => t.bookingId).sort()).toEqual([came1!.id, came2!.id].sort());
    for (const t of tasks)
      expect(t).toMatchObject({ reason: "SENSITIVE_SESSION", requestedByExpert: false, urgent: false });

    // The check-in job, twice and at once: no second task, one message each, saying someone will check in.
    const now = new Date();
    await Promise.all([sendSessionMessages({ now }, db), sendSessionMessages({ now }, db)]);
    await sendSessionMessages({ now }, db);
    expect(await db.debriefTask.count({ where: { booking: { sessionId: session.id } } })).toBe(2);
    const [one, two] = world.experts;
    for (const e of [one!, two!]) {
      const messages = await db.message.findMany({ where: { userId: e.user.id, kind: "CHECK_IN" } });
      expect(messages).toHaveLength(1);
      expect(messages[0]!.textBody).toContain("will check in with you");
      expect(messages[0]!.textBody).toContain("/check-in");
    }
    expect(await db.message.count({ where: { userId: world.experts[2]!.user.id } })).toBe(0);

    // Saying OK keeps the task open, marked so the coordinator can close it quickly.
    actAs(one!.user);
    await answerCheckInAction(idle, form({ bookingId: came1!.id, feeling: "OK" }));
    const dash = await debriefsForDashboard({ institutionId: world.institution.id });
    expect(dash.total).toBe(2);
    expect(dash.items.find((i) => i.id === tasks.find((t) => t.bookingId === came1!.id)!.id)?.checkInFeeling).toBe(
      "OK",
    );
  });

  it("gets its tasks from the check-in job when attendance came in some other way", async () => {
    const {
      world,
      bookings: [a, b],
    } = await attendedSession(2, { sensitive: true });
    // One of them already asked: their task stays theirs, the other gets a sensitive-session task.
    actAs(world.experts[0]!.user);
    await askForDebriefAction(idle, form({ bookingId: a!.id }));
    await sendSessionMessages({ now: new Date() }, db);
    await sendSessionMessages({ now: new Date() }, db);
    expect(await tasksOf(a!.id)).toMatchObject([{ reason: "SENSITIVE_SESSION", requestedByExpert: true }]);
    expect(await tasksOf(b!.id)).toMatchObject([{ reason: "SENSITIVE_SESSION", requestedByExpert: false }]);
  });

  it("drops the check on someone whose attendance is corrected to did not come, unless they asked", async () => {
    const {
      world,
      session,
      bookings: [a, b],
    } = await attendedSession(2, { sensitive: true });
    await db.session.update({ where: { id: session.id }, data: { attendanceRecordedAt: new Date() } });
    actAs(world.experts[0]!.user);
    await askForDebriefAction(idle, form({ bookingId: a!.id }));
    await sendSessionMessages({ now: new Date() }, db);
    expect((await db.debriefTask.findMany({ where: { bookingId: { in: [a!.id, b!.id] } } })).length).toBe(2);

    actAs(world.coordinator);
    for (const booking of [a!, b!]) {
      const state = await correctAttendanceAction(
        idle,
        form({ bookingId: booking.id, attendance: "NO_SHOW", reason: "Signed in by mistake" }),
      );
      expect(state.status).toBe("success");
    }
    expect(await tasksOf(a!.id)).toMatchObject([{ requestedByExpert: true, doneAt: null }]);
    expect(await tasksOf(b!.id)).toEqual([]);

    // Corrected back to came: the check is owed again.
    await correctAttendanceAction(idle, form({ bookingId: b!.id, attendance: "ATTENDED", reason: "They did come" }));
    expect(await tasksOf(b!.id)).toMatchObject([{ reason: "SENSITIVE_SESSION", doneAt: null }]);
  });
});

describe("the coordinator's side", () => {
  async function openTask() {
    const {
      world,
      session,
      bookings: [booking],
    } = await attendedSession();
    actAs(world.experts[0]!.user);
    await askForDebriefAction(idle, form({ bookingId: booking!.id, note: "Afternoons" }));
    const task = (await tasksOf(booking!.id))[0]!;
    return { world, session, booking: booking!, task };
  }

  it("records the debrief with a private note, audited without the note's words, and changes the note later", async () => {
    const { world, task, booking } = await openTask();
    actAs(world.coordinator);
    const today = ymd(new Date());
    const state = await recordDebriefAction(
      idle,
      form({ taskId: task.id, doneOn: today, privateNote: "Talked about the role-play; wants a quieter one next" }),
    );
    expect(state).toMatchObject({ status: "success", message: expect.stringContaining("Debrief recorded") });
    const done = await db.debriefTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(done).toMatchObject({ doneById: world.coordinator.id, privateNote: expect.stringContaining("role-play") });
    expect(ymd(done.doneAt!)).toBe(today);
    const recorded = await db.auditEvent.findMany({ where: { entityId: task.id } });
    expect(recorded).toMatchObject([{ action: "debrief.recorded", actorId: world.coordinator.id }]);
    expect(JSON.stringify(recorded)).not.toContain("role-play");

    // Recording it twice is refused; the note can still change, audited without its words.
    expect(await recordDebriefAction(idle, form({ taskId: task.id, doneOn: today }))).toMatchObject({
      status: "error",
      code: "CONFLICT",
    });
    expect(
      await updateDebriefNoteAction(idle, form({ taskId: task.id, privateNote: "Follow up after the next session" })),
    ).toMatchObject({ status: "success" });
    const events = await db.auditEvent.findMany({ where: { entityId: task.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["debrief.recorded", "debrief.note_changed"]);
    expect(JSON.stringify(events)).not.toMatch(/Follow up|role-play/);

    // The expert sees that it was done, never the note.
    const seen = await findCheckInBooking({ expertId: world.experts[0]!.expert.id, bookingId: booking.id });
    expect(seen?.debriefTask?.doneAt).not.toBeNull();
    expect(JSON.stringify(seen)).not.toContain("Follow up");
    const listed = await listDebriefTasks({ institutionId: world.institution.id, tab: "done", page: undefined });
    expect(listed.items.map((i) => i.id)).toEqual([task.id]);
    expect(listed.counts).toEqual({ open: 0, done: 1 });
  });

  it("refuses a future date or one before the session, and a note too long, writing nothing", async () => {
    const { world, task } = await openTask();
    actAs(world.coordinator);
    const audited = () => db.auditEvent.count({ where: { actorId: world.coordinator.id } });
    const before = await audited();
    const attempts = [
      { taskId: task.id, doneOn: ymd(new Date(Date.now() + 2 * DAY)) },
      { taskId: task.id, doneOn: ymd(new Date(Date.now() - 30 * DAY)) },
      { taskId: task.id, doneOn: "2026-02-30" },
      { taskId: task.id },
      { taskId: task.id, doneOn: ymd(new Date()), privateNote: "x".repeat(5001) },
    ];
    for (const values of attempts) {
      const state = await recordDebriefAction(idle, form(values));
      expect(state, JSON.stringify(values).slice(0, 80)).toMatchObject({ status: "error", code: "INVALID" });
    }
    expect(await db.debriefTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      doneAt: null,
      privateNote: "",
    });
    expect(await audited()).toBe(before);
  });

  it("lets only coordinators and admins of the task's university see or record it", async () => {
    const { world, task } = await openTask();
    const other = await createPartnership();
    const otherCoordinator = await createUser("COORDINATOR", { institutionId: other.institution.id });
    const sibling = await db.institution.create({
      data: {
        name: unique("Sibling University"),
        shortName: "SU",
        partnershipId: world.partnership.id,
        costCentre: "X",
      },
    });
    const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
    const values = { taskId: task.id, doneOn: ymd(new Date()), privateNote: "Not mine" };
    for (const intruder of [otherCoordinator, siblingCoordinator]) {
      actAs(intruder);
      expect(await recordDebriefAction(idle, form(values))).toMatchObject({ status: "error", code: "NOT_FOUND" });
      expect(await updateDebriefNoteAction(idle, form(values))).toMatchObject({ status: "error", code: "NOT_FOUND" });
      expect(await findDebriefTask({ institutionId: intruder.institutionId!, taskId: task.id })).toBeNull();
      expect((await debriefsForDashboard({ institutionId: intruder.institutionId! })).total).toBe(0);
    }
    for (const refused of [world.academic, world.experts[0]!.user]) {
      actAs(refused);
      expect(await recordDebriefAction(idle, form(values))).toMatchObject({ status: "error", code: "FORBIDDEN" });
      expect(await updateDebriefNoteAction(idle, form(values))).toMatchObject({ status: "error", code: "FORBIDDEN" });
    }
    expect(await db.debriefTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      doneAt: null,
      privateNote: "",
    });
    expect(await db.auditEvent.count({ where: { entityId: task.id } })).toBe(0);

    // The university's own admin may.
    actAs(world.admin);
    expect(await recordDebriefAction(idle, form(values))).toMatchObject({ status: "success" });
  });

  it("lists urgent first, then by due date, with overdue counted", async () => {
    const world = await createWorld(3);
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 10 * DAY) });
    const now = new Date();
    const make = async (i: number, data: { urgent?: boolean; dueOn: Date; doneAt?: Date }) => {
      const booking = await db.booking.create({
        data: { sessionId: session.id, expertId: world.experts[i]!.expert.id, status: "ATTENDED" },
      });
      return db.debriefTask.create({
        data: {
          bookingId: booking.id,
          expertId: world.experts[i]!.expert.id,
          institutionId: world.institution.id,
          reason: "ASKED",
          ...data,
        },
      });
    };
    const overdue = await make(0, { dueOn: new Date(now.getTime() - DAY) });
    const later = await make(1, { dueOn: new Date(now.getTime() + 3 * DAY) });
    const urgent = await make(2, { urgent: true, dueOn: new Date(now.getTime() + 5 * DAY) });
    const dash = await debriefsForDashboard({ institutionId: world.institution.id, now });
    expect(dash).toMatchObject({ total: 3, urgent: 1, overdue: 1 });
    expect(dash.items.map((i) => i.id)).toEqual([urgent.id, overdue.id, later.id]);
    const list = await listDebriefTasks({ institutionId: world.institution.id, tab: "open", page: "1" });
    expect(list.items.map((i) => i.id)).toEqual([urgent.id, overdue.id, later.id]);
    expect(list).toMatchObject({ total: 3, page: 1, pageCount: 1, counts: { open: 3, done: 0 } });
  });
});
