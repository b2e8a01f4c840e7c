import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LimitWarning } from "@/app/(expert)/expert/_components/limit-warning";
import { db } from "@/lib/db";
import { limitExcessForSession } from "@/lib/payments/earnings";
import { fromLondon } from "@/lib/time";
import { createExpert, createOpportunity, createSession, createWorld } from "../helpers/factories";
import { attendedPayment } from "./payments-helpers";

// Wednesday 17 November 2027 (London): the session asked about; its week runs Monday 15 – Sunday 21.
const SESSION_AT = fromLondon(2027, 11, 17, 10);

/** An expert with a £100-a-week limit, and a two-hour session at £25 an hour (fee £50) they might ask for. */
async function askingExpert(
  limit: { pence: number; period: "WEEK" | "MONTH" } | null = { pence: 10_000, period: "WEEK" },
) {
  const world = await createWorld(0);
  const { expert } = await createExpert(world.partnership.id, {
    earningsLimitPence: limit?.pence ?? null,
    earningsLimitPeriod: limit?.period ?? null,
  });
  const opportunity = await createOpportunity(world, { payRatePence: 2500 });
  const session = await createSession(opportunity.id, { startsAt: SESSION_AT, minutes: 120 });
  const excess = () => limitExcessForSession({ expertId: expert.id, sessionId: session.id });
  /** A payment already made for another session (fee = `pence`, one hour). */
  const earned = async (startsAt: Date, pence: number) =>
    (await attendedPayment(world, { expert, startsAt, ratePence: pence, minutes: 60 })).payment;
  return { world, expert, session, excess, earned };
}

describe("warning an expert before they ask for a place", () => {
  it("does not warn exactly at the limit, and warns with the figures at 1p over", async () => {
    const { excess, earned } = await askingExpert();
    const monday = await earned(fromLondon(2027, 11, 15, 9), 5000);
    expect(await excess()).toBeNull(); // £50 + £50 = £100, the limit itself
    await db.payment.update({ where: { id: monday.id }, data: { feePence: 5001 } });
    expect(await excess()).toEqual({
      limitPence: 10_000,
      period: "WEEK",
      periodStart: fromLondon(2027, 11, 15),
      alreadyPence: 5001,
      feePence: 5000,
      totalPence: 10_001,
      overPence: 1,
    });
  });

  it("gives no warning without a limit, or to an expert who takes no fee", async () => {
    const noLimit = await askingExpert(null);
    await noLimit.earned(fromLondon(2027, 11, 16, 9), 500_000);
    expect(await noLimit.excess()).toBeNull();

    const unpaid = await askingExpert({ pence: 1, period: "WEEK" });
    await db.expertProfile.update({ where: { id: unpaid.expert.id }, data: { paymentPreference: "EXPENSES_ONLY" } });
    expect(await unpaid.excess()).toBeNull();
  });

  it("ignores payments outside the limit's period, declined fees and expenses", async () => {
    const { world, excess, earned } = await askingExpert();
    await earned(fromLondon(2027, 11, 14, 23, 59), 9000); // Sunday before
    await earned(fromLondon(2027, 11, 22, 0, 0), 9000); // Monday after
    const declined = await earned(fromLondon(2027, 11, 16, 9), 9000);
    await db.payment.update({ where: { id: declined.id }, data: { status: "DECLINED_BY_EXPERT" } });
    const withExpenses = await earned(fromLondon(2027, 11, 18, 9), 5000); // exactly to the limit
    await db.expenseItem.create({
      data: { paymentId: withExpenses.id, type: "TRAVEL", amountPence: 9999, addedById: world.coordinator.id },
    });
    expect(await excess()).toBeNull();
  });

  it("counts places already confirmed in the period (not requests), and uses a month limit's calendar month", async () => {
    const { world, expert, excess } = await askingExpert({ pence: 10_000, period: "MONTH" });
    const opportunity = await createOpportunity(world, { payRatePence: 2500 });
    const book = async (startsAt: Date, status: "CONFIRMED" | "REQUESTED") =>
      db.booking.create({
        data: {
          sessionId: (await createSession(opportunity.id, { startsAt, minutes: 120 })).id,
          expertId: expert.id,
          status,
        },
      });
    await book(fromLondon(2027, 11, 30, 22, 59), "CONFIRMED"); // £50, still November in London
    await book(fromLondon(2027, 12, 1, 10), "CONFIRMED"); // December: not counted
    await book(fromLondon(2027, 11, 3, 10), "REQUESTED"); // not confirmed: not counted
    expect(await excess()).toBeNull(); // £50 + £50
    await book(fromLondon(2027, 11, 1, 0, 0), "CONFIRMED");
    expect(await excess()).toMatchObject({ alreadyPence: 10_000, overPence: 5000, period: "MONTH" });
  });

  it("says it in plain words with the figures, that they may still ask, and where to get a benefits check", async () => {
    const { excess, earned } = await askingExpert();
    await earned(fromLondon(2027, 11, 15, 9), 5001);
    const html = renderToStaticMarkup(createElement(LimitWarning, { excess: (await excess())! }));
    expect(html).toContain("This session pays a fee of £50.00. You already have £50.01 in");
    expect(html).toMatch(/fees in the week starting Monday,? 15 November 2027/);
    expect(html).toContain("<strong>£0.01 over</strong> the limit of £100.00 a week you recorded");
    expect(html).toContain("You can still ask for a place.");
    expect(html).toContain("This is not benefits advice.");
    expect(html).toContain('href="https://www.citizensadvice.org.uk/benefits/"');
    expect(html).toContain('href="https://www.turn2us.org.uk/"');
  });
});
