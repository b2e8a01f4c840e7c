/**
 * The GOV.UK date input on real forms: the coordinator's session form and the academic's
 * hand-entered involvement send the day, month and year as three boxes; the action reads them,
 * says GOV.UK's errors under the date's name and gives back what was typed.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addInvolvementRecordAction } from "@/lib/involvement/actions";
import { addSessionAction } from "@/lib/sessions/actions";
import { actAs } from "../helpers/actor";
import { createOpportunity, createWorld, form, idle } from "../helpers/factories";

const year = new Date().getUTCFullYear() + 1;
const session = (boxes: Record<string, string>) => ({
  ...boxes,
  startTime: "10:00",
  endTime: "12:30",
  location: "Room 2.14",
  places: "4",
});

describe("a session's date as day, month and year", () => {
  it("adds the session on the day typed, in London time", async () => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world, { status: "DRAFT" });
    actAs(world.coordinator);
    const done = addSessionAction(
      idle,
      form({
        opportunityId: opportunity.id,
        ...session({ "date-day": "1", "date-month": "7", "date-year": `${year}` }),
      }),
    );
    await expect(done).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    const saved = await db.session.findFirstOrThrow({ where: { opportunityId: opportunity.id } });
    // 1 July is British Summer Time: 10:00 in London is 09:00 UTC.
    expect(saved.startsAt.toISOString()).toBe(`${year}-07-01T09:00:00.000Z`);
  });

  it.each([
    [{ "date-day": "31", "date-month": "4", "date-year": `${year}` }, "Date of the session must be a real date"],
    [{ "date-day": "29", "date-month": "2", "date-year": "2027" }, "Date of the session must be a real date"],
    [{ "date-day": "27", "date-month": "", "date-year": `${year}` }, "Date of the session must include a month"],
    [{ "date-day": "", "date-month": "", "date-year": `${year}` }, "Date of the session must include a day and month"],
    [{ "date-day": "27", "date-month": "3", "date-year": "27" }, "Year must include 4 numbers"],
    [{ "date-day": "", "date-month": "", "date-year": "" }, "Enter the date of the session"],
  ])("refuses %j: %s, keeps what was typed and writes nothing", async (boxes, message) => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world);
    actAs(world.coordinator);
    const state = await addSessionAction(idle, form({ opportunityId: opportunity.id, ...session(boxes) }));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.date).toEqual([message]);
    for (const [name, value] of Object.entries(boxes)) expect(state.values?.[name]).toBe(value);
    expect(await db.session.count({ where: { opportunityId: opportunity.id } })).toBe(0);
  });
});

describe("hand-entered involvement's date as day, month and year", () => {
  it("records the day typed, and refuses 29 February in a year without one", async () => {
    const world = await createWorld(0);
    actAs(world.academic);
    const fields = { moduleId: world.module.id, stage: "ASSESSMENT", hours: "1.5", expertCount: "2", description: "x" };
    const bad = await addInvolvementRecordAction(
      idle,
      form({ ...fields, "date-day": "29", "date-month": "2", "date-year": "2025" }),
    );
    expect(bad.fieldErrors?.date).toEqual(["Date must be a real date"]);
    const good = await addInvolvementRecordAction(
      idle,
      form({ ...fields, "date-day": "28", "date-month": "2", "date-year": "2025" }),
    );
    expect(good.status).toBe("success");
    const record = await db.involvementRecord.findFirstOrThrow({ where: { moduleId: world.module.id } });
    expect(record.date.toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });
});
