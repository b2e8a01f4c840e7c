import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addRateAction, updatePaymentSettingsAction } from "@/lib/rates/actions";
import { calendarDateText } from "@/lib/rates/dates";
import { rateCard, rateFor } from "@/lib/rates/queries";
import { fromLondon } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { createExpert, createWorld, form, idle } from "../helpers/factories";

const DAY = 24 * 3600 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toLocaleDateString("en-CA", { timeZone: "Europe/London" });

describe("rate card", () => {
  it("adds a rate from a date, keeps the old one as history, and picks the rate in force by London date", async () => {
    const world = await createWorld(0);
    // The card's first rate (as the demo seed would have it) …
    await db.rate.create({
      data: {
        institutionId: world.institution.id,
        opportunityType: "TEACHING",
        basis: "HOUR",
        amountPence: 2500,
        effectiveFrom: new Date("2026-01-01"),
      },
    });
    actAs(world.coordinator);
    const from = inDays(10);
    const state = await addRateAction(
      idle,
      form({ opportunityType: "TEACHING", basis: "HOUR", amount: "27.50", effectiveFrom: from, paysPreparation: true }),
    );
    expect(state).toMatchObject({ status: "success" });
    expect(state.message).toContain("£27.50 per hour");
    const rates = await db.rate.findMany({
      where: { institutionId: world.institution.id },
      orderBy: { effectiveFrom: "asc" },
    });
    expect(rates.map((r) => [r.amountPence, calendarDateText(r.effectiveFrom), r.paysPreparation])).toEqual([
      [2500, "2026-01-01", false],
      [2750, from, true],
    ]);
    expect(
      await db.auditEvent.count({ where: { entityType: "Rate", entityId: rates[1]!.id, action: "rate.added" } }),
    ).toBe(1);

    // Today's sessions get the old rate; sessions from the uplift date get the new one.
    expect(
      (
        await rateFor({
          institutionId: world.institution.id,
          opportunityType: "TEACHING",
          basis: "HOUR",
          at: new Date(),
        })
      )?.amountPence,
    ).toBe(2500);
    const [y, m, d] = from.split("-").map(Number) as [number, number, number];
    expect(
      (
        await rateFor({
          institutionId: world.institution.id,
          opportunityType: "TEACHING",
          basis: "HOUR",
          at: fromLondon(y, m, d, 0, 0),
        })
      )?.amountPence,
    ).toBe(2750);
    expect(
      (
        await rateFor({
          institutionId: world.institution.id,
          opportunityType: "TEACHING",
          basis: "HOUR",
          at: new Date(fromLondon(y, m, d, 0, 0).getTime() - 60_000),
        })
      )?.amountPence,
    ).toBe(2500);
    expect(
      await rateFor({ institutionId: world.institution.id, opportunityType: "TEACHING", basis: "DAY", at: new Date() }),
    ).toBeNull();

    const card = await rateCard({ institutionId: world.institution.id });
    expect(card).toHaveLength(1);
    expect(card[0]).toMatchObject({
      opportunityType: "TEACHING",
      basis: "HOUR",
      current: { amountPence: 2500 },
      upcoming: [{ amountPence: 2750 }],
      past: [],
    });
  });

  it("refuses a second rate for the same type, basis and date, a past date, and bad amounts — writing nothing", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const base = { opportunityType: "ASSESSMENT", basis: "DAY", effectiveFrom: inDays(3) };
    expect((await addRateAction(idle, form({ ...base, amount: "150" }))).status).toBe("success");
    const duplicate = await addRateAction(idle, form({ ...base, amount: "160" }));
    expect(duplicate.fieldErrors?.effectiveFrom?.[0]).toContain("already a rate");
    expect(
      (await addRateAction(idle, form({ ...base, effectiveFrom: inDays(-1), amount: "160" }))).fieldErrors
        ?.effectiveFrom?.[0],
    ).toContain("today or in the future");
    expect(
      (await addRateAction(idle, form({ ...base, effectiveFrom: "2027-02-30", amount: "160" }))).fieldErrors
        ?.effectiveFrom?.[0],
    ).toContain("real date");
    expect(
      (await addRateAction(idle, form({ ...base, effectiveFrom: inDays(5), amount: "-1" }))).fieldErrors?.amount?.[0],
    ).toContain("negative");
    expect(
      (await addRateAction(idle, form({ ...base, effectiveFrom: inDays(5), amount: "5000.01" }))).fieldErrors
        ?.amount?.[0],
    ).toContain("£5,000 or less");
    expect(
      (await addRateAction(idle, form({ ...base, basis: "WEEK", effectiveFrom: inDays(5), amount: "10" }))).fieldErrors
        ?.basis?.[0],
    ).toBe("Choose how the rate is paid");
    expect(
      (await addRateAction(idle, form({ ...base, opportunityType: "PARTY", effectiveFrom: inDays(5), amount: "10" })))
        .fieldErrors?.opportunityType,
    ).toBeDefined();
    expect(
      await db.rate.findMany({ where: { institutionId: world.institution.id }, select: { amountPence: true } }),
    ).toEqual([{ amountPence: 15000 }]);
  });

  it("refuses experts and academics, and keeps each institution's card its own", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const values = { opportunityType: "TEACHING", basis: "FIXED", amount: "40", effectiveFrom: inDays(1) };
    for (const who of [(await createExpert(world.partnership.id)).user, world.academic]) {
      actAs(who);
      expect((await addRateAction(idle, form(values))).code).toBe("FORBIDDEN");
    }
    expect(await db.rate.count({ where: { institutionId: world.institution.id } })).toBe(0);
    actAs(other.admin);
    expect((await addRateAction(idle, form(values))).status).toBe("success");
    expect(await db.rate.count({ where: { institutionId: world.institution.id } })).toBe(0);
    expect(await db.rate.count({ where: { institutionId: other.institution.id } })).toBe(1);
  });
});

describe("payment settings", () => {
  it("saves the mileage rate, late-payment days and cost centre for the coordinator's own institution, audited", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    actAs(world.coordinator);
    expect(
      (
        await updatePaymentSettingsAction(
          idle,
          form({ mileageRate: "0.40", latePaymentDays: "21", costCentre: "SW-100" }),
        )
      ).status,
    ).toBe("success");
    expect(await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } })).toMatchObject({
      mileageRatePence: 40,
      latePaymentDays: 21,
      costCentre: "SW-100",
    });
    expect(await db.institution.findUniqueOrThrow({ where: { id: other.institution.id } })).toMatchObject({
      mileageRatePence: 45,
      latePaymentDays: 30,
    });
    expect(await db.auditEvent.count({ where: { entityType: "Institution", entityId: world.institution.id } })).toBe(1);
  });

  it.each([
    [{ mileageRate: "", latePaymentDays: "30" }, "mileageRate"],
    [{ mileageRate: "5.01", latePaymentDays: "30" }, "mileageRate"],
    [{ mileageRate: "0.45", latePaymentDays: "0" }, "latePaymentDays"],
    [{ mileageRate: "0.45", latePaymentDays: "2.5" }, "latePaymentDays"],
    [{ mileageRate: "0.45", latePaymentDays: "366" }, "latePaymentDays"],
    [{ mileageRate: "0.45", latePaymentDays: "30", costCentre: "x".repeat(51) }, "costCentre"],
  ])("refuses %j and writes nothing", async (values, field) => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const state = await updatePaymentSettingsAction(idle, form(values));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.[field]).toBeDefined();
    expect(await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } })).toMatchObject({
      mileageRatePence: 45,
      latePaymentDays: 30,
      costCentre: "CC-1",
    });
  });
});
