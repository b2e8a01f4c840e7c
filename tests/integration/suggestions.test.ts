/**
 * Fair suggestions when filling a session, and "Invite to apply" (issue 15). The scores below are
 * worked out by hand with the default weights (waiting 3, interest 1, areas 1):
 *   waiting × min(days since last involved, 365) / 365 + interest × interested + areas × matched / sought.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { limitExcessForSession } from "@/lib/payments/earnings";
import { inviteToApply } from "@/lib/suggestions/invite";
import { suggestExperts } from "@/lib/suggestions/queries";
import { DEFAULT_WEIGHTS, weightsFrom } from "@/lib/suggestions/weights";
import { callerFor } from "../helpers/caller";
import { createExpert, createOpportunity, createSession, createUser, createWorld } from "../helpers/factories";

const NOW = new Date("2027-01-15T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

async function world() {
  const w = await createWorld(0);
  const p = w.partnership.id;
  // The session: teaching, looking for carers and mental health, £25 an hour for 2 hours = £50,
  // on Monday 25 January 2027.
  const opportunity = await createOpportunity(w, { payRatePence: 2500 });
  await db.opportunity.update({
    where: { id: opportunity.id },
    data: { livedExperienceSought: ["Carer", "mental health"] },
  });
  const session = await createSession(opportunity.id, {
    startsAt: new Date("2027-01-25T10:00:00Z"),
    minutes: 120,
    places: 3,
  });

  const expert = (livedExperience: string[], interests: ("TEACHING" | "RESEARCH")[], extra = {}) =>
    createExpert(p, { livedExperience, interests, ...extra });
  /** An attended teaching session `days` before NOW, so the person was last involved then. */
  async function involved(expertId: string, days: number) {
    const past = await createSession(opportunity.id, { startsAt: daysBefore(days), minutes: 60 });
    await db.booking.create({ data: { sessionId: past.id, expertId, status: "ATTENDED" } });
  }

  // X1: carer, interested; involved 30 days ago → 3 × 30/365 + 1 + 1/2 = 1.75.
  const x1 = await expert(["carer"], ["TEACHING"]);
  await involved(x1.expert.id, 30);
  // X2: carer and mental health, no interests, never involved → 3 + 0 + 1 = 4.
  const x2 = await expert(["carer", "Mental Health"], []);
  // X3: mental health, interested; involved 180 days ago → 3 × 180/365 + 1 + 1/2 = 2.98.
  const x3 = await expert(["mental health"], ["TEACHING"]);
  await involved(x3.expert.id, 180);
  // X4: would be first (never involved, a carer) but is on a break.
  const x4 = await expert(["carer"], ["TEACHING"]);
  await db.expertProfile.update({ where: { id: x4.expert.id }, data: { breakStartedAt: daysBefore(3) } });
  // X5: a carer, never involved → 3.5, but has a £60 weekly limit and a confirmed £20 place that
  // week: £20 + £50 = £70, £10 over → listed last, with the figures.
  const x5 = await expert(["carer"], [], { earningsLimitPence: 6000, earningsLimitPeriod: "WEEK" });
  const fixed = await createOpportunity(w, { payRatePence: 2000, payBasis: "FIXED" });
  const sameWeek = await createSession(fixed.id, { startsAt: new Date("2027-01-27T10:00:00Z") });
  await db.booking.create({ data: { sessionId: sameWeek.id, expertId: x5.expert.id, status: "CONFIRMED" } });
  // X6 matches nothing sought (homelessness, research); X7 has already asked for a place; X8 is
  // paused by a coordinator; X9 has left; X10 is in another partnership.
  const x6 = await expert(["homelessness"], ["RESEARCH"]);
  const x7 = await expert(["carer"], ["TEACHING"]);
  await db.booking.create({ data: { sessionId: session.id, expertId: x7.expert.id, status: "REQUESTED" } });
  const x8 = await expert(["carer"], ["TEACHING"], { status: "PAUSED" });
  const x9 = await expert(["carer"], ["TEACHING"], { status: "LEFT" });
  const other = await createWorld(0);
  const x10 = await createExpert(other.partnership.id, { livedExperience: ["carer"] });

  const sibling = await db.institution.create({
    data: { partnershipId: p, name: `Sibling ${session.id}`, shortName: "Sibling" },
  });
  const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
  return {
    w,
    session,
    x: { x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 },
    coordinator: await callerFor("coordinator", w.coordinator),
    siblingCoordinator: await callerFor("coordinator", siblingCoordinator),
  };
}

