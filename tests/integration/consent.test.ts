import { describe, expect, it } from "vitest";
import { bookExpertDirectlyAction, decideBookingAction, withdrawBookingAction } from "@/lib/bookings/actions";
import {
  deleteStoryAction,
  giveConsentAction,
  markTakenDownAction,
  saveStoryAction,
  withdrawConsentAction,
} from "@/lib/consent/actions";
import { consentState, dateOfDay, londonToday } from "@/lib/consent/rules";
import { db } from "@/lib/db";
import { findSession } from "@/lib/sessions/queries";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import { actAs } from "../helpers/actor";
import {
  createOpportunity,
  createPartnership,
  createSession,
  createUser,
  createWorld,
  form,
  idle,
  unique,
} from "../helpers/factories";

const DAY = 86_400_000;
const londonDay = (offsetDays: number) => londonToday(new Date(Date.now() + offsetDays * DAY));

async function sessionOf(world: Awaited<ReturnType<typeof createWorld>>, type: OpportunityType = "TEACHING") {
  const opportunity = await createOpportunity(world);
  await db.opportunity.update({ where: { id: opportunity.id }, data: { type } });
  return createSession(opportunity.id);
}

const booking = (sessionId: string, expertId: string, status: "REQUESTED" | "WAITLISTED" | "CONFIRMED" = "REQUESTED") =>
  db.booking.create({ data: { sessionId, expertId, status } });

const story = (expertId: string, title = "Leaving care at 18") =>
  db.story.create({ data: { expertId, title, description: "Moving on from care" } });

const consentForm = (bookingId: string, storyId: string, extra: Record<string, string | string[]> = {}) =>
  form({ bookingId, storyId, scopes: ["RECORDED", "LEARNING_PLATFORM"], named: "anonymised", ...extra });

describe("stories", () => {
  it("adds and changes a story, and removes an unused one", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    actAs(jo.user);
    const added = await saveStoryAction(
      idle,
      form({ title: "Caring for my dad", description: "Dementia and work", attachedText: "" }),
    );
    expect(added.status).toBe("success");
    const row = await db.story.findFirstOrThrow({ where: { expertId: jo.expert.id } });
    expect(row).toMatchObject({ title: "Caring for my dad", description: "Dementia and work", attachedText: "" });

    const changed = await saveStoryAction(
      idle,
      form({ storyId: row.id, title: "Caring for Dad", description: "", attachedText: "The story itself" }),
    );
    expect(changed.status).toBe("success");
    expect(await db.story.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      title: "Caring for Dad",
      attachedText: "The story itself",
    });
    expect(
      await db.auditEvent.count({ where: { entityId: row.id, action: { in: ["story.added", "story.changed"] } } }),
    ).toBe(2);

    // A title is required; nothing is written without one.
    const missing = await saveStoryAction(idle, form({ title: " ", description: "x" }));
    expect(missing).toMatchObject({ status: "error", fieldErrors: { title: ["Enter a title for your story"] } });
    expect(await db.story.count({ where: { expertId: jo.expert.id } })).toBe(1);

    await expect(deleteStoryAction(idle, form({ storyId: row.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.story.count({ where: { id: row.id } })).toBe(0);
  });

  it("keeps a story that has been used", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id);
    const session = await sessionOf(world);
    const b = await booking(session.id, jo.expert.id);
    await db.storyConsent.create({
      data: { storyId: s.id, expertId: jo.expert.id, bookingId: b.id, scopes: ["LIVE_SESSION"] },
    });
    actAs(jo.user);
    expect((await deleteStoryAction(idle, form({ storyId: s.id }))).status).toBe("error");
    expect(await db.story.count({ where: { id: s.id } })).toBe(1);
  });
});

