import { describe, expect, it } from "vitest";
import { correctAttendanceAction, markAttendanceAction } from "@/lib/bookings/actions";
import { approvePaymentAction } from "@/lib/payments/review-actions";
import { db } from "@/lib/db";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { actAs, runAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const HOUR = 3600 * 1000;
const REASON = "Recorded by mistake";

/** A past session with two experts, attendance saved through the real action: one came, one did not. */
async function markedSession() {
  const world = await createWorld(2);
  const opportunity = await createOpportunity(world, { payRatePence: 2000 });
  const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 3 * HOUR), minutes: 120 });
  const [came, missed] = await Promise.all(
    world.experts.map((e) =>
      db.booking.create({ data: { sessionId: session.id, expertId: e.expert.id, status: "CONFIRMED" } }),
    ),
  );
  actAs(world.coordinator);
  const marked = await markAttendanceAction(
    idle,
    form({ sessionId: session.id, [`attendance_${came!.id}`]: "ATTENDED", [`attendance_${missed!.id}`]: "NO_SHOW" }),
  );
  expect(marked.status).toBe("success");
  return { world, session, came: came!, missed: missed! };
}

const correct = (bookingId: string, attendance: "ATTENDED" | "NO_SHOW", reason = REASON) =>
  correctAttendanceAction(idle, form({ bookingId, attendance, reason }));

const bookingStatus = async (id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;
const paymentOf = (bookingId: string) => db.payment.findUnique({ where: { bookingId } });
const expertCount = async (sessionId: string) =>
  (await db.involvementRecord.findUnique({ where: { sessionId } }))?.expertCount ?? 0;

describe("correcting attendance: came → did not come", () => {
  it("with no payment made (the expert takes no fee, or it was never drafted), still corrects", async () => {
    const { world, session, came } = await markedSession();
    await db.payment.delete({ where: { bookingId: came.id } });
    actAs(world.coordinator);
    const state = await correct(came.id, "NO_SHOW");
    expect(state).toMatchObject({ status: "success" });
    expect(state.message).not.toContain("payment");
    expect(await bookingStatus(came.id)).toBe("NO_SHOW");
    expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
  });

  for (const status of ["DRAFT", "SUBMITTED", "DECLINED_BY_EXPERT"] as const) {
    it(`removes a ${status} payment with its expenses, and the involvement record, audited`, async () => {
      const { world, session, came } = await markedSession();
      const payment = await db.payment.update({ where: { bookingId: came.id }, data: { status } });
      await db.expenseItem.create({
        data: { paymentId: payment.id, type: "TRAVEL", amountPence: 420, addedById: world.experts[0]!.user.id },
      });
      expect(await expertCount(session.id)).toBe(1);
      actAs(world.coordinator);
      const state = await correct(came.id, "NO_SHOW");
      expect(state).toMatchObject({ status: "success" });
      expect(state.message).toContain("Their payment has been removed.");
      expect(await bookingStatus(came.id)).toBe("NO_SHOW");
      expect(await paymentOf(came.id)).toBeNull();
      expect(await db.expenseItem.count({ where: { paymentId: payment.id } })).toBe(0);
      expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
      const removed = await db.auditEvent.findFirstOrThrow({
        where: { entityId: payment.id, action: "payment.removed" },
      });
      expect(removed.before).toMatchObject({ status, feePence: 4000, expensesPence: 420 });
      const corrected = await db.auditEvent.findFirstOrThrow({
        where: { entityId: came.id, action: "booking.attendance_corrected" },
      });
      expect(corrected).toMatchObject({ actorId: world.coordinator.id, entityType: "Booking" });
      expect(corrected.before).toEqual({ status: "ATTENDED" });
      expect(corrected.after).toEqual({ status: "NO_SHOW", reason: REASON, payment: "removed" });
      // The expert is told, in the same transaction.
      const told = await db.notification.findFirst({
        where: { userId: world.experts[0]!.user.id, title: "Your attendance has been changed" },
      });
      expect(told?.body).toContain(REASON);
    });
  }

  const refusals: [PaymentStatus, RegExp][] = [
    ["APPROVED", /already been approved.*send it back first/],
    ["SENT_TO_FINANCE", /sent to the finance office.*overpayment/],
    ["PAID", /already been paid.*overpayment/],
  ];
  for (const [status, explanation] of refusals) {
    it(`refuses when the payment is ${status}, explains what to do, and changes nothing`, async () => {
      const { world, session, came } = await markedSession();
      await db.payment.update({ where: { bookingId: came.id }, data: { status } });
      actAs(world.coordinator);
      const state = await correct(came.id, "NO_SHOW");
      expect(state).toMatchObject({ status: "error", code: "CONFLICT" });
      expect(state.message).toMatch(explanation);
      expect(state.message).toContain("attendance has not been changed");
      expect(state.values).toMatchObject({ reason: REASON, attendance: "NO_SHOW" });
      expect(await bookingStatus(came.id)).toBe("ATTENDED");
      expect((await paymentOf(came.id))?.status).toBe(status);
      expect(await expertCount(session.id)).toBe(1);
      expect(await db.auditEvent.count({ where: { entityId: came.id, action: "booking.attendance_corrected" } })).toBe(
        0,
      );
    });
  }
});

describe("correcting attendance: did not come → came", () => {
  it("drafts the payment as the first marking does and counts them in the involvement record", async () => {
    const { world, session, missed } = await markedSession();
    expect(await paymentOf(missed.id)).toBeNull();
    actAs(world.coordinator);
    const state = await correct(missed.id, "ATTENDED", "They came late, after the register");
    expect(state).toMatchObject({ status: "success" });
    expect(state.message).toContain("Their payment is ready to check.");
    expect(await bookingStatus(missed.id)).toBe("ATTENDED");
    expect(await paymentOf(missed.id)).toMatchObject({ status: "DRAFT", feePence: 4000 });
    expect(await expertCount(session.id)).toBe(2);
    const corrected = await db.auditEvent.findFirstOrThrow({
      where: { entityId: missed.id, action: "booking.attendance_corrected" },
    });
    expect(corrected.after).toMatchObject({ status: "ATTENDED", payment: "drafted" });
    expect(
      await db.auditEvent.count({
        where: { entityType: "Payment", action: "payment.created", actorId: world.coordinator.id },
      }),
    ).toBeGreaterThan(0);
  });

  it("creates the involvement record when nobody else came", async () => {
    const { world, session, came, missed } = await markedSession();
    actAs(world.coordinator);
    expect((await correct(came.id, "NO_SHOW")).status).toBe("success");
    expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await correct(missed.id, "ATTENDED")).status).toBe("success");
    expect(await expertCount(session.id)).toBe(1);
  });

  // A payment that survived on a "did not come" booking (made before corrections existed) is kept as it is, whatever its state.
  for (const status of ["DRAFT", "SUBMITTED", "APPROVED", "SENT_TO_FINANCE", "PAID", "DECLINED_BY_EXPERT"] as const) {
    it(`keeps an existing ${status} payment rather than making a second`, async () => {
      const { world, came, missed } = await markedSession();
      const existing = await db.payment.update({
        where: { bookingId: came.id },
        data: { bookingId: missed.id, expertId: world.experts[1]!.expert.id, status },
      });
      actAs(world.coordinator);
      expect((await correct(missed.id, "ATTENDED")).status).toBe("success");
      const payments = await db.payment.findMany({ where: { bookingId: missed.id } });
      expect(payments).toHaveLength(1);
      expect(payments[0]).toMatchObject({ id: existing.id, status });
    });
  }
});