let data: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  data = await world();
});

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe("suggested experts", () => {
  it("ranks active, matching people not on a break, least recently involved first, the over-limit person last", async () => {
    const { x } = data;
    const list = await suggestExperts({
      user: data.coordinator,
      sessionId: data.session.id,
      weights: DEFAULT_WEIGHTS,
      now: NOW,
    });
    expect(ids(list)).toEqual([x.x2.expert.id, x.x3.expert.id, x.x1.expert.id, x.x5.expert.id]);
    const [, second, , last] = list;
    expect(second!.interested).toBe(true);
    expect(second!.areas).toEqual(["mental health"]);
    expect(list[0]!.lastInvolvedAt).toBeNull();
    expect(list[0]!.areas).toEqual(["carer", "Mental Health"]);
    expect(last!.excess).toMatchObject({
      limitPence: 6000,
      period: "WEEK",
      alreadyPence: 2000,
      feePence: 5000,
      totalPence: 7000,
      overPence: 1000,
    });
    expect(list.slice(0, 3).every((s) => s.excess === null)).toBe(true);
    // The list's figures are the ones the expert would be warned with before asking.
    expect(await limitExcessForSession({ expertId: x.x5.expert.id, sessionId: data.session.id })).toEqual(last!.excess);
  });

  it("follows the coordinator's weighting: interest only, ties broken by the longest wait", async () => {
    const { x } = data;
    // Interest 3, the rest 0: X1 and X3 score 3 (X3 waited longer), X2 0, X5 last for the limit.
    const list = await suggestExperts({
      user: data.coordinator,
      sessionId: data.session.id,
      weights: weightsFrom({ waiting: "0", interest: "3", areas: "0" }),
      now: NOW,
    });
    expect(ids(list)).toEqual([x.x3.expert.id, x.x1.expert.id, x.x2.expert.id, x.x5.expert.id]);
  });

  it("reads weights from the address, keeping the defaults for anything missing or out of range", () => {
    expect(weightsFrom({})).toEqual(DEFAULT_WEIGHTS);
    expect(weightsFrom({ waiting: "9", interest: "2", areas: "x" })).toEqual({ waiting: 3, interest: 2, areas: 1 });
  });

  it("is only for the session's own university", async () => {
    await expect(
      suggestExperts({ user: data.siblingCoordinator, sessionId: data.session.id, weights: DEFAULT_WEIGHTS, now: NOW }),
    ).rejects.toThrow("could not be found");
  });
});

describe("invite to apply", () => {
  it("tells the person in Involve and by email, once, and the list shows they were invited", async () => {
    const { x2 } = data.x;
    await inviteToApply({ user: data.coordinator, sessionId: data.session.id, expertId: x2.expert.id, now: NOW });

    const notes = await db.notification.findMany({ where: { userId: x2.user.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toMatch(/^You are invited to ask for a place: /);
    const opportunity = await db.session.findUniqueOrThrow({
      where: { id: data.session.id },
      select: { opportunityId: true },
    });
    expect(notes[0]!.link).toBe(`/expert/opportunities/${opportunity.opportunityId}`);
    const messages = await db.message.findMany({ where: { userId: x2.user.id } });
    expect(messages.map((m) => [m.kind, m.status])).toEqual([["BOOKING", "QUEUED"]]);
    expect(messages[0]!.textBody).toContain("Read it and ask for a place");
    const audit = await db.auditEvent.findMany({
      where: { action: "session.invited_to_apply", actorId: data.w.coordinator.id },
    });
    expect(audit).toHaveLength(1);

    await expect(
      inviteToApply({ user: data.coordinator, sessionId: data.session.id, expertId: x2.expert.id, now: NOW }),
    ).rejects.toThrow("has already been invited");
    expect(await db.notification.count({ where: { userId: x2.user.id } })).toBe(1);

    const list = await suggestExperts({
      user: data.coordinator,
      sessionId: data.session.id,
      weights: DEFAULT_WEIGHTS,
      now: NOW,
    });
    expect(list.find((s) => s.id === x2.expert.id)!.invitedAt).toBeInstanceOf(Date);
  });

  it("sends one invitation when two coordinators press at the same moment", async () => {
    const { x3 } = data.x;
    const colleague = await callerFor(
      "coordinator",
      await createUser("COORDINATOR", { institutionId: data.w.institution.id }),
    );
    const results = await Promise.allSettled(
      [data.coordinator, colleague].map((user) =>
        inviteToApply({ user, sessionId: data.session.id, expertId: x3.expert.id, now: NOW }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.sessionInvitation.count({ where: { expertId: x3.expert.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: x3.user.id } })).toBe(1);
  });

  it("refuses someone on a break, someone who has asked already, and another university's session", async () => {
    const { x4, x7, x1, x10 } = data.x;
    const invite = (user: typeof data.coordinator, expertId: string) =>
      inviteToApply({ user, sessionId: data.session.id, expertId, now: NOW });
    await expect(invite(data.coordinator, x4.expert.id)).rejects.toThrow("is taking a break");
    await expect(invite(data.coordinator, x7.expert.id)).rejects.toThrow("has already asked for a place");
    await expect(invite(data.siblingCoordinator, x1.expert.id)).rejects.toThrow("That session could not be found");
    await expect(invite(data.coordinator, x10.expert.id)).rejects.toThrow("That expert could not be found");
    for (const person of [x4, x7, x1, x10])
      expect(await db.notification.count({ where: { userId: person.user.id } })).toBe(0);
  });
});
