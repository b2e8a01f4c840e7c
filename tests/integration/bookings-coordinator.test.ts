import { describe, expect, it } from "vitest";
import { bookExpertDirectlyAction, decideBookingAction, withdrawBookingAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { actAs } from "../helpers/actor";
import {
  createExpert,
  createOpportunity,
  createSession,
  createUser,
  createWorld,
  form,
  idle,
} from "../helpers/factories";

const request = (sessionId: string, expertId: string, status: "REQUESTED" | "WAITLISTED" | "CONFIRMED" = "REQUESTED") =>
  db.booking.create({ data: { sessionId, expertId, status } });

describe("decideBookingAction", () => {
  it("confirms a request, tells the expert and audits", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await request(session.id, jo.expert.id);
    actAs(world.coordinator);
    const state = await decideBookingAction(
      idle,
      form({ bookingId: booking.id, decision: "CONFIRMED", message: "See you there" }),
    );
    expect(state).toMatchObject({ status: "success", warnings: [] });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "CONFIRMED",
      decidedById: world.coordinator.id,
      message: "See you there",
    });
    const note = await db.notification.findFirstOrThrow({ where: { userId: jo.user.id } });
    expect(note.title).toBe("Your place is confirmed");
    expect(note.body).toContain("See you there");
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.confirmed" } })).toBe(1);
  });

  it("puts on the waiting list and declines, and the admin may decide too", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    const a = await request(session.id, jo.expert.id);
    const b = await request(session.id, kim.expert.id);
    actAs(world.admin);
    expect((await decideBookingAction(idle, form({ bookingId: a.id, decision: "WAITLISTED" }))).status).toBe("success");
    expect((await decideBookingAction(idle, form({ bookingId: b.id, decision: "DECLINED" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("WAITLISTED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DECLINED");
    // A waitlisted person can later be confirmed.
    expect((await decideBookingAction(idle, form({ bookingId: a.id, decision: "CONFIRMED" }))).status).toBe("success");
  });

  it("refuses to confirm into a full session", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    await request(session.id, kim.expert.id, "CONFIRMED");
    const booking = await request(session.id, jo.expert.id);
    actAs(world.coordinator);
    expect(await decideBookingAction(idle, form({ bookingId: booking.id, decision: "CONFIRMED" }))).toMatchObject({
      status: "error",
      message: "This session is full. Put them on the waiting list or add places.",
    });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("REQUESTED");
    expect(await db.notification.count({ where: { userId: jo.user.id } })).toBe(0);
  });

  it("returns an earnings-limit warning but still confirms", async () => {
    const world = await createWorld(0);
    const capped = await createExpert(world.partnership.id, { earningsLimitPence: 3000, earningsLimitPeriod: "WEEK" });
    const session = await createSession((await createOpportunity(world, { payRatePence: 2500 })).id, { minutes: 120 });
    const booking = await request(session.id, capped.expert.id);
    actAs(world.coordinator);
    const state = await decideBookingAction(idle, form({ bookingId: booking.id, decision: "CONFIRMED" }));
    expect(state.status).toBe("success");
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings?.[0]).toContain("earnings limit");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  });

  it("validates the decision and the message length, writing nothing", async () => {
    const world = await createWorld(1);
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await request(session.id, world.experts[0].expert.id);
    actAs(world.coordinator);
    expect(
      (await decideBookingAction(idle, form({ bookingId: booking.id, decision: "ATTENDED" }))).fieldErrors?.decision,
    ).toBeTruthy();
    expect(
      (
        await decideBookingAction(
          idle,
          form({ bookingId: booking.id, decision: "DECLINED", message: "x".repeat(1001) }),
        )
      ).fieldErrors?.message,
    ).toBeTruthy();
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("REQUESTED");
    expect(await db.auditEvent.count({ where: { entityId: booking.id } })).toBe(0);
  });

  it("refuses experts and academics, and coordinators of another institution", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await request(session.id, world.experts[0].expert.id);
    for (const [user, code] of [
      [world.experts[0].user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      expect((await decideBookingAction(idle, form({ bookingId: booking.id, decision: "CONFIRMED" }))).code).toBe(code);
    }
    // Same partnership, different university: still not theirs.
    const neighbour = await db.institution.create({
      data: { name: `${world.institution.name}-n`, shortName: "N", partnershipId: world.partnership.id },
    });
    actAs(await createUser("COORDINATOR", { institutionId: neighbour.id }));
    expect((await decideBookingAction(idle, form({ bookingId: booking.id, decision: "CONFIRMED" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "REQUESTED",
      decidedById: null,
    });
  });

  it("does not decide twice", async () => {
    const world = await createWorld(1);
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await request(session.id, world.experts[0].expert.id);
    actAs(world.coordinator);
    await decideBookingAction(idle, form({ bookingId: booking.id, decision: "DECLINED" }));
    expect((await decideBookingAction(idle, form({ bookingId: booking.id, decision: "CONFIRMED" }))).status).toBe(
      "error",
    );
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("DECLINED");
  });
});

describe("the capacity race", () => {
  it("20 concurrent confirmations by different coordinators fill exactly 3 places", async () => {
    const world = await createWorld(20);
    const coordinators = [world.coordinator, world.admin];
    for (let i = 0; i < 3; i++)
      coordinators.push(await createUser("COORDINATOR", { institutionId: world.institution.id }));
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    const bookings = await Promise.all(world.experts.map((e) => request(session.id, e.expert.id)));
    const states = await Promise.all(
      bookings.map((b, i) => {
        actAs(coordinators[i % coordinators.length]);
        return decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }));
      }),
    );
    expect(states.filter((s) => s.status === "success")).toHaveLength(3);
    const refused = states.filter((s) => s.status === "error");
    expect(refused).toHaveLength(17);
    expect(
      refused.every((s) => s.message === "This session is full. Put them on the waiting list or add places."),
    ).toBe(true);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(3);
    expect(await db.notification.count({ where: { userId: { in: world.experts.map((e) => e.user.id) } } })).toBe(3);
  });

  it("20 concurrent confirmations by the same coordinator fill exactly 3 places", async () => {
    const world = await createWorld(20);
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    const bookings = await Promise.all(world.experts.map((e) => request(session.id, e.expert.id)));
    actAs(world.coordinator);
    const states = await Promise.all(
      bookings.map((b) => decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))),
    );
    expect(states.filter((s) => s.status === "success")).toHaveLength(3);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(3);
  });

  it("direct bookings racing confirmations never overbook", async () => {
    const world = await createWorld(12);
    const session = await createSession((await createOpportunity(world)).id, { places: 2 });
    const requested = await Promise.all(world.experts.slice(0, 6).map((e) => request(session.id, e.expert.id)));
    actAs(world.coordinator);
    const states = await Promise.all([
      ...requested.map((b) => decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))),
      ...world.experts
        .slice(6)
        .map((e) => bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: e.expert.id }))),
    ]);
    expect(states.filter((s) => s.status === "success")).toHaveLength(2);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(2);
  });

  it("concurrent withdraw + confirm + promotion keeps CONFIRMED within places", async () => {
    for (let round = 0; round < 5; round++) {
      const world = await createWorld(8);
      const session = await createSession((await createOpportunity(world)).id, { places: 2 });
      const [a, b, w1, w2, ...rest] = world.experts;
      const confirmedA = await request(session.id, a.expert.id, "CONFIRMED");
      const confirmedB = await request(session.id, b.expert.id, "CONFIRMED");
      await request(session.id, w1.expert.id, "WAITLISTED");
      await request(session.id, w2.expert.id, "WAITLISTED");
      const asks = await Promise.all(rest.map((e) => request(session.id, e.expert.id)));
      const calls: Promise<unknown>[] = [];
      actAs(a.user);
      calls.push(withdrawBookingAction(idle, form({ bookingId: confirmedA.id, confirm: "yes" })));
      actAs(world.coordinator);
      for (const ask of asks) calls.push(decideBookingAction(idle, form({ bookingId: ask.id, decision: "CONFIRMED" })));
      actAs(b.user);
      calls.push(withdrawBookingAction(idle, form({ bookingId: confirmedB.id, confirm: "yes" })));
      await Promise.all(calls);
      expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBeLessThanOrEqual(2);
      expect(await db.booking.count({ where: { sessionId: session.id, status: "WITHDRAWN" } })).toBe(2);
    }
  });
});

