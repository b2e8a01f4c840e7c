import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/actions/action";
import { signUpForSessionAction, withdrawBookingAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { actAs } from "../helpers/actor";
import { createExpert, createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const DAY = 24 * 3600 * 1000;

async function bookingOf(sessionId: string, expertId: string) {
  return db.booking.findUnique({ where: { sessionId_expertId: { sessionId, expertId } } });
}

describe("signUpForSessionAction", () => {
  it("makes a REQUESTED booking and never confirms", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    actAs(jo.user);
    const state = await signUpForSessionAction(idle, form({ sessionId: session.id }));
    expect(state).toMatchObject({
      status: "success",
      message: "You have asked for a place. The coordinator will let you know.",
    });
    expect((await bookingOf(session.id, jo.expert.id))?.status).toBe("REQUESTED");
    expect(
      await db.auditEvent.count({ where: { entityType: "Booking", action: "booking.requested", actorId: jo.user.id } }),
    ).toBe(1);
  });

  it("refuses a second active request for the same session", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    actAs(jo.user);
    await signUpForSessionAction(idle, form({ sessionId: session.id }));
    const again = await signUpForSessionAction(idle, form({ sessionId: session.id }));
    expect(again).toMatchObject({ status: "error", message: "You have already asked for a place on this session." });
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("re-opens a withdrawn booking as REQUESTED", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    const old = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "WITHDRAWN", withdrawnAt: new Date() },
    });
    actAs(jo.user);
    expect((await signUpForSessionAction(idle, form({ sessionId: session.id }))).status).toBe("success");
    const now = await db.booking.findUniqueOrThrow({ where: { id: old.id } });
    expect(now).toMatchObject({ status: "REQUESTED", withdrawnAt: null });
  });

  it("refuses a full session unless the expert chooses the waiting list", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    await db.booking.create({ data: { sessionId: session.id, expertId: kim.expert.id, status: "CONFIRMED" } });
    actAs(jo.user);
    const full = await signUpForSessionAction(idle, form({ sessionId: session.id }));
    expect(full).toMatchObject({
      status: "error",
      code: "CONFLICT",
      message: "This session is full. You can join the waiting list and we will offer you a place if one comes up.",
    });
    expect(await bookingOf(session.id, jo.expert.id)).toBeNull();
    const waiting = await signUpForSessionAction(idle, form({ sessionId: session.id, waitlist: "yes" }));
    expect(waiting.status).toBe("success");
    expect((await bookingOf(session.id, jo.expert.id))?.status).toBe("WAITLISTED");
  });

  it("refuses an expert who is not ACTIVE yet", async () => {
    const world = await createWorld(0);
    const newcomer = await createExpert(world.partnership.id, { status: "INDUCTION" });
    const session = await createSession((await createOpportunity(world)).id);
    actAs(newcomer.user);
    const state = await signUpForSessionAction(idle, form({ sessionId: session.id }));
    expect(state.message).toBe("Your coordinator needs to finish setting up your account before you can sign up.");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("refuses past, cancelled, draft and other-partnership sessions", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const [jo] = world.experts;
    const opportunity = await createOpportunity(world);
    const past = await createSession(opportunity.id, { startsAt: new Date(Date.now() - DAY) });
    const cancelled = await createSession(opportunity.id);
    await db.session.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const draft = await createSession((await createOpportunity(world, { status: "DRAFT" })).id);
    const elsewhere = await createSession((await createOpportunity(other)).id);
    actAs(jo.user);
    for (const s of [past, cancelled, draft, elsewhere]) {
      expect((await signUpForSessionAction(idle, form({ sessionId: s.id }))).status).toBe("error");
    }
    expect((await signUpForSessionAction(idle, form({ sessionId: elsewhere.id }))).code).toBe("NOT_FOUND");
    expect(await db.booking.count({ where: { expertId: jo.expert.id } })).toBe(0);
  });

  it("is for experts only", async () => {
    const world = await createWorld(0);
    const session = await createSession((await createOpportunity(world)).id);
    for (const user of [world.coordinator, world.academic, world.admin]) {
      actAs(user);
      expect(await signUpForSessionAction(idle, form({ sessionId: session.id }))).toMatchObject({
        code: "FORBIDDEN",
        message: MESSAGES.forbidden,
      });
    }
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("twenty concurrent sign-ups never confirm anyone", async () => {
    const world = await createWorld(20);
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    // actAs is read synchronously when each action starts, so every call runs as its own expert.
    const results = await Promise.all(
      world.experts.map(({ user }) => {
        actAs(user);
        return signUpForSessionAction(idle, form({ sessionId: session.id }));
      }),
    );
    expect(results.every((r) => r.status === "success" && r.data?.status === "REQUESTED")).toBe(true);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(0);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "REQUESTED" } })).toBe(20);
  });

  it("a double tap makes one booking", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    actAs(jo.user);
    const states = await Promise.all(
      [1, 2, 3].map(() => signUpForSessionAction(idle, form({ sessionId: session.id }))),
    );
    expect(states.filter((s) => s.status === "success")).toHaveLength(1);
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(1);
  });
});

