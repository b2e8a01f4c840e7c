import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSessionAction, cancelSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { toDateInput } from "@/lib/format";
import { actAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const inAMonth = toDateInput(new Date(Date.now() + 30 * 86_400_000));
const fields = (extra: Record<string, string> = {}) => ({
  date: inAMonth,
  startTime: "10:00",
  endTime: "12:30",
  location: "Room 2.14",
  places: "4",
  ...extra,
});

describe("addSessionAction", () => {
  it("adds a session in London time", async () => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world, { status: "DRAFT" });
    actAs(world.coordinator);
    expect(
      await redirectOf(
        addSessionAction(idle, form({ opportunityId: opportunity.id, ...fields({ date: "2027-07-01" }) })),
      ),
    ).toBe(`/coordinator/opportunities/${opportunity.id}`);
    const session = await db.session.findFirstOrThrow({ where: { opportunityId: opportunity.id } });
    // 1 July is British Summer Time: 10:00 in London is 09:00 UTC.
    expect(session.startsAt.toISOString()).toBe("2027-07-01T09:00:00.000Z");
    expect(session.endsAt.toISOString()).toBe("2027-07-01T11:30:00.000Z");
    expect(session).toMatchObject({ places: 4, location: "Room 2.14", onlineUrl: "" });
  });

  it("validates and writes nothing", async () => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world);
    actAs(world.coordinator);
    const cases: [Record<string, string>, string][] = [
      [{ endTime: "09:00" }, "endTime"],
      [{ location: "" }, "location"],
      [{ location: "", onlineUrl: "http://insecure.example" }, "onlineUrl"],
      [{ places: "0" }, "places"],
      [{ places: "201" }, "places"],
      [{ date: "2026-02-31" }, "date"],
      [{ date: "2020-01-01" }, "date"],
    ];
    for (const [extra, field] of cases) {
      const state = await addSessionAction(idle, form({ opportunityId: opportunity.id, ...fields(extra) }));
      expect(state.fieldErrors?.[field], JSON.stringify(extra)).toBeTruthy();
    }
    expect(await db.session.count({ where: { opportunityId: opportunity.id } })).toBe(0);
  });

  it("refuses other roles and other universities", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const opportunity = await createOpportunity(world);
    for (const [user, code] of [
      [world.experts[0].user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      expect((await addSessionAction(idle, form({ opportunityId: opportunity.id, ...fields() }))).code).toBe(code);
    }
    expect(await db.session.count({ where: { opportunityId: opportunity.id } })).toBe(0);
  });
});

describe("updateSessionAction", () => {
  it("changes the session and tells people who are booked", async () => {
    const world = await createWorld(1);
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    await db.booking.create({
      data: { sessionId: session.id, expertId: world.experts[0].expert.id, status: "CONFIRMED" },
    });
    actAs(world.coordinator);
    expect(
      await redirectOf(
        updateSessionAction(
          idle,
          form({ sessionId: session.id, ...fields({ onlineUrl: "https://meet.example/abc" }) }),
        ),
      ),
    ).toBe(`/coordinator/sessions/${session.id}`);
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      places: 4,
      onlineUrl: "https://meet.example/abc",
    });
    expect((await db.notification.findFirstOrThrow({ where: { userId: world.experts[0].user.id } })).title).toBe(
      "A session has changed",
    );
  });

  it("cannot reduce places below the confirmed count", async () => {
    const world = await createWorld(2);
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    for (const e of world.experts)
      await db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id, status: "CONFIRMED" } });
    actAs(world.coordinator);
    const state = await updateSessionAction(idle, form({ sessionId: session.id, ...fields({ places: "1" }) }));
    expect(state.fieldErrors?.places?.[0]).toContain("2 people are already confirmed");
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).places).toBe(3);
  });

  it("refuses another university", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const session = await createSession((await createOpportunity(world)).id);
    actAs(other.coordinator);
    expect((await updateSessionAction(idle, form({ sessionId: session.id, ...fields({ places: "9" }) }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).places).toBe(session.places);
  });
});

describe("cancelSessionAction", () => {
  it("cancels the session's live bookings and tells each expert", async () => {
    const world = await createWorld(3);
    const session = await createSession((await createOpportunity(world)).id, { places: 3 });
    const [a, b, c] = world.experts;
    await db.booking.create({ data: { sessionId: session.id, expertId: a.expert.id, status: "CONFIRMED" } });
    await db.booking.create({ data: { sessionId: session.id, expertId: b.expert.id, status: "REQUESTED" } });
    await db.booking.create({ data: { sessionId: session.id, expertId: c.expert.id, status: "DECLINED" } });
    actAs(world.coordinator);
    expect((await cancelSessionAction(idle, form({ sessionId: session.id }))).fieldErrors?.confirm).toBeTruthy();
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).cancelledAt).toBeNull();
    const state = await cancelSessionAction(
      idle,
      form({ sessionId: session.id, confirm: "yes", reason: "The lecturer is ill." }),
    );
    expect(state.status).toBe("success");
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).cancelledAt).not.toBeNull();
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CANCELLED_BY_UNIVERSITY" } })).toBe(2);
    expect(await db.notification.count({ where: { userId: { in: [a.user.id, b.user.id] } } })).toBe(2);
    expect(await db.notification.count({ where: { userId: c.user.id } })).toBe(0);
  });

  it("refuses other roles and other universities", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const session = await createSession((await createOpportunity(world)).id);
    for (const [user, code] of [
      [world.experts[0].user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      expect((await cancelSessionAction(idle, form({ sessionId: session.id, confirm: "yes" }))).code).toBe(code);
    }
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).cancelledAt).toBeNull();
  });

  it("a confirmation racing a cancellation never leaves a confirmed place on a cancelled session", async () => {
    const world = await createWorld(6);
    const session = await createSession((await createOpportunity(world)).id, { places: 6 });
    const asks = await Promise.all(
      world.experts.map((e) => db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id } })),
    );
    const { decideBookingAction } = await import("@/lib/bookings/actions");
    actAs(world.coordinator);
    await Promise.all([
      ...asks.slice(0, 3).map((b) => decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))),
      cancelSessionAction(idle, form({ sessionId: session.id, confirm: "yes" })),
      ...asks.slice(3).map((b) => decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))),
    ]);
    expect(
      await db.booking.count({ where: { sessionId: session.id, status: { in: ["CONFIRMED", "REQUESTED"] } } }),
    ).toBe(0);
  });
});