describe("giving consent", () => {
  it("records the use with its scope, tells the coordinator and audits", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id);
    const session = await sessionOf(world, "RECORDED_CONTENT");
    const b = await booking(session.id, jo.expert.id);
    actAs(jo.user);
    const state = await giveConsentAction(
      idle,
      consentForm(b.id, s.id, { named: "named", "until-day": "1", "until-month": "8", "until-year": "2099" }),
    );
    expect(state.status).toBe("success");
    const consent = await db.storyConsent.findFirstOrThrow({ where: { bookingId: b.id } });
    expect(consent).toMatchObject({ storyId: s.id, expertId: jo.expert.id, named: true, withdrawnAt: null });
    expect(consent.scopes.sort()).toEqual(["LEARNING_PLATFORM", "RECORDED"]);
    expect(consent.until?.toISOString().slice(0, 10)).toBe("2099-08-01");
    expect(await db.notification.count({ where: { userId: world.coordinator.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: consent.id, action: "consent.given" } })).toBe(1);
    // The coordinator's session page shows it on the booking, loaded with the session's bookings.
    const detail = await findSession({ id: session.id, institutionId: world.institution.id });
    expect(detail?.bookings.find((x) => x.id === b.id)?.storyConsents).toMatchObject([
      { id: consent.id, named: true, story: { title: s.title } },
    ]);
  });

  it("adds a new story on the spot; an empty date means until withdrawn", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const b = await booking((await sessionOf(world)).id, jo.expert.id);
    actAs(jo.user);
    const state = await giveConsentAction(
      idle,
      consentForm(b.id, "new", { newTitle: "My first placement", scopes: ["LIVE_SESSION"] }),
    );
    expect(state.status).toBe("success");
    const consent = await db.storyConsent.findFirstOrThrow({ where: { bookingId: b.id }, include: { story: true } });
    expect(consent.story.title).toBe("My first placement");
    expect(consent.until).toBeNull();
  });

  it("refuses no scope, a date in the past, or a new story without a title, and writes nothing", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id);
    const b = await booking((await sessionOf(world)).id, jo.expert.id);
    actAs(jo.user);
    const noScope = await giveConsentAction(idle, form({ bookingId: b.id, storyId: s.id, named: "anonymised" }));
    expect(noScope).toMatchObject({ status: "error", fieldErrors: { scopes: ["Choose how your story may be used"] } });
    const [y, m, d] = londonDay(-1).split("-");
    const past = await giveConsentAction(
      idle,
      consentForm(b.id, s.id, { "until-day": d!, "until-month": m!, "until-year": y! }),
    );
    expect(past).toMatchObject({
      status: "error",
      fieldErrors: { until: ["The date must be today or in the future"] },
    });
    const untitled = await giveConsentAction(idle, consentForm(b.id, "new"));
    expect(untitled).toMatchObject({ status: "error", fieldErrors: { newTitle: ["Enter a title for the new story"] } });
    expect(await db.storyConsent.count({ where: { expertId: jo.expert.id } })).toBe(0);
    expect(await db.story.count({ where: { expertId: jo.expert.id } })).toBe(1);
  });

  it("only on the expert's own live or attended bookings", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id);
    const declined = await db.booking.create({
      data: { sessionId: (await sessionOf(world)).id, expertId: jo.expert.id, status: "DECLINED" },
    });
    actAs(jo.user);
    expect((await giveConsentAction(idle, consentForm(declined.id, s.id))).status).toBe("error");
    expect(await db.storyConsent.count({ where: { expertId: jo.expert.id } })).toBe(0);
  });
});

describe("another expert", () => {
  it("can never see, change, use or withdraw someone else's stories and consents", async () => {
    const world = await createWorld(2);
    const [a, b] = world.experts;
    const aStory = await story(a.expert.id);
    const bStory = await story(b.expert.id, "B's story");
    const aBooking = await booking((await sessionOf(world)).id, a.expert.id);
    const bBooking = await booking((await sessionOf(world)).id, b.expert.id);
    const aConsent = await db.storyConsent.create({
      data: { storyId: aStory.id, expertId: a.expert.id, bookingId: aBooking.id, scopes: ["RECORDED"] },
    });
    const { findMyStory, listMyStories, findConsentBooking } = await import("@/lib/consent/queries");
    expect(await findMyStory({ expertId: b.expert.id, storyId: aStory.id })).toBeNull();
    expect((await listMyStories({ expertId: b.expert.id })).map((s) => s.id)).toEqual([bStory.id]);
    expect(await findConsentBooking({ expertId: b.expert.id, bookingId: aBooking.id })).toBeNull();

    actAs(b.user);
    const change = await saveStoryAction(idle, form({ storyId: aStory.id, title: "Mine now" }));
    expect(change.code).toBe("NOT_FOUND");
    expect((await deleteStoryAction(idle, form({ storyId: aStory.id }))).code).toBe("NOT_FOUND");
    // A's story on B's booking, and B's story on A's booking: both refused.
    expect((await giveConsentAction(idle, consentForm(bBooking.id, aStory.id))).status).toBe("error");
    expect((await giveConsentAction(idle, consentForm(aBooking.id, bStory.id))).code).toBe("NOT_FOUND");
    expect((await withdrawConsentAction(idle, form({ storyId: aStory.id, confirm: "yes" }))).code).toBe("NOT_FOUND");

    expect((await db.story.findUniqueOrThrow({ where: { id: aStory.id } })).title).toBe("Leaving care at 18");
    expect(await db.storyConsent.findUniqueOrThrow({ where: { id: aConsent.id } })).toMatchObject({
      withdrawnAt: null,
    });
    expect(await db.storyConsent.count({ where: { expertId: { in: [a.expert.id, b.expert.id] } } })).toBe(1);
  });
});

