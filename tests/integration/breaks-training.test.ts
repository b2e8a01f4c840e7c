import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/actions/action";
import { bookExpertDirectlyAction, withdrawBookingAction } from "@/lib/bookings/actions";
import { endBreakAction, endExpertBreakAction, takeBreakAction } from "@/lib/breaks/actions";
import { breaksOf, findExpertBreak, findMyBreak, listOnBreak } from "@/lib/breaks/queries";
import { isOnBreak } from "@/lib/breaks/status";
import { coordinatorDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { londonCalendarDate } from "@/lib/rates/dates";
import { listBookableExperts } from "@/lib/sessions/queries";
import { deleteTrainingAction, recordTrainingAction, setInductionDateAction } from "@/lib/training/actions";
import { findMyTraining, findTrainingForCoordinator } from "@/lib/training/queries";
import JSZip from "jszip";
import { buildSubjectAccessArchive } from "@/lib/subject-access/archive";
import { collectSubjectAccess } from "@/lib/subject-access/collect";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const DAY = 24 * 3600 * 1000;
const today = () => londonCalendarDate(new Date());
const dayParts = (name: string, d: Date) => ({
  [`${name}-day`]: String(d.getUTCDate()),
  [`${name}-month`]: String(d.getUTCMonth() + 1),
  [`${name}-year`]: String(d.getUTCFullYear()),
});

async function profileOf(expertId: string) {
  return db.expertProfile.findUniqueOrThrow({ where: { id: expertId } });
}

/** Puts an expert on a break directly (the action is tested on its own). */
async function onBreak(
  expertId: string,
  until: Date | null,
  updates: "PAYMENTS_ONLY" | "MY_BOOKINGS" | "GROUP_NEWS" = "MY_BOOKINGS",
) {
  await db.expertProfile.update({
    where: { id: expertId },
    data: { breakStartedAt: new Date(Date.now() - DAY), breakUntil: until, breakUpdates: updates },
  });
}

describe("taking a break", () => {
  it("refuses a last day that is not in the future, and writes nothing", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    actAs(jo.user);
    for (const d of [today(), new Date(today().getTime() - 3 * DAY)]) {
      const state = await takeBreakAction(
        idle,
        form({ until: "DATE", updates: "MY_BOOKINGS", ...dayParts("breakUntil", d) }),
      );
      expect(state).toMatchObject({
        status: "error",
        fieldErrors: { breakUntil: ["The last day of your break must be in the future"] },
      });
    }
    const missing = await takeBreakAction(idle, form({ until: "DATE", updates: "MY_BOOKINGS" }));
    expect(missing).toMatchObject({
      status: "error",
      fieldErrors: { breakUntil: ["Enter the last day of your break"] },
    });
    const noChoice = await takeBreakAction(idle, form({ updates: "MY_BOOKINGS" }));
    expect(noChoice.fieldErrors?.until).toEqual(["Choose how long your break is"]);
    expect((await profileOf(jo.expert.id)).breakStartedAt).toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: jo.expert.id, action: { startsWith: "expert.break" } } }),
    ).toBe(0);
  });

  it("takes a break until a date, changes it, and comes back with one tap; the status never changes", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    actAs(jo.user);
    const until = new Date(today().getTime() + 10 * DAY);
    const state = await takeBreakAction(
      idle,
      form({ until: "DATE", updates: "PAYMENTS_ONLY", ...dayParts("breakUntil", until) }),
    );
    expect(state.status).toBe("success");
    let p = await profileOf(jo.expert.id);
    expect(p.breakStartedAt).not.toBeNull();
    expect(p.breakUntil?.toISOString().slice(0, 10)).toBe(until.toISOString().slice(0, 10));
    expect(p.breakUpdates).toBe("PAYMENTS_ONLY");
    expect(p.status).toBe("ACTIVE");
    expect((await findMyBreak({ expertId: jo.expert.id }))?.onBreak).toBe(true);
    const started = p.breakStartedAt;

    // "Until I say" instead: the break keeps its start.
    expect((await takeBreakAction(idle, form({ until: "OPEN", updates: "GROUP_NEWS" }))).status).toBe("success");
    p = await profileOf(jo.expert.id);
    expect(p).toMatchObject({ breakUntil: null, breakUpdates: "GROUP_NEWS", breakStartedAt: started });

    // "I'm back" says welcome on the home page (the banner with the button has gone).
    await expect(endBreakAction(idle, form({}))).rejects.toThrow("NEXT_REDIRECT");
    p = await profileOf(jo.expert.id);
    expect(p).toMatchObject({ breakStartedAt: null, breakUntil: null, status: "ACTIVE" });
    const actions = await db.auditEvent.findMany({
      where: { entityId: jo.expert.id, action: { startsWith: "expert.break" } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "expert.break.started",
      "expert.break.changed",
      "expert.break.ended",
    ]);
    expect(actions.every((a) => a.actorId === jo.user.id)).toBe(true);
    // Not on a break any more: "I'm back" again is refused.
    expect(await endBreakAction(idle, form({}))).toMatchObject({ status: "error", message: "You are not on a break." });
  });

  it("a break whose last day has passed has ended by itself", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    await onBreak(jo.expert.id, new Date(today().getTime() - DAY));
    expect(isOnBreak(await profileOf(jo.expert.id))).toBe(false);
    expect((await findMyBreak({ expertId: jo.expert.id }))?.onBreak).toBe(false);
    // The last day itself is still part of the break.
    await onBreak(jo.expert.id, today());
    expect(isOnBreak(await profileOf(jo.expert.id))).toBe(true);
  });
});

