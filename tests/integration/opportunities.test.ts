import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cancelOpportunityAction,
  closeOpportunityAction,
  createOpportunityAction,
  publishOpportunityAction,
  updateOpportunityAction,
} from "@/lib/opportunities/actions";
import { actAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { createOpportunity, createSession, createWorld, form, idle, unique } from "../helpers/factories";

const valid = (extra: Record<string, string | undefined> = {}) => ({
  type: "TEACHING",
  stage: "TEACHING_LEARNING",
  title: unique("Hearing voices workshop"),
  summary: "Talk with students about what helped.",
  whatYouWillDo: "Speak for 20 minutes.",
  livedExperienceSought: " mental health, carer ,, Mental Health ",
  payRate: "£25.50",
  payBasis: "HOUR",
  preparationOffered: "on",
  preparationMinutes: "30",
  debriefOffered: "on",
  ...extra,
});

describe("createOpportunityAction", () => {
  it("creates a draft with tidy tags and pence, then goes to its page", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const input = valid({ moduleId: world.module.id });
    const to = await redirectOf(createOpportunityAction(idle, form(input)));
    const created = await db.opportunity.findFirstOrThrow({ where: { title: input.title } });
    expect(to).toBe(`/coordinator/opportunities/${created.id}`);
    expect(created).toMatchObject({
      status: "DRAFT",
      institutionId: world.institution.id,
      createdById: world.coordinator.id,
      contactId: world.coordinator.id,
      livedExperienceSought: ["mental health", "carer"],
      payRatePence: 2550,
      payBasis: "HOUR",
      preparationMinutes: 30,
      preparationOffered: true,
      debriefOffered: true,
      moduleId: world.module.id,
    });
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "opportunity.created" } })).toBe(1);
  });

  it("validates and writes nothing", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const title = unique("Bad");
    const state = await createOpportunityAction(
      idle,
      form(valid({ title, payRate: "twenty", type: "PARTY", summary: "" })),
    );
    expect(state.code).toBe("INVALID");
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["payRate", "type", "summary"]));
    expect(state.values?.title).toBe(title);
    expect(await db.opportunity.count({ where: { title } })).toBe(0);
  });

  it("refuses a module of another university", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    actAs(world.coordinator);
    const input = valid({ moduleId: other.module.id });
    const state = await createOpportunityAction(idle, form(input));
    expect(state.fieldErrors?.moduleId).toBeTruthy();
    expect(await db.opportunity.count({ where: { title: input.title } })).toBe(0);
  });

  it("is for coordinators and admins only", async () => {
    const world = await createWorld(1);
    for (const user of [world.experts[0].user, world.academic]) {
      actAs(user);
      const input = valid();
      expect((await createOpportunityAction(idle, form(input))).code).toBe("FORBIDDEN");
      expect(await db.opportunity.count({ where: { title: input.title } })).toBe(0);
    }
    actAs(world.admin);
    expect(await redirectOf(createOpportunityAction(idle, form(valid())))).toMatch(/^\/coordinator\/opportunities\//);
  });
});

describe("updateOpportunityAction", () => {
  it("updates its own university's opportunity", async () => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world);
    actAs(world.coordinator);
    const input = valid({
      opportunityId: opportunity.id,
      payRate: "100",
      payBasis: "DAY",
      preparationOffered: undefined,
    });
    expect(await redirectOf(updateOpportunityAction(idle, form(input)))).toBe(
      `/coordinator/opportunities/${opportunity.id}`,
    );
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({
      title: input.title,
      payRatePence: 10000,
      payBasis: "DAY",
      preparationOffered: false,
      preparationMinutes: 0,
    });
  });

  it("refuses another university's coordinator and changes nothing", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const opportunity = await createOpportunity(world);
    actAs(other.coordinator);
    expect((await updateOpportunityAction(idle, form(valid({ opportunityId: opportunity.id })))).code).toBe(
      "NOT_FOUND",
    );
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).title).toBe(opportunity.title);
  });
});

