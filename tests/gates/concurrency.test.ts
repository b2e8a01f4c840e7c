/**
 * Concurrency and integrity gate: the real actions, called at the same moment (Promise.all,
 * over the real connection pool), never overbook a session, never pay twice and never write
 * two audit events for one change. Every race ends with the data invariants checked.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExpert, createOpportunity, createPartnership, createSession, createUser } from "../helpers/factories";
import { callAs, codeOf, explain, succeeded, toFormData, type Outcome } from "./call";
import { actionByKey, type ServerAction } from "./discover";
import { invariantViolations } from "./invariants";
import { attendedBookingWithPayment } from "./world";

async function action(key: string): Promise<ServerAction> {
  const found = await actionByKey(key);
  expect(found, `${key} is gone: point the concurrency gate at its replacement`).toBeDefined();
  return found!.fn;
}

const SIGN_UP = "lib/bookings/actions.ts#signUpForSessionAction";
const DECIDE = "lib/bookings/actions.ts#decideBookingAction";
const BOOK_DIRECTLY = "lib/bookings/actions.ts#bookExpertDirectlyAction";
const WITHDRAW = "lib/bookings/actions.ts#withdrawBookingAction";
const ATTENDANCE = "lib/bookings/actions.ts#markAttendanceAction";
const APPROVE = "lib/payments/review-actions.ts#approvePaymentAction";
const EXPORT = "lib/payments/export-actions.ts#createFinanceExportAction";

/** No outcome may be a crash or an unexpected error; refusals must be ones a person can act on. */
function expectNoFailures(outcomes: Outcome[], what: string) {
  const bad = outcomes.filter((o) => o.kind === "crash" || codeOf(o) === "ERROR" || codeOf(o) === "INVALID");
  expect(bad.map(explain), `${what}: unexpected failures`).toEqual([]);
}

async function expectSane() {
  expect(await invariantViolations()).toEqual([]);
}

