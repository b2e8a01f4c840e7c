import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addInvolvementRecordAction, deleteInvolvementRecordAction } from "@/lib/involvement/actions";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { latestAllowedDate } from "@/lib/involvement/schemas";
import { toDateInput } from "@/lib/format";
import { fromLondon, londonParts } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createUser, createWorld, form, idle, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

const today = () => toDateInput(new Date());

const valid = (moduleId: string, extra: Record<string, string> = {}) => ({
  moduleId,
  date: today(),
  stage: "ASSESSMENT",
  hours: "1.5",
  description: "Two carers co-marked presentations.",
  expertCount: "2",
  ...extra,
});

async function anotherAcademicsModule(world: World) {
  const colleague = await createUser("ACADEMIC", { institutionId: world.institution.id });
  const theirs = await db.module.create({
    data: {
      programmeId: world.programme.id,
      code: unique("SW"),
      title: "Law",
      yearOfStudy: 2,
      academicYear: "2026/27",
      leaderId: colleague.id,
    },
  });
  return { colleague, module: theirs };
}

const countFor = (moduleId: string) => db.involvementRecord.count({ where: { moduleId } });

describe("addInvolvementRecordAction", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(0);
  });

  it("adds a hand-entered record in whole minutes, and audits it", async () => {
    actAs(world.academic);
    const state = await addInvolvementRecordAction(idle, form(valid(world.module.id)));
    expect(state).toMatchObject({ status: "success" });
    const record = await db.involvementRecord.findFirstOrThrow({ where: { moduleId: world.module.id } });
    expect(record).toMatchObject({
      minutes: 90,
      stage: "ASSESSMENT",
      expertCount: 2,
      sessionId: null,
      loggedById: world.academic.id,
    });
    const p = londonParts(new Date());
    expect(record.date.toISOString()).toBe(fromLondon(p.year, p.month, p.day).toISOString());
    expect(await db.auditEvent.count({ where: { entityId: record.id, action: "involvement.add" } })).toBe(1);
  });

  it.each([
    ["0.25", 15],
    ["24", 1440],
    ["1:45", 105],
    ["2.33", 140],
    [" 3 hours", 180],
  ])("reads %j hours as %i minutes", async (hours, minutes) => {
    actAs(world.academic);
    expect((await addInvolvementRecordAction(idle, form(valid(world.module.id, { hours })))).status).toBe("success");
    expect((await db.involvementRecord.findFirstOrThrow({ where: { moduleId: world.module.id } })).minutes).toBe(
      minutes,
    );
  });

  it.each([
    ["hours", "24.25", "The hours must be 24 or fewer"],
    ["hours", "25", "The hours must be 24 or fewer"],
    ["hours", "0.2", "at least 0.25"],
    ["hours", "", "Enter how many hours"],
    ["hours", "lots", "like 1.5"],
    ["hours", "-1", "like 1.5"],
    ["date", "2026-02-30", "Date must be a real date"],
    ["date", "23/11/2026", "Date must be a real date"],
    ["date", "", "Enter the date"],
    ["stage", "LUNCH", "Select the stage"],
    ["description", "", "Describe what people"],
    ["description", "2001 characters", "2000 characters"],
    ["expertCount", "0", "at least 1"],
    ["expertCount", "101", "100 people or fewer"],
    ["expertCount", "1.5", "whole number"],
    ["expertCount", "", "Enter the number of people"],
  ])("refuses %s = %j and writes nothing", async (field, value, message) => {
    actAs(world.academic);
    const typed = value === "2001 characters" ? "x".repeat(2001) : value;
    const state = await addInvolvementRecordAction(idle, form(valid(world.module.id, { [field]: typed })));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.[field]?.[0]).toContain(message);
    expect(state.values?.description).toBeDefined(); // what was typed comes back
    expect(await countFor(world.module.id)).toBe(0);
  });

  it("refuses a date more than a year ahead, but allows one exactly a year ahead", async () => {
    actAs(world.academic);
    const lastDay = latestAllowedDate();
    const dayAfter = toDateInput(new Date(lastDay.getTime() + 25 * 3600 * 1000));
    for (const date of [dayAfter, `${londonParts(new Date()).year + 2}-01-10`]) {
      const state = await addInvolvementRecordAction(idle, form(valid(world.module.id, { date })));
      expect(state.fieldErrors?.date?.[0]).toBe("The date must be no more than a year from today");
    }
    expect(await countFor(world.module.id)).toBe(0);
    const edge = await addInvolvementRecordAction(idle, form(valid(world.module.id, { date: toDateInput(lastDay) })));
    expect(edge.status).toBe("success");
  });

  it("refuses experts and coordinators", async () => {
    const { experts } = await createWorld(1);
    for (const user of [world.coordinator, world.admin, experts[0]!.user]) {
      actAs(user);
      expect((await addInvolvementRecordAction(idle, form(valid(world.module.id)))).code).toBe("FORBIDDEN");
    }
    expect(await countFor(world.module.id)).toBe(0);
  });

  it("refuses another academic's module and another institution's module", async () => {
    const { module: colleagues } = await anotherAcademicsModule(world);
    const elsewhere = await createWorld(0);
    actAs(world.academic);
    for (const moduleId of [colleagues.id, elsewhere.module.id]) {
      const state = await addInvolvementRecordAction(idle, form(valid(moduleId)));
      expect(state.code).toBe("NOT_FOUND");
      expect(await countFor(moduleId)).toBe(0);
    }
  });

  it("refuses a module in another institution even when it names the academic as leader", async () => {
    const elsewhere = await createWorld(0);
    await db.module.update({ where: { id: elsewhere.module.id }, data: { leaderId: world.academic.id } });
    actAs(world.academic);
    expect((await addInvolvementRecordAction(idle, form(valid(elsewhere.module.id)))).code).toBe("NOT_FOUND");
    expect(await countFor(elsewhere.module.id)).toBe(0);
  });
});