describe("correcting attendance: refusals", () => {
  it("needs a reason, keeps what was chosen, and changes nothing", async () => {
    const { world, came } = await markedSession();
    actAs(world.coordinator);
    const state = await correct(came.id, "NO_SHOW", "   ");
    expect(state).toMatchObject({ status: "error", code: "INVALID" });
    expect(state.fieldErrors?.reason).toEqual(["Say why you are changing the attendance"]);
    expect(state.values).toMatchObject({ attendance: "NO_SHOW" });
    expect(await bookingStatus(came.id)).toBe("ATTENDED");
    expect(await paymentOf(came.id)).not.toBeNull();
  });

  it("refuses a booking whose attendance was never recorded, and a change to the same answer", async () => {
    const { world, session, came } = await markedSession();
    const other = await createWorld(1);
    const confirmed = await db.booking.create({
      data: { sessionId: session.id, expertId: other.experts[0]!.expert.id, status: "CONFIRMED" },
    });
    actAs(world.coordinator);
    expect((await correct(confirmed.id, "ATTENDED")).message).toMatch(/has not been recorded/);
    expect(await bookingStatus(confirmed.id)).toBe("CONFIRMED");
    expect((await correct(came.id, "ATTENDED")).message).toMatch(/already recorded as having come/);
  });

  it("refuses experts, academics and other universities' coordinators", async () => {
    const { world, came } = await markedSession();
    const other = await createWorld(0);
    for (const [user, code] of [
      [world.experts[0]!.user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      expect((await correct(came.id, "NO_SHOW")).code).toBe(code);
    }
    expect(await bookingStatus(came.id)).toBe("ATTENDED");
  });

  it("two corrections at once: exactly one wins, and payment and record agree with the booking", async () => {
    const { world, session, came } = await markedSession();
    actAs(world.coordinator);
    const states = await Promise.all([correct(came.id, "NO_SHOW"), correct(came.id, "NO_SHOW")]);
    expect(states.filter((s) => s.status === "success")).toHaveLength(1);
    expect(await bookingStatus(came.id)).toBe("NO_SHOW");
    expect(await paymentOf(came.id)).toBeNull();
    expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: came.id, action: "booking.attendance_corrected" } })).toBe(1);
  });

  it("a correction racing an approval: either the payment is approved and they came, or both are undone", async () => {
    for (let round = 0; round < 3; round++) {
      const { world, session, came } = await markedSession();
      const payment = await db.payment.update({ where: { bookingId: came.id }, data: { status: "SUBMITTED" } });
      const [approved, corrected] = await Promise.all([
        runAs(world.coordinator, () => approvePaymentAction(idle, form({ paymentId: payment.id }))),
        runAs(world.coordinator, () => correct(came.id, "NO_SHOW")),
      ]);
      expect([approved.status, corrected.status].filter((s) => s === "success")).toHaveLength(1);
      const after = await paymentOf(came.id);
      if (approved.status === "success") {
        expect(after?.status).toBe("APPROVED");
        expect(await bookingStatus(came.id)).toBe("ATTENDED");
        expect(corrected.message).toMatch(/already been approved/);
        expect(await expertCount(session.id)).toBe(1);
      } else {
        expect(after).toBeNull();
        expect(await bookingStatus(came.id)).toBe("NO_SHOW");
        expect(await expertCount(session.id)).toBe(0);
      }
    }
  });
});