const count = (outcomes: Outcome[], pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;

async function scene(opts: { places: number; experts: number }) {
  const { partnership, institution } = await createPartnership();
  const coordinator = await createUser("COORDINATOR", { institutionId: institution.id });
  const coordinator2 = await createUser("COORDINATOR", { institutionId: institution.id });
  const admin = await createUser("ADMIN", { institutionId: institution.id });
  const opportunity = await createOpportunity({ institution, coordinator });
  const session = await createSession(opportunity.id, { places: opts.places });
  const experts = await Promise.all(Array.from({ length: opts.experts }, () => createExpert(partnership.id)));
  return { partnership, institution, coordinator, coordinator2, admin, opportunity, session, experts };
}

const confirmedOn = (sessionId: string) => db.booking.count({ where: { sessionId, status: "CONFIRMED" } });
const auditCount = (action: string, entityIds: string[]) =>
  db.auditEvent.count({ where: { action, entityId: { in: entityIds } } });

describe("concurrency: places", () => {
  it("50 experts asking at once each get one request, and 50 confirmations at once fill exactly the 5 places", async () => {
    const [signUp, decide] = await Promise.all([action(SIGN_UP), action(DECIDE)]);
    const s = await scene({ places: 5, experts: 50 });

    const asked = await Promise.all(
      s.experts.map((e) => callAs(e.user, signUp, toFormData({ sessionId: s.session.id }))),
    );
    expectNoFailures(asked, "50 sign-ups at once");
    expect(
      count(asked, succeeded),
      asked
        .filter((o) => !succeeded(o))
        .map(explain)
        .join("\n"),
    ).toBe(50);
    const bookings = await db.booking.findMany({
      where: { sessionId: s.session.id },
      select: { id: true, status: true },
    });
    expect(bookings).toHaveLength(50);
    expect(bookings.every((b) => b.status === "REQUESTED")).toBe(true);

    // Three coordinators at once, each trying to confirm everybody.
    const deciders = [s.coordinator, s.coordinator2, s.admin];
    const decided = await Promise.all(
      bookings.map((b, i) =>
        callAs(
          deciders[i % deciders.length]!,
          decide,
          toFormData({ bookingId: b.id, decision: "CONFIRMED", message: "" }),
        ),
      ),
    );
    expectNoFailures(decided, "50 confirmations at once");
    expect(count(decided, succeeded), "confirmations that went through").toBe(5);
    expect(
      count(decided, (o) => codeOf(o) === "CONFLICT"),
      "confirmations refused because the session is full",
    ).toBe(45);
    expect(await confirmedOn(s.session.id)).toBe(5);
    expect(
      await auditCount(
        "booking.confirmed",
        bookings.map((b) => b.id),
      ),
    ).toBe(5);
    await expectSane();
  });

  it("confirming and booking directly at once never goes past the places", async () => {
    const [signUp, decide, bookDirectly] = await Promise.all([action(SIGN_UP), action(DECIDE), action(BOOK_DIRECTLY)]);
    const s = await scene({ places: 3, experts: 20 });
    const requesters = s.experts.slice(0, 10);
    const direct = s.experts.slice(10);
    await Promise.all(requesters.map((e) => callAs(e.user, signUp, toFormData({ sessionId: s.session.id }))));
    const requests = await db.booking.findMany({ where: { sessionId: s.session.id }, select: { id: true } });
    const outcomes = await Promise.all([
      ...requests.map((b) => callAs(s.coordinator, decide, toFormData({ bookingId: b.id, decision: "CONFIRMED" }))),
      ...direct.map((e) =>
        callAs(s.coordinator2, bookDirectly, toFormData({ sessionId: s.session.id, expertId: e.expert.id })),
      ),
    ]);
    expectNoFailures(outcomes, "confirm + book directly at once");
    expect(count(outcomes, succeeded)).toBe(3);
    expect(await confirmedOn(s.session.id)).toBe(3);
    await expectSane();
  });

  it("one expert tapping 'ask for a place' ten times at once gets one booking", async () => {
    const signUp = await action(SIGN_UP);
    const s = await scene({ places: 5, experts: 1 });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => callAs(s.experts[0]!.user, signUp, toFormData({ sessionId: s.session.id }))),
    );
    expectNoFailures(outcomes, "ten taps at once");
    expect(count(outcomes, succeeded)).toBe(1);
    expect(await db.booking.count({ where: { sessionId: s.session.id } })).toBe(1);
    const booking = await db.booking.findFirstOrThrow({ where: { sessionId: s.session.id } });
    expect(await auditCount("booking.requested", [booking.id])).toBe(1);
  });

  it("withdrawals, waiting-list promotions and confirmations racing keep the count right", async () => {
    const [decide, withdraw] = await Promise.all([action(DECIDE), action(WITHDRAW)]);
    const places = 5;
    const s = await scene({ places, experts: 17 });
    const [confirmed, waitlisted, requested] = [s.experts.slice(0, 5), s.experts.slice(5, 7), s.experts.slice(7)];
    const now = new Date();
    const confirmedBookings = await Promise.all(
      confirmed.map((e) =>
        db.booking.create({
          data: { sessionId: s.session.id, expertId: e.expert.id, status: "CONFIRMED", decidedAt: now },
        }),
      ),
    );
    await Promise.all(
      waitlisted.map((e, i) =>
        db.booking.create({
          data: {
            sessionId: s.session.id,
            expertId: e.expert.id,
            status: "WAITLISTED",
            requestedAt: new Date(now.getTime() - 1000 + i),
          },
        }),
      ),
    );
    // The session is full, so these requests were made before it filled up.
    await Promise.all(
      requested.map((e) =>
        db.booking.create({ data: { sessionId: s.session.id, expertId: e.expert.id, status: "REQUESTED" } }),
      ),
    );
    const requests = await db.booking.findMany({
      where: { sessionId: s.session.id, status: "REQUESTED" },
      select: { id: true },
    });
    expect(requests).toHaveLength(10);

    // Everyone confirmed withdraws (twice each: a double tap) while the coordinator confirms every request.
    const outcomes = await Promise.all([
      ...confirmedBookings.flatMap((b, i) =>
        [0, 1].map(() => callAs(confirmed[i]!.user, withdraw, toFormData({ bookingId: b.id, confirm: "yes" }))),
      ),
      ...requests.map((b) => callAs(s.coordinator, decide, toFormData({ bookingId: b.id, decision: "CONFIRMED" }))),
    ]);
    expectNoFailures(outcomes, "withdraw + confirm at once");
    const withdrawals = outcomes.slice(0, 10);
    const confirmations = outcomes.slice(10);
    expect(count(withdrawals, succeeded), "one withdrawal per booking").toBe(5);
    expect(
      await auditCount(
        "booking.withdrawn",
        confirmedBookings.map((b) => b.id),
      ),
    ).toBe(5);

    const promoted = await db.booking.count({
      where: { sessionId: s.session.id, status: "CONFIRMED", offeredAt: { not: null } },
    });
    const final = await confirmedOn(s.session.id);
    expect(final, "never more confirmed than places").toBeLessThanOrEqual(places);
    expect(final, "every confirmed place is accounted for").toBe(promoted + count(confirmations, succeeded));
    expect(promoted, "the waiting list is served when places come free").toBe(2);
    await expectSane();
  });
});