describe("deleteInvolvementRecordAction", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(1);
  });

  async function handRecord(moduleId: string, loggedById: string) {
    return db.involvementRecord.create({
      data: {
        moduleId,
        date: new Date(),
        stage: "TEACHING_LEARNING",
        minutes: 60,
        description: "Guest talk",
        loggedById,
      },
    });
  }

  it("deletes the academic's own hand-entered record and audits it", async () => {
    const record = await handRecord(world.module.id, world.academic.id);
    actAs(world.academic);
    expect(await deleteInvolvementRecordAction(idle, form({ recordId: record.id }))).toMatchObject({
      status: "success",
    });
    expect(await db.involvementRecord.findUnique({ where: { id: record.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: record.id, action: "involvement.delete" } })).toBe(1);
  });

  it("keeps records made from attended sessions", async () => {
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 3 * 86400000) });
    await db.booking.create({
      data: { sessionId: session.id, expertId: world.experts[0]!.expert.id, status: "ATTENDED" },
    });
    const record = await db.$transaction((tx) =>
      recordSessionInvolvement({ sessionId: session.id, loggedById: world.coordinator.id }, tx),
    );
    expect(record).toMatchObject({ minutes: 120, expertCount: 1, moduleId: world.module.id });
    actAs(world.academic);
    const state = await deleteInvolvementRecordAction(idle, form({ recordId: record!.id }));
    expect(state).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(await db.involvementRecord.findUnique({ where: { id: record!.id } })).not.toBeNull();
  });

  it("keeps a hand-entered record someone else added to the module", async () => {
    const record = await handRecord(world.module.id, world.coordinator.id);
    actAs(world.academic);
    expect((await deleteInvolvementRecordAction(idle, form({ recordId: record.id }))).status).toBe("error");
    expect(await db.involvementRecord.findUnique({ where: { id: record.id } })).not.toBeNull();
  });

  it("refuses records on another academic's or another institution's module", async () => {
    const { colleague, module } = await anotherAcademicsModule(world);
    const elsewhere = await createWorld(0);
    const theirs = await handRecord(module.id, colleague.id);
    const far = await handRecord(elsewhere.module.id, elsewhere.academic.id);
    actAs(world.academic);
    for (const record of [theirs, far]) {
      expect((await deleteInvolvementRecordAction(idle, form({ recordId: record.id }))).code).toBe("NOT_FOUND");
      expect(await db.involvementRecord.findUnique({ where: { id: record.id } })).not.toBeNull();
    }
  });

  it("refuses experts and coordinators, and an empty id", async () => {
    const record = await handRecord(world.module.id, world.academic.id);
    for (const user of [world.coordinator, world.experts[0]!.user]) {
      actAs(user);
      expect((await deleteInvolvementRecordAction(idle, form({ recordId: record.id }))).code).toBe("FORBIDDEN");
    }
    actAs(world.academic);
    expect((await deleteInvolvementRecordAction(idle, form({ recordId: "" }))).code).toBe("INVALID");
    expect(await db.involvementRecord.findUnique({ where: { id: record.id } })).not.toBeNull();
  });
});