describe("nothing is offered during a break", () => {
  it("a freed place skips the person on a break and goes to the next on the waiting list", async () => {
    const world = await createWorld(3);
    const [jo, resting, next] = world.experts;
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    const first = await db.booking.create({
      data: {
        sessionId: session.id,
        expertId: resting.expert.id,
        status: "WAITLISTED",
        requestedAt: new Date(Date.now() - 60_000),
      },
    });
    const second = await db.booking.create({
      data: { sessionId: session.id, expertId: next.expert.id, status: "WAITLISTED" },
    });
    await onBreak(resting.expert.id, null);
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: mine.id, confirm: "yes" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("WAITLISTED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("CONFIRMED");
    expect(await db.notification.count({ where: { userId: resting.user.id } })).toBe(0);
  });

  it("is not suggested for booking directly, and booking them directly is refused", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    await onBreak(kim.expert.id, new Date(today().getTime() + 5 * DAY));
    const bookable = await listBookableExperts({ sessionId: session.id, partnershipId: world.partnership.id });
    expect(bookable.map((e) => e.id)).toEqual([jo.expert.id]);
    actAs(world.coordinator);
    const state = await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: kim.expert.id }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.expertId?.[0]).toMatch(/on a break/);
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("is shown as on a break on the dashboard, not as 'not offered anything'", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    await onBreak(kim.expert.id, null);
    const dash = await coordinatorDashboard({
      institutionId: world.institution.id,
      partnershipId: world.partnership.id,
    });
    expect(dash.quiet.items.map((e) => e.id)).toEqual([jo.expert.id]);
    const resting = await listOnBreak({ partnershipId: world.partnership.id });
    expect(resting).toMatchObject({ total: 1, items: [{ id: kim.expert.id, breakUntil: null }] });
  });
});

describe("what reaches someone on a break", () => {
  const kinds = ["PAYMENT", "BOOKING", "REMINDER", "DIGEST"] as const;
  async function send(userId: string) {
    await db.$transaction((tx) =>
      notify(
        kinds.map((kind) => ({ userId, kind, title: `A ${kind} message`, body: "Hello." })),
        tx,
      ),
    );
    const messages = await db.message.findMany({ where: { userId }, select: { kind: true, status: true } });
    return Object.fromEntries(messages.map((m) => [m.kind, m.status]));
  }

  it("emails only the kinds they chose; the rest stay inside Involve", async () => {
    const world = await createWorld(4);
    const [payments, bookings, news, back] = world.experts;
    await onBreak(payments.expert.id, null, "PAYMENTS_ONLY");
    await onBreak(bookings.expert.id, null, "MY_BOOKINGS");
    await onBreak(news.expert.id, null, "GROUP_NEWS");
    await onBreak(back.expert.id, new Date(today().getTime() - DAY), "PAYMENTS_ONLY");

    expect(await send(payments.user.id)).toEqual({
      PAYMENT: "QUEUED",
      BOOKING: "SKIPPED",
      REMINDER: "SKIPPED",
      DIGEST: "SKIPPED",
    });
    expect(await send(bookings.user.id)).toEqual({
      PAYMENT: "QUEUED",
      BOOKING: "QUEUED",
      REMINDER: "QUEUED",
      DIGEST: "SKIPPED",
    });
    expect(await send(news.user.id)).toEqual({
      PAYMENT: "QUEUED",
      BOOKING: "QUEUED",
      REMINDER: "QUEUED",
      DIGEST: "QUEUED",
    });
    // A break that has ended filters nothing.
    expect(await send(back.user.id)).toEqual({
      PAYMENT: "QUEUED",
      BOOKING: "QUEUED",
      REMINDER: "QUEUED",
      DIGEST: "QUEUED",
    });
    // In-app notifications are kept, to read when they are back.
    expect(await db.notification.count({ where: { userId: payments.user.id } })).toBe(kinds.length);
    const skipped = await db.message.findFirstOrThrow({ where: { userId: payments.user.id, kind: "BOOKING" } });
    expect(skipped.lastError).toMatch(/on a break/);
  });
});