describe("publish, close and cancel", () => {
  it("publishes a draft only when it has a future session and pay", async () => {
    const world = await createWorld(0);
    const draft = await createOpportunity(world, { status: "DRAFT" });
    actAs(world.coordinator);
    expect((await publishOpportunityAction(idle, form({ opportunityId: draft.id }))).message).toBe(
      "Add at least one session before publishing",
    );
    await createSession(draft.id, { startsAt: new Date(Date.now() - 86_400_000) });
    expect((await publishOpportunityAction(idle, form({ opportunityId: draft.id }))).message).toBe(
      "Add at least one session before publishing",
    );
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await createSession(draft.id);
    expect((await publishOpportunityAction(idle, form({ opportunityId: draft.id }))).status).toBe("success");
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("OPEN");
    expect((await publishOpportunityAction(idle, form({ opportunityId: draft.id }))).status).toBe("error");
  });

  it("tells the academic who asked when their request is published", async () => {
    const world = await createWorld(0);
    const draft = await createOpportunity(world, { status: "DRAFT" });
    await db.opportunity.update({ where: { id: draft.id }, data: { requestedById: world.academic.id } });
    await createSession(draft.id);
    actAs(world.coordinator);
    await publishOpportunityAction(idle, form({ opportunityId: draft.id }));
    expect(await db.notification.count({ where: { userId: world.academic.id } })).toBe(1);
  });

  it("closes open opportunities only", async () => {
    const world = await createWorld(0);
    const open = await createOpportunity(world);
    const draft = await createOpportunity(world, { status: "DRAFT" });
    actAs(world.coordinator);
    expect((await closeOpportunityAction(idle, form({ opportunityId: open.id }))).status).toBe("success");
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("CLOSED");
    expect((await closeOpportunityAction(idle, form({ opportunityId: draft.id }))).status).toBe("error");
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("cancelling cancels future sessions and live bookings and tells each expert", async () => {
    const world = await createWorld(4);
    const [a, b, c, d] = world.experts;
    const opportunity = await createOpportunity(world);
    const s1 = await createSession(opportunity.id, { places: 3 });
    const s2 = await createSession(opportunity.id, { startsAt: new Date(Date.now() + 14 * 86_400_000) });
    const held = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 86_400_000) });
    const bookings = await Promise.all([
      db.booking.create({ data: { sessionId: s1.id, expertId: a.expert.id, status: "CONFIRMED" } }),
      db.booking.create({ data: { sessionId: s1.id, expertId: b.expert.id, status: "REQUESTED" } }),
      db.booking.create({ data: { sessionId: s2.id, expertId: c.expert.id, status: "WAITLISTED" } }),
      db.booking.create({ data: { sessionId: s2.id, expertId: d.expert.id, status: "WITHDRAWN" } }),
      db.booking.create({ data: { sessionId: held.id, expertId: d.expert.id, status: "CONFIRMED" } }),
    ]);
    actAs(world.coordinator);
    const missing = await cancelOpportunityAction(idle, form({ opportunityId: opportunity.id, confirm: "yes" }));
    expect(missing.fieldErrors?.reason).toBeTruthy();
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).status).toBe("OPEN");

    const state = await cancelOpportunityAction(
      idle,
      form({ opportunityId: opportunity.id, reason: "The module has moved to next term.", confirm: "yes" }),
    );
    expect(state).toMatchObject({ status: "success" });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "The module has moved to next term.",
    });
    const statuses = await db.booking.findMany({
      where: { id: { in: bookings.map((x) => x.id) } },
      select: { id: true, status: true },
    });
    const byId = Object.fromEntries(statuses.map((x) => [x.id, x.status]));
    expect(bookings.map((x) => byId[x.id])).toEqual([
      "CANCELLED_BY_UNIVERSITY",
      "CANCELLED_BY_UNIVERSITY",
      "CANCELLED_BY_UNIVERSITY",
      "WITHDRAWN",
      "CONFIRMED",
    ]);
    expect((await db.session.findUniqueOrThrow({ where: { id: s1.id } })).cancelledAt).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: held.id } })).cancelledAt).toBeNull();
    for (const person of [a, b, c]) {
      const notes = await db.notification.findMany({ where: { userId: person.user.id } });
      expect(notes).toHaveLength(1);
      expect(notes[0].body).toContain("The module has moved to next term.");
    }
    expect(await db.notification.count({ where: { userId: d.user.id } })).toBe(0);
    expect(
      (await cancelOpportunityAction(idle, form({ opportunityId: opportunity.id, reason: "again", confirm: "yes" })))
        .status,
    ).toBe("error");
  });

  it("refuses other roles and other universities for every state change", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const opportunity = await createOpportunity(world);
    await createSession(opportunity.id);
    const calls = [
      () => closeOpportunityAction(idle, form({ opportunityId: opportunity.id })),
      () => publishOpportunityAction(idle, form({ opportunityId: opportunity.id })),
      () => cancelOpportunityAction(idle, form({ opportunityId: opportunity.id, reason: "No", confirm: "yes" })),
    ];
    for (const [user, code] of [
      [world.experts[0].user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [other.coordinator, "NOT_FOUND"],
    ] as const) {
      actAs(user);
      for (const call of calls) expect((await call()).code).toBe(code);
    }
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).status).toBe("OPEN");
  });
});