describe("confirming a place on recorded content or research", () => {
  it("is refused without consent and allowed with it", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const b = await booking((await sessionOf(world, "RECORDED_CONTENT")).id, jo.expert.id);
    actAs(world.coordinator);
    const refused = await decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }));
    expect(refused.status).toBe("error");
    expect(refused.message).toContain(`Ask ${jo.user.name} to give consent for the recording first`);
    expect((await db.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("REQUESTED");

    // Consent for the session only is not enough for a recording.
    const s = await story(jo.expert.id);
    await db.storyConsent.create({
      data: { storyId: s.id, expertId: jo.expert.id, bookingId: b.id, scopes: ["LIVE_SESSION"] },
    });
    expect((await decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))).status).toBe("error");

    await db.storyConsent.updateMany({ where: { bookingId: b.id }, data: { scopes: ["LIVE_SESSION", "RECORDED"] } });
    expect((await decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("CONFIRMED");
  });

  it("is refused with an expired or a withdrawn consent, and research needs the research scope", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const expired = await booking((await sessionOf(world, "RECORDED_CONTENT")).id, jo.expert.id);
    const withdrawn = await booking((await sessionOf(world, "RESEARCH")).id, kim.expert.id);
    await db.storyConsent.create({
      data: {
        storyId: (await story(jo.expert.id)).id,
        expertId: jo.expert.id,
        bookingId: expired.id,
        scopes: ["RECORDED"],
        until: dateOfDay(londonDay(-1)),
      },
    });
    await db.storyConsent.create({
      data: {
        storyId: (await story(kim.expert.id)).id,
        expertId: kim.expert.id,
        bookingId: withdrawn.id,
        scopes: ["RESEARCH"],
        withdrawnAt: new Date(),
      },
    });
    actAs(world.coordinator);
    expect((await decideBookingAction(idle, form({ bookingId: expired.id, decision: "CONFIRMED" }))).status).toBe(
      "error",
    );
    const research = await decideBookingAction(idle, form({ bookingId: withdrawn.id, decision: "CONFIRMED" }));
    expect(research.message).toContain(`Ask ${kim.user.name} to give consent for their story to be quoted in research`);
    expect(await db.booking.count({ where: { id: { in: [expired.id, withdrawn.id] }, status: "CONFIRMED" } })).toBe(0);

    // A consent until today still holds.
    await db.storyConsent.updateMany({ where: { bookingId: expired.id }, data: { until: dateOfDay(londonDay(0)) } });
    expect((await decideBookingAction(idle, form({ bookingId: expired.id, decision: "CONFIRMED" }))).status).toBe(
      "success",
    );
  });

  it("booking directly is refused without consent and leaves nothing behind", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const session = await sessionOf(world, "RECORDED_CONTENT");
    actAs(world.coordinator);
    const state = await bookExpertDirectlyAction(idle, form({ sessionId: session.id, expertId: jo.expert.id }));
    expect(state.status).toBe("error");
    expect(state.message).toContain("ask them to ask for one first");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("the waiting list skips someone without consent", async () => {
    const world = await createWorld(3);
    const [leaver, noConsent, withConsent] = world.experts;
    const opportunity = await createOpportunity(world);
    await db.opportunity.update({ where: { id: opportunity.id }, data: { type: "RECORDED_CONTENT" } });
    const session = await createSession(opportunity.id, { places: 1 });
    const placed = await booking(session.id, leaver.expert.id, "CONFIRMED");
    const first = await db.booking.create({
      data: {
        sessionId: session.id,
        expertId: noConsent.expert.id,
        status: "WAITLISTED",
        requestedAt: new Date(Date.now() - 2 * DAY),
      },
    });
    const second = await db.booking.create({
      data: {
        sessionId: session.id,
        expertId: withConsent.expert.id,
        status: "WAITLISTED",
        requestedAt: new Date(Date.now() - DAY),
      },
    });
    await db.storyConsent.create({
      data: {
        storyId: (await story(withConsent.expert.id)).id,
        expertId: withConsent.expert.id,
        bookingId: second.id,
        scopes: ["RECORDED"],
      },
    });
    actAs(leaver.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: placed.id, confirm: "yes" }))).status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("WAITLISTED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("CONFIRMED");
  });

  it("other types need no consent", async () => {
    const world = await createWorld(1);
    const b = await booking((await sessionOf(world, "TEACHING")).id, world.experts[0]!.expert.id);
    actAs(world.coordinator);
    expect((await decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))).status).toBe("success");
  });
});