describe("withdrawBookingAction", () => {
  it("withdraws a confirmed booking and gives the place to the earliest on the waiting list", async () => {
    const world = await createWorld(3);
    const [jo, early, late] = world.experts;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 1 });
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    const first = await db.booking.create({
      data: {
        sessionId: session.id,
        expertId: early.expert.id,
        status: "WAITLISTED",
        requestedAt: new Date(Date.now() - 60_000),
      },
    });
    const second = await db.booking.create({
      data: { sessionId: session.id, expertId: late.expert.id, status: "WAITLISTED" },
    });
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: mine.id, confirm: "yes" }))).status).toBe("success");
    expect(await db.booking.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "WITHDRAWN" });
    const promoted = await db.booking.findUniqueOrThrow({ where: { id: first.id } });
    expect(promoted.status).toBe("CONFIRMED");
    expect(promoted.offeredAt).not.toBeNull();
    expect((await db.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("WAITLISTED");
    const told = await db.notification.findMany({ where: { userId: early.user.id } });
    expect(told).toHaveLength(1);
    expect(told[0].title).toBe("A place has come up");
    expect(await db.notification.count({ where: { userId: world.coordinator.id } })).toBe(1);
  });

  it("a place that comes up is not offered to someone taking a break: they stay on the list", async () => {
    const world = await createWorld(3);
    const [jo, resting, next] = world.experts;
    await db.expertProfile.update({ where: { id: resting.expert.id }, data: { status: "PAUSED" } });
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    const paused = await db.booking.create({
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
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: mine.id, confirm: "yes" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: paused.id } })).status).toBe("WAITLISTED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("CONFIRMED");
    expect(await db.message.count({ where: { userId: resting.user.id } })).toBe(0);
  });

  it("withdrawing a request promotes nobody", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "REQUESTED" },
    });
    const waiting = await db.booking.create({
      data: { sessionId: session.id, expertId: kim.expert.id, status: "WAITLISTED" },
    });
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: mine.id, confirm: "yes" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("WAITLISTED");
  });

  it("needs the confirmation and changes nothing without it", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    actAs(jo.user);
    const state = await withdrawBookingAction(idle, form({ bookingId: mine.id }));
    expect(state).toMatchObject({ code: "INVALID", fieldErrors: { confirm: ["Confirm that you want to withdraw"] } });
    expect((await db.booking.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("CONFIRMED");
  });

  it("cannot withdraw another expert's booking", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    const theirs = await db.booking.create({
      data: { sessionId: session.id, expertId: kim.expert.id, status: "CONFIRMED" },
    });
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: theirs.id, confirm: "yes" }))).code).toBe("NOT_FOUND");
    expect(await db.booking.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      status: "CONFIRMED",
      withdrawnAt: null,
    });
  });

  it("cannot withdraw after the session has started, or a finished booking", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const opportunity = await createOpportunity(world);
    const started = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 60_000) });
    const a = await db.booking.create({ data: { sessionId: started.id, expertId: jo.expert.id, status: "CONFIRMED" } });
    const future = await createSession(opportunity.id);
    const b = await db.booking.create({ data: { sessionId: future.id, expertId: jo.expert.id, status: "DECLINED" } });
    actAs(jo.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: a.id, confirm: "yes" }))).status).toBe("error");
    expect((await withdrawBookingAction(idle, form({ bookingId: b.id, confirm: "yes" }))).status).toBe("error");
    expect((await db.booking.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("CONFIRMED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DECLINED");
  });

  it("is for experts only", async () => {
    const world = await createWorld(1);
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: world.experts[0].expert.id, status: "CONFIRMED" },
    });
    actAs(world.coordinator);
    expect((await withdrawBookingAction(idle, form({ bookingId: booking.id, confirm: "yes" }))).code).toBe("FORBIDDEN");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  });
});
