import { describe, expect, it } from "vitest";
import { markAttendanceAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const HOUR = 3600 * 1000;

async function pastSessionWith(expertCount: number) {
  const world = await createWorld(expertCount);
  const opportunity = await createOpportunity(world, { payRatePence: 2000 });
  const session = await createSession(opportunity.id, {
    startsAt: new Date(Date.now() - 3 * HOUR),
    minutes: 120,
    places: 5,
  });
  const bookings = await Promise.all(
    world.experts.map((e) =>
      db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id, status: "CONFIRMED" } }),
    ),
  );
  return { world, session, bookings };
}

describe("markAttendanceAction", () => {
  it("marks bookings, drafts one payment per attendee and logs involvement", async () => {
    const {
      world,
      session,
      bookings: [came, missed],
    } = await pastSessionWith(2);
    actAs(world.coordinator);
    const state = await markAttendanceAction(
      idle,
      form({ sessionId: session.id, [`attendance_${came.id}`]: "ATTENDED", [`attendance_${missed.id}`]: "NO_SHOW" }),
    );
    expect(state).toMatchObject({ status: "success" });
    expect((await db.booking.findUniqueOrThrow({ where: { id: came.id } })).status).toBe("ATTENDED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: missed.id } })).status).toBe("NO_SHOW");
    const payments = await db.payment.findMany({ where: { booking: { sessionId: session.id } } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ bookingId: came.id, status: "DRAFT", feePence: 4000 });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).attendanceRecordedAt).not.toBeNull();
    const record = await db.involvementRecord.findUniqueOrThrow({ where: { sessionId: session.id } });
    expect(record).toMatchObject({ moduleId: world.module.id, expertCount: 1, minutes: 120 });
    expect(await db.auditEvent.count({ where: { entityId: session.id, action: "session.attendance_recorded" } })).toBe(
      1,
    );
  });

  it("submitted twice at once makes exactly one payment and one involvement record", async () => {
    const { world, session, bookings } = await pastSessionWith(3);
    const fields = Object.fromEntries(bookings.map((b) => [`attendance_${b.id}`, "ATTENDED"]));
    actAs(world.coordinator);
    const states = await Promise.all(
      [1, 2, 3].map(() => markAttendanceAction(idle, form({ sessionId: session.id, ...fields }))),
    );
    expect(states.filter((s) => s.status === "success")).toHaveLength(1);
    expect(await db.payment.count({ where: { booking: { sessionId: session.id } } })).toBe(3);
    expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(1);
    // And once more, later: still one payment each.
    const again = await markAttendanceAction(idle, form({ sessionId: session.id, ...fields }));
    expect(again.status).toBe("error");
    expect(await db.payment.count({ where: { booking: { sessionId: session.id } } })).toBe(3);
  });

  it("asks for every confirmed booking and writes nothing when one is missing", async () => {
    const {
      world,
      session,
      bookings: [a, b],
    } = await pastSessionWith(2);
    actAs(world.coordinator);
    const state = await markAttendanceAction(
      idle,
      form({ sessionId: session.id, [`attendance_${a.id}`]: "ATTENDED", [`attendance_${b.id}`]: "MAYBE" }),
    );
    expect(state).toMatchObject({ status: "error", code: "INVALID" });
    expect(state.fieldErrors?.[`attendance_${b.id}`]?.[0]).toMatch(/^Select whether .+ came$/);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(2);
    expect(await db.payment.count({ where: { booking: { sessionId: session.id } } })).toBe(0);
  });

  it("refuses before the session starts", async () => {
    const world = await createWorld(1);
    const session = await createSession((await createOpportunity(world)).id);
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: world.experts[0].expert.id, status: "CONFIRMED" },
    });
    actAs(world.coordinator);
    const state = await markAttendanceAction(
      idle,
      form({ sessionId: session.id, [`attendance_${booking.id}`]: "ATTENDED" }),
    );
    expect(state.message).toBe("You can record attendance once the session has started.");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  });

  it("refuses other roles and other institutions, changing nothing", async () => {
    const {
      world,
      session,
      bookings: [a],
    } = await pastSessionWith(1);
    const other = await createWorld(0);
    const fields = { sessionId: session.id, [`attendance_${a.id}`]: "ATTENDED" };
    for (const [user, code] of [
      [world.experts[0].user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      expect((await markAttendanceAction(idle, form(fields))).code).toBe(code);
    }
    expect((await db.booking.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("CONFIRMED");
    expect(await db.payment.count({ where: { bookingId: a.id } })).toBe(0);
  });

  it("ignores fields for bookings of another session", async () => {
    const {
      world,
      session,
      bookings: [a],
    } = await pastSessionWith(1);
    const elsewhere = await pastSessionWith(1);
    const theirs = elsewhere.bookings[0];
    actAs(world.coordinator);
    const state = await markAttendanceAction(
      idle,
      form({ sessionId: session.id, [`attendance_${a.id}`]: "ATTENDED", [`attendance_${theirs.id}`]: "ATTENDED" }),
    );
    expect(state.status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("CONFIRMED");
    expect(await db.payment.count({ where: { bookingId: theirs.id } })).toBe(0);
  });
});
