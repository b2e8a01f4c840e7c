import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { giveFeedbackAction } from "@/lib/feedback/actions";
import { findFeedbackSession, listFeedbackSessions } from "@/lib/feedback/queries";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createSession, createUser, createWorld, form, idle, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;
const DAY = 86400000;

async function pastSession(
  world: { institution: { id: string }; coordinator: { id: string }; module?: { id: string } },
  daysAgo = 3,
) {
  const opportunity = await createOpportunity(world);
  return createSession(opportunity.id, { startsAt: new Date(Date.now() - daysAgo * DAY) });
}

const feedbackOn = (sessionId: string) => db.feedback.findMany({ where: { sessionId } });

describe("giveFeedbackAction", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(1);
  });

  it("saves one feedback per person per session; a second submission updates it", async () => {
    const session = await pastSession(world);
    actAs(world.academic);
    const first = await giveFeedbackAction(
      idle,
      form({ sessionId: session.id, rating: "4", text: "Students engaged well." }),
    );
    expect(first).toMatchObject({ status: "success", message: "Thank you. Your feedback has been saved." });
    const second = await giveFeedbackAction(
      idle,
      form({ sessionId: session.id, rating: "5", text: "Even better on reflection." }),
    );
    expect(second).toMatchObject({ status: "success", message: "Your feedback has been updated. Thank you." });

    const saved = await feedbackOn(session.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      authorId: world.academic.id,
      authorRole: "ACADEMIC",
      rating: 5,
      text: "Even better on reflection.",
    });
    expect(await db.auditEvent.count({ where: { entityId: saved[0]!.id } })).toBe(2);
  });

  it.each([
    ["rating", "0"],
    ["rating", "6"],
    ["rating", ""],
    ["rating", "3.5"],
    ["rating", "good"],
    ["text", "2001 characters"],
  ])("refuses %s = %j and writes nothing", async (field, value) => {
    const session = await pastSession(world);
    actAs(world.academic);
    const typed = value === "2001 characters" ? "x".repeat(2001) : value;
    const state = await giveFeedbackAction(
      idle,
      form({ sessionId: session.id, rating: "4", text: "ok", [field]: typed }),
    );
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.[field]?.[0]).toMatch(
      field === "rating" ? "Select a rating from 1 to 5" : "2000 characters",
    );
    expect(await feedbackOn(session.id)).toHaveLength(0);
  });

  it("refuses sessions in the future, cancelled sessions and sessions with no module of theirs", async () => {
    const opportunity = await createOpportunity(world);
    const future = await createSession(opportunity.id, { startsAt: new Date(Date.now() + 2 * DAY) });
    const cancelled = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 2 * DAY) });
    await db.session.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const noModule = await pastSession({ institution: world.institution, coordinator: world.coordinator });
    actAs(world.academic);
    for (const session of [future, cancelled, noModule]) {
      expect((await giveFeedbackAction(idle, form({ sessionId: session.id, rating: "3" }))).code).toBe("NOT_FOUND");
      expect(await feedbackOn(session.id)).toHaveLength(0);
    }
  });

  it("refuses sessions on another academic's module and on another institution's module", async () => {
    const colleague = await createUser("ACADEMIC", { institutionId: world.institution.id });
    const theirModule = await db.module.create({
      data: {
        programmeId: world.programme.id,
        code: unique("SW"),
        title: "Law",
        yearOfStudy: 2,
        academicYear: "2026/27",
        leaderId: colleague.id,
      },
    });
    const theirs = await pastSession({ ...world, module: theirModule });
    const elsewhere = await createWorld(0);
    const far = await pastSession(elsewhere);
    actAs(world.academic);
    for (const session of [theirs, far]) {
      expect((await giveFeedbackAction(idle, form({ sessionId: session.id, rating: "3" }))).code).toBe("NOT_FOUND");
      expect(await feedbackOn(session.id)).toHaveLength(0);
    }
  });

  it("refuses experts and coordinators", async () => {
    const session = await pastSession(world);
    for (const user of [world.experts[0]!.user, world.coordinator, world.admin]) {
      actAs(user);
      expect((await giveFeedbackAction(idle, form({ sessionId: session.id, rating: "3" }))).code).toBe("FORBIDDEN");
    }
    expect(await feedbackOn(session.id)).toHaveLength(0);
  });
});

describe("sessions an academic can give feedback on", () => {
  it("lists past sessions of their modules only, newest first, with their own feedback", async () => {
    const world = await createWorld(1);
    const older = await pastSession(world, 10);
    const newer = await pastSession(world, 2);
    const opportunity = await createOpportunity(world);
    await createSession(opportunity.id, { startsAt: new Date(Date.now() + DAY) });
    await pastSession(await createWorld(0));
    await db.booking.create({
      data: { sessionId: newer.id, expertId: world.experts[0]!.expert.id, status: "ATTENDED" },
    });
    // Someone else's feedback on the same session is not "mine".
    await db.feedback.create({
      data: { sessionId: newer.id, authorId: world.coordinator.id, authorRole: "COORDINATOR", rating: 2 },
    });
    await db.feedback.create({
      data: { sessionId: older.id, authorId: world.academic.id, authorRole: "ACADEMIC", rating: 5, text: "Great" },
    });

    const user = await callerFor("academic", world.academic);
    const { items, total } = await listFeedbackSessions({ user, skip: 0, take: 25 });
    expect(total).toBe(2);
    expect(items.map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(items[0]).toMatchObject({ myFeedback: null, _count: { bookings: 1 } });
    expect(items[1]!.myFeedback).toMatchObject({ rating: 5, text: "Great" });
    const waiting = await listFeedbackSessions({ user, withoutMyFeedback: true, skip: 0, take: 25 });
    expect(waiting.items.map((s) => s.id)).toEqual([newer.id]);
    expect(await findFeedbackSession({ user, sessionId: older.id })).not.toBeNull();
    // Same institution, but not the module's leader.
    const notLeader = { ...user, id: world.coordinator.id };
    expect(await findFeedbackSession({ user: notLeader, sessionId: older.id })).toBeNull();
  });
});