describe("coordinators see a break", () => {
  it("their own partnership's coordinators see it and can end it; the expert is told", async () => {
    const world = await createWorld(2);
    const other = await createWorld(0);
    const [jo, kim] = world.experts;
    const until = new Date(today().getTime() + 7 * DAY);
    await onBreak(jo.expert.id, until);

    const seen = await breaksOf({ partnershipId: world.partnership.id, expertIds: [jo.expert.id, kim.expert.id] });
    expect([...seen.keys()]).toEqual([jo.expert.id]);
    expect(await findExpertBreak({ partnershipId: world.partnership.id, expertId: jo.expert.id })).toMatchObject({
      breakUntil: until,
    });
    // Another partnership sees nothing, and cannot end it.
    expect(await findExpertBreak({ partnershipId: other.partnership.id, expertId: jo.expert.id })).toBeNull();
    expect((await breaksOf({ partnershipId: other.partnership.id, expertIds: [jo.expert.id] })).size).toBe(0);
    actAs(other.coordinator);
    expect(await endExpertBreakAction(idle, form({ expertId: jo.expert.id }))).toMatchObject({
      status: "error",
      code: "NOT_FOUND",
    });
    expect((await profileOf(jo.expert.id)).breakStartedAt).not.toBeNull();
    // Nor can the expert themselves use the coordinator's action.
    actAs(kim.user);
    expect(await endExpertBreakAction(idle, form({ expertId: jo.expert.id }))).toMatchObject({
      status: "error",
      message: MESSAGES.forbidden,
    });

    actAs(world.coordinator);
    expect((await endExpertBreakAction(idle, form({ expertId: jo.expert.id }))).status).toBe("success");
    expect((await profileOf(jo.expert.id)).breakStartedAt).toBeNull();
    expect(await db.notification.count({ where: { userId: jo.user.id } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { entityId: jo.expert.id, action: "expert.break.ended-by-coordinator", actorId: world.coordinator.id },
      }),
    ).toBe(1);
  });
});

