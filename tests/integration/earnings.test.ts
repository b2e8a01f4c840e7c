import { describe, expect, it } from "vitest";
import { GET as downloadStatement } from "@/app/(expert)/expert/statement/csv/route";
import { db } from "@/lib/db";
import { earningsSummary, limitWarningForBooking, limitWarningForPayment } from "@/lib/payments/earnings";
import { addExpenseAction } from "@/lib/payments/expense-actions";
import { approvePaymentAction } from "@/lib/payments/review-actions";
import { statementForExpert, taxYearFrom } from "@/lib/payments/statement";
import { fromLondon } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { createExpert, createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";
import { attendedPayment, expertUserOf, setStatus } from "./payments-helpers";

const LIMIT = 10_000; // £100 a week

async function limitedExpert(partnershipId: string, period: "WEEK" | "MONTH" = "WEEK") {
  return (await createExpert(partnershipId, { earningsLimitPence: LIMIT, earningsLimitPeriod: period })).expert;
}

describe("earnings limit warning when approving a fee", () => {
  // Wednesday 18 November 2026 (London): two sessions in the same Monday–Sunday week.
  const wednesday = fromLondon(2026, 11, 18, 10);
  const friday = fromLondon(2026, 11, 20, 10);

  it("does not warn at exactly the limit, and warns with the figures at 1p over", async () => {
    const world = await createWorld(0);
    const expert = await limitedExpert(world.partnership.id);
    const first = await attendedPayment(world, { expert, startsAt: wednesday });
    const second = await attendedPayment(world, { expert, startsAt: friday }); // £50 each
    expect(await limitWarningForPayment({ paymentId: second.payment.id })).toBeNull(); // 5000 + 5000 = 10000

    actAs(world.coordinator);
    await setStatus(second.payment.id, "SUBMITTED");
    const atLimit = await approvePaymentAction(idle, form({ paymentId: second.payment.id }));
    expect(atLimit.status).toBe("success");
    expect(atLimit.warnings).toBeUndefined();

    await db.payment.update({ where: { id: first.payment.id }, data: { feePence: 5001 } });
    const warning = await limitWarningForPayment({ paymentId: second.payment.id });
    expect(warning).toContain("£100.00 a week");
    expect(warning).toContain("£50.01 in that period already");
    expect(warning).toContain("making £100.01, which is £0.01 over");
  });

  it("returns the warning from the approve action without blocking it", async () => {
    const world = await createWorld(0);
    const expert = await limitedExpert(world.partnership.id);
    await attendedPayment(world, { expert, startsAt: wednesday, ratePence: 2501 }); // £50.02
    const second = await attendedPayment(world, { expert, startsAt: friday });
    await setStatus(second.payment.id, "SUBMITTED");
    actAs(world.coordinator);
    const state = await approvePaymentAction(idle, form({ paymentId: second.payment.id }));
    expect(state.status).toBe("success");
    expect(state.warnings?.[0]).toContain("which is £0.02 over");
    expect((await db.payment.findUniqueOrThrow({ where: { id: second.payment.id } })).status).toBe("APPROVED");
  });

  it("never counts expenses, declined payments, or another week", async () => {
    const world = await createWorld(0);
    const expert = await limitedExpert(world.partnership.id);
    const first = await attendedPayment(world, { expert, startsAt: wednesday });
    actAs(await expertUserOf(expert.id));
    await addExpenseAction(idle, form({ paymentId: first.payment.id, type: "REPLACEMENT_CARE", amount: "4000" }));
    const lastWeek = await attendedPayment(world, {
      expert,
      startsAt: fromLondon(2026, 11, 15, 23, 59),
      ratePence: 10_000,
    }); // Sunday
    const declined = await attendedPayment(world, { expert, startsAt: friday, ratePence: 10_000 });
    await setStatus(declined.payment.id, "DECLINED_BY_EXPERT");
    const second = await attendedPayment(world, { expert, startsAt: friday });
    expect(await limitWarningForPayment({ paymentId: second.payment.id })).toBeNull();
    const summary = await earningsSummary({ expertId: expert.id, at: fromLondon(2026, 11, 19, 12) });
    expect(summary).toMatchObject({ limitPence: LIMIT, period: "WEEK", inPeriod: { earnedPence: 10_000 } });
    expect(summary.inTaxYear.earnedPence).toBe(10_000 + lastWeek.payment.feePence);
    expect(summary.periodStart.toISOString()).toBe("2026-11-16T00:00:00.000Z");
  });

  it("warns a coordinator confirming a booking that would go over, counting other confirmed sessions", async () => {
    const world = await createWorld(0);
    const expert = await limitedExpert(world.partnership.id, "MONTH");
    const opportunity = await createOpportunity(world, { payRatePence: 2500 });
    const book = async (startsAt: Date, status: "CONFIRMED" | "REQUESTED") => {
      const session = await createSession(opportunity.id, { startsAt, minutes: 120 });
      return db.booking.create({ data: { sessionId: session.id, expertId: expert.id, status } });
    };
    await book(fromLondon(2027, 3, 2, 10), "CONFIRMED"); // £50
    const asking = await book(fromLondon(2027, 3, 30, 10), "REQUESTED"); // £50 → exactly £100
    expect(await limitWarningForBooking({ bookingId: asking.id })).toBeNull();
    const another = await book(fromLondon(2027, 3, 31, 22, 59), "REQUESTED"); // still March in London
    await db.booking.update({ where: { id: asking.id }, data: { status: "CONFIRMED" } });
    expect(await limitWarningForBooking({ bookingId: another.id })).toContain("£150.00, which is £50.00 over");
    const april = await book(fromLondon(2027, 4, 1, 0, 0), "REQUESTED");
    expect(await limitWarningForBooking({ bookingId: april.id })).toBeNull();
  });

  it("gives no warning to experts without a limit or without a fee", async () => {
    const world = await createWorld(0);
    const noLimit = await attendedPayment(world, { ratePence: 900_000 });
    expect(await limitWarningForPayment({ paymentId: noLimit.payment.id })).toBeNull();
    const expert = (
      await createExpert(world.partnership.id, {
        paymentPreference: "EXPENSES_ONLY",
        earningsLimitPence: 1,
        earningsLimitPeriod: "WEEK",
      })
    ).expert;
    const noFee = await attendedPayment(world, { expert });
    expect(await limitWarningForPayment({ paymentId: noFee.payment.id })).toBeNull();
  });
});

describe("tax year edges (6 April – 5 April, London time)", () => {
  it("puts 5 April 23:59 in the old tax year and 6 April 00:00 in the new one", async () => {
    const world = await createWorld(0);
    const expert = (await createExpert(world.partnership.id)).expert;
    const late = await attendedPayment(world, { expert, startsAt: fromLondon(2026, 4, 5, 23, 59), minutes: 60 }); // £25
    const early = await attendedPayment(world, { expert, startsAt: fromLondon(2026, 4, 6, 0, 0), minutes: 120 }); // £50
    await setStatus(late.payment.id, "PAID");
    await setStatus(early.payment.id, "APPROVED");
    const old = await statementForExpert({ expertId: expert.id, taxYear: taxYearFrom("2025") });
    const current = await statementForExpert({ expertId: expert.id, taxYear: taxYearFrom("2026") });
    expect(old.rows.map((r) => r.id)).toEqual([late.payment.id]);
    expect(current.rows.map((r) => r.id)).toEqual([early.payment.id]);
    expect(old.totals).toMatchObject({ feePence: 2500, paidPence: 2500 });
    expect(current.totals).toMatchObject({ feePence: 5000, paidPence: 0 });
    expect(
      (await earningsSummary({ expertId: expert.id, at: fromLondon(2026, 4, 5, 23, 59) })).inTaxYear.earnedPence,
    ).toBe(2500);
    expect(
      (await earningsSummary({ expertId: expert.id, at: fromLondon(2026, 4, 6, 0, 0) })).inTaxYear.earnedPence,
    ).toBe(5000);
  });

  it("leaves drafts and declined payments off the statement and sums expenses apart from fees", async () => {
    const world = await createWorld(0);
    const expert = (await createExpert(world.partnership.id)).expert;
    const when = fromLondon(2026, 6, 1, 10);
    const approved = await attendedPayment(world, { expert, startsAt: when });
    actAs(await expertUserOf(expert.id));
    await addExpenseAction(idle, form({ paymentId: approved.payment.id, type: "PARKING", amount: "2.20" }));
    await setStatus(approved.payment.id, "APPROVED");
    await attendedPayment(world, { expert, startsAt: when }); // still a draft
    const statement = await statementForExpert({ expertId: expert.id, taxYear: taxYearFrom("2026") });
    expect(statement.rows).toHaveLength(1);
    expect(statement.totals).toEqual({ feePence: 5000, expensesPence: 220, totalPence: 5220, paidPence: 0 });
  });

  it("downloads the expert's own statement as CSV, and only theirs", async () => {
    const world = await createWorld(0);
    const expert = (await createExpert(world.partnership.id)).expert;
    const made = await attendedPayment(world, { expert, startsAt: fromLondon(2026, 7, 1, 10) });
    await setStatus(made.payment.id, "PAID");
    const other = await attendedPayment(world, { startsAt: fromLondon(2026, 7, 1, 10) });
    await setStatus(other.payment.id, "PAID");
    const get = () => downloadStatement(new Request("http://test/expert/statement/csv?year=2026"));
    actAs(null);
    expect((await get()).status).toBe(401);
    actAs(world.coordinator);
    expect((await get()).status).toBe(403);
    actAs(await expertUserOf(expert.id));
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("involve-statement-2026-27.csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("2026-07-01");
    expect(lines[2]).toBe("Total,,,,50.00,0.00,50.00,,");
  });
});
