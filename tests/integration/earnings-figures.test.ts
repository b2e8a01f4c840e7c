import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EarnedFigure } from "@/components/payments/earned-figure";
import { EarningsPanel } from "@/components/payments/earnings-panel";
import { db } from "@/lib/db";
import { earningsSummary } from "@/lib/payments/earnings";
import { statementForExpert } from "@/lib/payments/statement";
import { fromLondon, taxYearOf } from "@/lib/time";
import { createExpert, createWorld } from "../helpers/factories";
import { attendedPayment, setStatus } from "./payments-helpers";

type Status = "DRAFT" | "SUBMITTED" | "APPROVED" | "SENT_TO_FINANCE" | "PAID" | "DECLINED_BY_EXPERT";

/**
 * One expert's tax year 2026/27: £135 approved (approved, sent to finance, paid), £80 waiting
 * (draft, sent for approval), and what must never count: a declined fee, expenses, the previous
 * tax year, and another expert's payment.
 */
async function expertWithAYear() {
  const world = await createWorld(0);
  const expert = (
    await createExpert(world.partnership.id, { earningsLimitPence: 10_000, earningsLimitPeriod: "MONTH" })
  ).expert;
  const pay = async (startsAt: Date, pence: number, status: Status, who = expert) => {
    // One hour at `pence` an hour: the fee is `pence`.
    const made = await attendedPayment(world, { expert: who, startsAt, ratePence: pence, minutes: 60 });
    if (status !== "DRAFT") await setStatus(made.payment.id, status);
    return made.payment;
  };
  const approved = await pay(fromLondon(2026, 5, 12, 10), 5000, "APPROVED");
  await pay(fromLondon(2026, 6, 3, 10), 2500, "SENT_TO_FINANCE");
  await pay(fromLondon(2026, 11, 4, 10), 6000, "PAID");
  await pay(fromLondon(2026, 11, 18, 10), 5000, "DRAFT");
  await pay(fromLondon(2027, 1, 20, 10), 3000, "SUBMITTED");
  await pay(fromLondon(2026, 11, 25, 10), 9900, "DECLINED_BY_EXPERT");
  await pay(fromLondon(2026, 4, 5, 23, 59), 7000, "PAID"); // the previous tax year
  await pay(fromLondon(2026, 11, 18, 10), 4400, "APPROVED", (await createExpert(world.partnership.id)).expert);
  await db.expenseItem.create({
    data: { paymentId: approved.id, type: "TRAVEL", amountPence: 1234, addedById: world.coordinator.id },
  });
  return { world, expert };
}

describe("earnings figures agree wherever they appear", () => {
  it("gives the payments page and the statement the same figure, with its parts, from the same data", async () => {
    const { expert } = await expertWithAYear();
    const at = fromLondon(2026, 11, 20, 12);
    const [summary, statement] = await Promise.all([
      earningsSummary({ expertId: expert.id, at }),
      statementForExpert({ expertId: expert.id, taxYear: taxYearOf(at) }),
    ]);
    const expected = { earnedPence: 21_500, approvedPence: 13_500, waitingPence: 8000 };
    expect(summary.inTaxYear).toEqual(expected);
    expect(statement.earnings).toEqual(expected);
    // The statement's table lists exactly the approved part.
    expect(statement.totals.feePence).toBe(expected.approvedPence);
    expect(statement.rows).toHaveLength(3);
    // November 2026 (the limit's month): the paid £60 and the draft £50; not the declined fee.
    expect(summary.inPeriod).toEqual({ earnedPence: 11_000, approvedPence: 6000, waitingPence: 5000 });
  });

  it("says the figure and its parts in the same words on both pages, and what the limit counts", async () => {
    const { expert } = await expertWithAYear();
    const at = fromLondon(2026, 11, 20, 12);
    const summary = await earningsSummary({ expertId: expert.id, at });
    const statement = await statementForExpert({ expertId: expert.id, taxYear: taxYearOf(at) });
    const words = "£215.00 earned</strong> — £135.00 approved, £80.00 waiting for approval";
    const panel = renderToStaticMarkup(createElement(EarningsPanel, { summary, forExpert: true }));
    expect(panel).toContain(words);
    expect(renderToStaticMarkup(createElement(EarnedFigure, { earned: statement.earnings }))).toContain(words);
    expect(panel).toContain("£110.00 earned</strong> — £60.00 approved, £50.00 waiting for approval");
    expect(panel).toContain("£10.00 over the limit");
    expect(panel).toMatch(
      /limit is checked against the fee of every payment for a session this month, approved or still\s+waiting/,
    );
  });
});