describe("concurrency: money", () => {
  it("approving the same payment ten times at once approves it once, with one audit event", async () => {
    const approve = await action(APPROVE);
    const s = await scene({ places: 2, experts: 1 });
    const past = await createSession(s.opportunity.id, { startsAt: new Date(Date.now() - 3 * 86_400_000) });
    const { payment } = await attendedBookingWithPayment(past.id, s.experts[0]!.expert.id, "SUBMITTED");
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callAs(i % 2 ? s.coordinator : s.coordinator2, approve, toFormData({ paymentId: payment.id })),
      ),
    );
    expectNoFailures(outcomes, "ten approvals at once");
    expect(count(outcomes, succeeded)).toBe(1);
    expect(count(outcomes, (o) => codeOf(o) === "CONFLICT")).toBe(9);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("APPROVED");
    expect(await auditCount("payment.approved", [payment.id])).toBe(1);
    await expectSane();
  });

  it("two finance exports at once put each approved payment in exactly one export, with matching totals", async () => {
    const exportAction = await action(EXPORT);
    const s = await scene({ places: 2, experts: 4 });
    const past = await createSession(s.opportunity.id, { startsAt: new Date(Date.now() - 3 * 86_400_000) });
    const payments = await Promise.all(
      s.experts.map((e) => attendedBookingWithPayment(past.id, e.expert.id, "APPROVED")),
    );
    const ids = payments.map((p) => p.payment.id);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, i) => callAs(i % 2 ? s.coordinator : s.admin, exportAction, toFormData({}))),
    );
    expectNoFailures(outcomes, "five exports at once");
    expect(count(outcomes, succeeded), "at least one export goes through").toBeGreaterThanOrEqual(1);
    const rows = await db.payment.findMany({
      where: { id: { in: ids } },
      select: { status: true, financeExportId: true, feePence: true },
    });
    expect(rows.every((r) => r.status === "SENT_TO_FINANCE" && r.financeExportId)).toBe(true);
    const exports = await db.financeExport.findMany({
      where: { institutionId: s.institution.id },
      select: { id: true, paymentCount: true, totalPence: true },
    });
    for (const batch of exports) {
      const inBatch = rows.filter((r) => r.financeExportId === batch.id);
      expect(batch.paymentCount, "the export's count matches its payments").toBe(inBatch.length);
      expect(batch.totalPence, "the export's total matches its payments").toBe(
        inBatch.reduce((sum, r) => sum + r.feePence, 0),
      );
      expect(batch.paymentCount, "no empty export is left behind").toBeGreaterThan(0);
    }
    expect(await db.auditEvent.count({ where: { action: "payment.sent_to_finance", entityId: { in: ids } } })).toBe(
      ids.length,
    );
    await expectSane();
  });

  it("recording attendance twice at once drafts one payment per person", async () => {
    const attendance = await action(ATTENDANCE);
    const s = await scene({ places: 3, experts: 3 });
    const past = await createSession(s.opportunity.id, { places: 3, startsAt: new Date(Date.now() - 2 * 86_400_000) });
    const bookings = await Promise.all(
      s.experts.map((e) =>
        db.booking.create({
          data: { sessionId: past.id, expertId: e.expert.id, status: "CONFIRMED", decidedAt: new Date() },
        }),
      ),
    );
    const form = toFormData({
      sessionId: past.id,
      ...Object.fromEntries(bookings.map((b) => [`attendance_${b.id}`, "ATTENDED"])),
    });
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, (_, i) => callAs(i % 2 ? s.coordinator : s.admin, attendance, form)),
    );
    expectNoFailures(outcomes, "attendance recorded four times at once");
    expect(count(outcomes, succeeded)).toBe(1);
    const drafted = await db.payment.findMany({
      where: { bookingId: { in: bookings.map((b) => b.id) } },
      select: { id: true },
    });
    expect(drafted).toHaveLength(3);
    expect(
      await auditCount(
        "payment.created",
        drafted.map((p) => p.id),
      ),
      "one audit event per payment",
    ).toBe(3);
    await expectSane();
  });
});