describe("withdrawing consent", () => {
  it("withdraws every use, tells coordinator and module leader what to take down, audits, and twice is a no-op", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id, "Caring for my dad");
    const one = await booking((await sessionOf(world, "RECORDED_CONTENT")).id, jo.expert.id, "CONFIRMED");
    const two = await booking((await sessionOf(world)).id, jo.expert.id, "CONFIRMED");
    await db.storyConsent.createMany({
      data: [
        { storyId: s.id, expertId: jo.expert.id, bookingId: one.id, scopes: ["RECORDED", "LEARNING_PLATFORM"] },
        { storyId: s.id, expertId: jo.expert.id, bookingId: two.id, scopes: ["LIVE_SESSION", "RESEARCH"] },
      ],
    });
    actAs(jo.user);
    const state = await withdrawConsentAction(idle, form({ storyId: s.id, confirm: "yes" }));
    expect(state.status).toBe("success");
    const consents = await db.storyConsent.findMany({ where: { storyId: s.id } });
    expect(consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(consents.map((c) => consentState(c))).toEqual(["withdrawn", "withdrawn"]);

    const toCoordinator = await db.notification.findMany({ where: { userId: world.coordinator.id } });
    const toAcademic = await db.notification.findMany({ where: { userId: world.academic.id } });
    expect(toCoordinator).toHaveLength(2);
    expect(toAcademic).toHaveLength(2);
    const bodies = [...toCoordinator, ...toAcademic].map((n) => n.body).join("\n");
    expect(bodies).toContain("Remove the recording");
    expect(bodies).toContain("Take the slides or notes off the learning platform");
    expect(bodies).toContain("Do not quote it in anything not yet published");
    expect(bodies).toContain("Do not use it in future sessions");
    expect(await db.message.count({ where: { userId: { in: [world.coordinator.id, world.academic.id] } } })).toBe(4);
    expect(await db.auditEvent.count({ where: { action: "consent.withdrawn", actorId: jo.user.id } })).toBe(2);

    const again = await withdrawConsentAction(idle, form({ storyId: s.id, confirm: "yes" }));
    expect(again).toMatchObject({ status: "success" });
    expect(again.message).toContain("already withdrawn");
    expect(await db.notification.count({ where: { userId: { in: [world.coordinator.id, world.academic.id] } } })).toBe(
      4,
    );
    expect(await db.auditEvent.count({ where: { action: "consent.withdrawn", actorId: jo.user.id } })).toBe(2);
  });

  it("is marked as taken down by the session's university only", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const s = await story(jo.expert.id);
    const b = await booking((await sessionOf(world)).id, jo.expert.id, "CONFIRMED");
    const consent = await db.storyConsent.create({
      data: { storyId: s.id, expertId: jo.expert.id, bookingId: b.id, scopes: ["RECORDED"], withdrawnAt: new Date() },
    });
    const sibling = await db.institution.create({
      data: {
        name: unique("Riverside University"),
        shortName: "RU",
        partnershipId: world.partnership.id,
        costCentre: "CC-2",
      },
    });
    const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
    const foreign = await createPartnership();
    const foreignCoordinator = await createUser("COORDINATOR", { institutionId: foreign.institution.id });
    for (const intruder of [siblingCoordinator, foreignCoordinator]) {
      actAs(intruder);
      expect((await markTakenDownAction(idle, form({ consentId: consent.id }))).code).toBe("NOT_FOUND");
    }
    expect((await db.storyConsent.findUniqueOrThrow({ where: { id: consent.id } })).takenDownAt).toBeNull();

    actAs(world.coordinator);
    expect((await markTakenDownAction(idle, form({ consentId: consent.id }))).status).toBe("success");
    expect(await db.storyConsent.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({
      takenDownById: world.coordinator.id,
    });
    expect(await db.auditEvent.count({ where: { entityId: consent.id, action: "consent.taken_down" } })).toBe(1);
  });

  it("an active consent can be marked taken down by nobody", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const b = await booking((await sessionOf(world)).id, jo.expert.id);
    const consent = await db.storyConsent.create({
      data: { storyId: (await story(jo.expert.id)).id, expertId: jo.expert.id, bookingId: b.id, scopes: ["RECORDED"] },
    });
    actAs(world.coordinator);
    expect((await markTakenDownAction(idle, form({ consentId: consent.id }))).code).toBe("NOT_FOUND");
  });
});

describe("what academics see", () => {
  it("lists consents for their own modules' sessions only", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const b = await booking((await sessionOf(world)).id, jo.expert.id);
    await db.storyConsent.create({
      data: { storyId: (await story(jo.expert.id)).id, expertId: jo.expert.id, bookingId: b.id, scopes: ["RECORDED"] },
    });
    const { listModuleConsents } = await import("@/lib/consent/queries");
    const { callerFor } = await import("../helpers/caller");
    const leader = await callerFor("academic", world.academic);
    expect(await listModuleConsents({ user: leader, moduleId: world.module.id })).toHaveLength(1);
    const colleague = await callerFor(
      "academic",
      await createUser("ACADEMIC", { institutionId: world.institution.id }),
    );
    expect(await listModuleConsents({ user: colleague, moduleId: world.module.id })).toHaveLength(0);
  });
});