describe("training and induction", () => {
  it("a coordinator records training; validation writes nothing", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    actAs(world.coordinator);
    const done = new Date(today().getTime() - 30 * DAY);

    const future = await recordTrainingAction(
      idle,
      form({
        expertId: jo.expert.id,
        course: "EQUALITY",
        ...dayParts("completedOn", new Date(today().getTime() + DAY)),
      }),
    );
    expect(future.fieldErrors?.completedOn).toEqual(["The date they completed it must be today or in the past"]);
    const untitled = await recordTrainingAction(
      idle,
      form({ expertId: jo.expert.id, course: "OTHER", ...dayParts("completedOn", done) }),
    );
    expect(untitled.fieldErrors?.title).toEqual(["Enter the name of the course"]);
    const noCourse = await recordTrainingAction(
      idle,
      form({ expertId: jo.expert.id, ...dayParts("completedOn", done) }),
    );
    expect(noCourse.fieldErrors?.course).toEqual(["Choose the course"]);
    expect(await db.trainingRecord.count({ where: { expertId: jo.expert.id } })).toBe(0);

    const ok = await recordTrainingAction(
      idle,
      form({
        expertId: jo.expert.id,
        course: "OTHER",
        title: "Co-production basics",
        note: "Online",
        ...dayParts("completedOn", done),
      }),
    );
    expect(ok.status).toBe("success");
    const saved = await db.trainingRecord.findFirstOrThrow({ where: { expertId: jo.expert.id } });
    expect(saved).toMatchObject({
      course: "OTHER",
      title: "Co-production basics",
      note: "Online",
      recordedById: world.coordinator.id,
    });
    // A title typed for a named course is not kept.
    await recordTrainingAction(
      idle,
      form({ expertId: jo.expert.id, course: "SAFEGUARDING", title: "stray", ...dayParts("completedOn", done) }),
    );
    expect(
      (await db.trainingRecord.findFirstOrThrow({ where: { course: "SAFEGUARDING", expertId: jo.expert.id } })).title,
    ).toBe("");
    expect(
      await db.auditEvent.count({ where: { action: "expert.training.recorded", actorId: world.coordinator.id } }),
    ).toBe(2);

    expect((await deleteTrainingAction(idle, form({ trainingId: saved.id }))).status).toBe("success");
    expect(await db.trainingRecord.count({ where: { id: saved.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "expert.training.deleted", entityId: saved.id } })).toBe(1);
  });

  it("another partnership's expert is refused; experts and academics cannot record training", async () => {
    const world = await createWorld(1);
    const other = await createWorld(1);
    const [jo] = world.experts;
    const done = new Date(today().getTime() - DAY);
    const valid = form({ expertId: jo.expert.id, course: "EQUALITY", ...dayParts("completedOn", done) });

    actAs(other.coordinator);
    expect(await recordTrainingAction(idle, valid)).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(
      await setInductionDateAction(idle, form({ expertId: jo.expert.id, ...dayParts("inductionDate", done) })),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    for (const who of [jo.user, world.academic]) {
      actAs(who);
      expect(await recordTrainingAction(idle, valid)).toMatchObject({ status: "error", message: MESSAGES.forbidden });
    }
    expect(await db.trainingRecord.count({ where: { expertId: jo.expert.id } })).toBe(0);

    // Deleting another partnership's record is refused too.
    const theirs = await db.trainingRecord.create({
      data: { expertId: jo.expert.id, course: "EQUALITY", completedOn: done, recordedById: world.coordinator.id },
    });
    actAs(other.coordinator);
    expect(await deleteTrainingAction(idle, form({ trainingId: theirs.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.trainingRecord.count({ where: { id: theirs.id } })).toBe(1);
    expect(
      await findTrainingForCoordinator({ partnershipId: other.partnership.id, expertId: jo.expert.id }),
    ).toBeNull();
  });

  it("sets the induction date (not in the future), and the expert sees only their own training", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    actAs(world.coordinator);
    const inducted = new Date(today().getTime() - 60 * DAY);
    const future = await setInductionDateAction(
      idle,
      form({ expertId: jo.expert.id, ...dayParts("inductionDate", new Date(today().getTime() + 2 * DAY)) }),
    );
    expect(future.fieldErrors?.inductionDate).toEqual(["The date of their induction must be today or in the past"]);
    expect((await profileOf(jo.expert.id)).inductionDate).toBeNull();
    expect(
      (await setInductionDateAction(idle, form({ expertId: jo.expert.id, ...dayParts("inductionDate", inducted) })))
        .status,
    ).toBe("success");
    expect((await profileOf(jo.expert.id)).inductionDate?.toISOString().slice(0, 10)).toBe(
      inducted.toISOString().slice(0, 10),
    );

    await db.trainingRecord.createMany({
      data: [
        { expertId: jo.expert.id, course: "EQUALITY", completedOn: inducted, recordedById: world.coordinator.id },
        { expertId: kim.expert.id, course: "SAFEGUARDING", completedOn: inducted, recordedById: world.coordinator.id },
      ],
    });
    const mine = await findMyTraining({ expertId: jo.expert.id });
    expect(mine?.trainingRecords.map((r) => r.course)).toEqual(["EQUALITY"]);
    expect(mine?.inductionDate).not.toBeNull();

    // Their subject access copy carries the break fields and the training.
    await onBreak(jo.expert.id, null, "GROUP_NEWS");
    const data = await collectSubjectAccess({ expertId: jo.expert.id, partnershipId: world.partnership.id });
    expect(data?.training.map((t) => t.course)).toEqual(["EQUALITY"]);
    expect(data?.profile.breakUpdates).toBe("GROUP_NEWS");
    expect(data?.profile.breakStartedAt).not.toBeNull();
    const zip = await JSZip.loadAsync(
      await buildSubjectAccessArchive(data!, { producedAt: new Date(), onBehalf: false }),
    );
    const training = await zip.file("training.csv")?.async("string");
    expect(training).toContain("Equality and diversity");
    expect(await zip.file("profile.csv")?.async("string")).toContain("About my bookings and payments, and group news");
  });
});