describe("bookExpertDirectlyAction", () => {
  it("books an active expert of the partnership as CONFIRMED", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    actAs(world.coordinator);
    expect((await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: jo.expert.id }))).status).toBe(
      "success",
    );
    const booking = await db.booking.findUniqueOrThrow({
      where: { sessionId_expertId: { sessionId: session.id, expertId: jo.expert.id } },
    });
    expect(booking).toMatchObject({ status: "CONFIRMED", decidedById: world.coordinator.id });
    expect(await db.notification.count({ where: { userId: jo.user.id } })).toBe(1);
    // Already booked: refused, still one booking.
    expect((await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: jo.expert.id }))).status).toBe(
      "error",
    );
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses paused experts, experts of another partnership, full sessions and other institutions", async () => {
    const world = await createWorld(1);
    const other = await createWorld(1);
    const paused = await createExpert(world.partnership.id, { status: "PAUSED" });
    const session = await createSession((await createOpportunity(world)).id, { places: 1 });
    actAs(world.coordinator);
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: paused.expert.id }))).fieldErrors
        ?.expertId,
    ).toBeTruthy();
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: other.experts[0].expert.id })))
        .fieldErrors?.expertId,
    ).toBeTruthy();
    actAs(other.coordinator);
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: other.experts[0].expert.id })))
        .code,
    ).toBe("NOT_FOUND");
    actAs(world.experts[0].user);
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: world.experts[0].expert.id })))
        .code,
    ).toBe("FORBIDDEN");
    actAs(world.academic);
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: world.experts[0].expert.id })))
        .code,
    ).toBe("FORBIDDEN");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
    await request(session.id, world.experts[0].expert.id, "CONFIRMED");
    const spare = await createExpert(world.partnership.id);
    actAs(world.coordinator);
    expect(
      (await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: spare.expert.id }))).message,
    ).toContain("full");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(1);
  });
});
