import { describe, expect, it } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { fromLondon } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { createSession, createWorld, form, idle, unique } from "../helpers/factories";

/** Create and update finish with redirect(): resolve to the state, or "redirected". */
async function run(result: Promise<FormState>): Promise<FormState | "redirected"> {
  try {
    return await result;
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}

const fields = (extra: Record<string, string | undefined>) => ({
  type: "ASSESSMENT",
  stage: "ASSESSMENT",
  title: unique("Marking day"),
  summary: "Help assess student presentations.",
  payBasis: "DAY",
  ...extra,
});

async function worldWithCard() {
  const world = await createWorld(0);
  const rate = (amountPence: number, effectiveFrom: string) =>
    db.rate.create({
      data: {
        institutionId: world.institution.id,
        opportunityType: "ASSESSMENT",
        basis: "DAY",
        amountPence,
        effectiveFrom: new Date(effectiveFrom),
      },
    });
  const old = await rate(15000, "2025-01-01");
  const uplift = await rate(16500, "2027-08-01");
  actAs(world.coordinator);
  return { world, old, uplift };
}

describe("opportunity pay from the rate card", () => {
  it("uses the card's rate for the kind and basis, ignoring any typed amount", async () => {
    const { old } = await worldWithCard();
    const input = fields({ payFrom: "card", payRate: "999" });
    expect(await run(createOpportunityAction(idle, form(input)))).toBe("redirected");
    expect(await db.opportunity.findFirstOrThrow({ where: { title: input.title } })).toMatchObject({
      payRatePence: 15000,
      rateId: old.id,
      rateOverrideReason: null,
    });
  });

  it("uses the rate in force at the first session, so an uplift applies to later sessions only", async () => {
    const { world, old, uplift } = await worldWithCard();
    const input = fields({ payFrom: "card" });
    await run(createOpportunityAction(idle, form(input)));
    const opportunity = await db.opportunity.findFirstOrThrow({ where: { title: input.title } });
    await createSession(opportunity.id, { startsAt: fromLondon(2027, 8, 1, 0, 30) });
    expect(await run(updateOpportunityAction(idle, form({ ...input, opportunityId: opportunity.id })))).toBe(
      "redirected",
    );
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({
      payRatePence: 16500,
      rateId: uplift.id,
    });
    // An earlier session (31 July, 23:30 London) brings the old rate back.
    await createSession(opportunity.id, { startsAt: fromLondon(2027, 7, 31, 23, 30) });
    await run(updateOpportunityAction(idle, form({ ...input, opportunityId: opportunity.id })));
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({
      payRatePence: 15000,
      rateId: old.id,
    });
    expect(world).toBeDefined();
  });

  it("lets the coordinator set a different amount only with a reason, and records it", async () => {
    await worldWithCard();
    const missing = fields({ payFrom: "own", payRate: "180" });
    const refused = await run(createOpportunityAction(idle, form(missing)));
    expect(refused).toMatchObject({ code: "INVALID" });
    expect((refused as FormState).fieldErrors?.rateOverrideReason?.[0]).toContain("The rate card pays £150.00 per day");
    expect(await db.opportunity.count({ where: { title: missing.title } })).toBe(0);

    const withReason = fields({ payFrom: "own", payRate: "180", rateOverrideReason: "Two panels in one day" });
    expect(await run(createOpportunityAction(idle, form(withReason)))).toBe("redirected");
    expect(await db.opportunity.findFirstOrThrow({ where: { title: withReason.title } })).toMatchObject({
      payRatePence: 18000,
      rateId: null,
      rateOverrideReason: "Two panels in one day",
    });

    // Typing the card's own amount is not an override.
    const same = fields({ payFrom: "own", payRate: "150.00" });
    expect(await run(createOpportunityAction(idle, form(same)))).toBe("redirected");
    expect(await db.opportunity.findFirstOrThrow({ where: { title: same.title } })).toMatchObject({
      payRatePence: 15000,
      rateOverrideReason: null,
    });
  });

  it("refuses the card when it has no rate, absurd amounts, and a missing amount", async () => {
    await worldWithCard();
    const noRate = fields({ payFrom: "card", payBasis: "HOUR" });
    expect(((await run(createOpportunityAction(idle, form(noRate)))) as FormState).fieldErrors?.payFrom?.[0]).toContain(
      "has no rate",
    );
    const huge = fields({ payFrom: "own", payRate: "5000.01", rateOverrideReason: "x" });
    expect(((await run(createOpportunityAction(idle, form(huge)))) as FormState).fieldErrors?.payRate?.[0]).toMatch(
      /^The pay rate must be £5,000 or less/,
    );
    const blank = fields({ payFrom: "own", payRate: "" });
    expect(((await run(createOpportunityAction(idle, form(blank)))) as FormState).fieldErrors?.payRate?.[0]).toContain(
      "Enter the pay rate",
    );
    const unknown = fields({ payFrom: "magic" });
    expect(((await run(createOpportunityAction(idle, form(unknown)))) as FormState).fieldErrors?.payFrom).toBeDefined();
    for (const input of [noRate, huge, blank, unknown])
      expect(await db.opportunity.count({ where: { title: input.title } })).toBe(0);
  });

  it("keeps working without a card: the typed amount, reason optional", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const input = fields({ payRate: "120" });
    expect(await run(createOpportunityAction(idle, form(input)))).toBe("redirected");
    expect(await db.opportunity.findFirstOrThrow({ where: { title: input.title } })).toMatchObject({
      payRatePence: 12000,
      rateId: null,
      rateOverrideReason: null,
    });
  });
});
