/**
 * Two-way feedback (issue 14): experts' feedback on sessions they attended, academics' feedback
 * shared with the experts who were there, the summaries on the coordinator's and academic's
 * reports, and "You said, we did".
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { giveFeedbackAction } from "@/lib/feedback/actions";
import { listSessionFeedback } from "@/lib/feedback/coordinator-queries";
import { giveExpertFeedbackAction } from "@/lib/feedback/expert-actions";
import { feedbackForHistory } from "@/lib/feedback/for-expert";
import {
  academicSessions,
  coordinatorSessions,
  expertCommentsForAcademic,
  feedbackSummary,
} from "@/lib/feedback/summaries";
import { latestYouSaidWeDid, listYouSaidWeDid } from "@/lib/feedback/you-said-we-did";
import {
  deleteYouSaidWeDidAction,
  publishYouSaidWeDidAction,
  updateYouSaidWeDidAction,
} from "@/lib/feedback/you-said-we-did-actions";
import { siteUrl } from "@/lib/messages/links";
import { sendSessionMessages } from "@/lib/messages/session-messages";
import { academicYearOf } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createSession, createUser, createWorld, form, idle, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;
const DAY = 86_400_000;

async function pastSession(world: World, daysAgo = 3) {
  const opportunity = await createOpportunity(world);
  return createSession(opportunity.id, { startsAt: new Date(Date.now() - daysAgo * DAY) });
}

const book = (sessionId: string, expertId: string, status: "ATTENDED" | "CONFIRMED" = "ATTENDED") =>
  db.booking.create({ data: { sessionId, expertId, status }, select: { id: true } });

const year = academicYearOf(new Date());

/** Another university in the same partnership. */
const createInstitution = (partnershipId: string) =>
  db.institution.create({ data: { name: unique("University"), shortName: "Uni", partnershipId, costCentre: "CC-2" } });

describe("an expert's feedback on a session they attended", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(2);
  });

  it("saves every answer, audits it, and a second time changes it", async () => {
    const session = await pastSession(world);
    const [me] = world.experts;
    const booking = await book(session.id, me!.expert.id);
    actAs(me!.user);
    const first = await giveExpertFeedbackAction(
      idle,
      form({
        bookingId: booking.id,
        prepared: "4",
        treatedWell: "5",
        worthIt: "3",
        paidOnTime: "NOT_YET",
        comments: "  A good day.  ",
        anonymous: "on",
      }),
    );
    expect(first.status).toBe("success");
    const saved = await db.expertFeedback.findUniqueOrThrow({ where: { bookingId: booking.id } });
    expect(saved).toMatchObject({
      sessionId: session.id,
      expertId: me!.expert.id,
      prepared: 4,
      treatedWell: 5,
      worthIt: 3,
      paidOnTime: "NOT_YET",
      comments: "A good day.",
      anonymous: true,
    });

    // Only one answer this time: the others are cleared, and the name is no longer kept back.
    const second = await giveExpertFeedbackAction(idle, form({ bookingId: booking.id, paidOnTime: "YES" }));
    expect(second).toMatchObject({ status: "success", message: "Your feedback has been updated. Thank you." });
    expect(await db.expertFeedback.findMany({ where: { bookingId: booking.id } })).toEqual([
      expect.objectContaining({
        prepared: null,
        treatedWell: null,
        worthIt: null,
        paidOnTime: "YES",
        comments: "",
        anonymous: false,
      }),
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: saved.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["feedback.expert.create", "feedback.expert.update"]);
  });

  it.each([
    ["an empty form", {}, "prepared"],
    ["only the anonymous box", { anonymous: "on" }, "prepared"],
    ["prepared = 0", { prepared: "0" }, "prepared"],
    ["treatedWell = 6", { treatedWell: "6" }, "treatedWell"],
    ["worthIt = 2.5", { worthIt: "2.5" }, "worthIt"],
    ["paidOnTime = MAYBE", { paidOnTime: "MAYBE" }, "paidOnTime"],
    ["comments of 2,001 characters", { comments: "x".repeat(2001) }, "comments"],
  ])("refuses %s and writes nothing", async (_, values, field) => {
    const session = await pastSession(world);
    const booking = await book(session.id, world.experts[0]!.expert.id);
    actAs(world.experts[0]!.user);
    const state = await giveExpertFeedbackAction(idle, form({ bookingId: booking.id, ...values }));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.[field]?.[0]).toBeTruthy();
    expect(await db.expertFeedback.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("refuses another expert's booking and a booking that was not attended", async () => {
    const session = await pastSession(world);
    const [me, other] = world.experts;
    const theirs = await book(session.id, other!.expert.id);
    const notAttended = await book(session.id, me!.expert.id, "CONFIRMED");
    actAs(me!.user);
    for (const bookingId of [theirs.id, notAttended.id]) {
      const state = await giveExpertFeedbackAction(idle, form({ bookingId, worthIt: "5" }));
      expect(state.code).toBe("NOT_FOUND");
    }
    expect(await db.expertFeedback.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("is invited by the day-after check-in message, with a link to the booking's feedback page", async () => {
    const now = new Date();
    const opportunity = await createOpportunity(world);
    const yesterday = await createSession(opportunity.id, { startsAt: new Date(now.getTime() - 26 * 3600 * 1000) });
    const booking = await book(yesterday.id, world.experts[0]!.expert.id);
    await sendSessionMessages({ now }, db);
    const checkIn = await db.message.findFirstOrThrow({
      where: { userId: world.experts[0]!.user.id, kind: "CHECK_IN" },
    });
    expect(checkIn.textBody).toContain(`${siteUrl()}/expert/bookings/${booking.id}/feedback`);
  });

  it("refuses academics and coordinators", async () => {
    const session = await pastSession(world);
    const booking = await book(session.id, world.experts[0]!.expert.id);
    for (const user of [world.academic, world.coordinator]) {
      actAs(user);
      expect((await giveExpertFeedbackAction(idle, form({ bookingId: booking.id, worthIt: "5" }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect(await db.expertFeedback.count({ where: { sessionId: session.id } })).toBe(0);
  });
});

describe("academics' feedback, shared with the experts who took part", () => {
  it("reaches only that session's attended experts, and never when not shared", async () => {
    const world = await createWorld(3);
    const [attendee, onlyConfirmed, elsewhere] = world.experts;
    const shared = await pastSession(world, 3);
    const unshared = await pastSession(world, 5);
    const other = await pastSession(world, 7);
    const a1 = await book(shared.id, attendee!.expert.id);
    const a2 = await book(unshared.id, attendee!.expert.id);
    const c1 = await book(shared.id, onlyConfirmed!.expert.id, "CONFIRMED");
    const e1 = await book(other.id, elsewhere!.expert.id);

    actAs(world.academic);
    for (const [session, share] of [
      [shared, true],
      [unshared, false],
    ] as const) {
      const state = await giveFeedbackAction(
        idle,
        form({
          sessionId: session.id,
          rating: "5",
          text: `Words on ${session.id}`,
          shareWithExperts: share ? "on" : undefined,
        }),
      );
      expect(state.status).toBe("success");
    }
    expect(await db.feedback.findMany({ select: { sessionId: true, shareWithExperts: true } })).toEqual(
      expect.arrayContaining([
        { sessionId: shared.id, shareWithExperts: true },
        { sessionId: unshared.id, shareWithExperts: false },
      ]),
    );

    const mine = await feedbackForHistory({ expertId: attendee!.expert.id, bookingIds: [a1.id, a2.id] });
    expect(mine.get(a1.id)?.shared).toEqual([{ id: expect.any(String), rating: 5, text: `Words on ${shared.id}` }]);
    expect(mine.get(a2.id)?.shared).toEqual([]);
    // A confirmed (not attended) booking, another expert's session, and someone else's booking ids: nothing.
    expect((await feedbackForHistory({ expertId: onlyConfirmed!.expert.id, bookingIds: [c1.id] })).size).toBe(0);
    expect(
      (await feedbackForHistory({ expertId: elsewhere!.expert.id, bookingIds: [e1.id] })).get(e1.id)?.shared,
    ).toEqual([]);
    expect((await feedbackForHistory({ expertId: elsewhere!.expert.id, bookingIds: [a1.id] })).size).toBe(0);
  });

  it("is seen by the institution's coordinator, not by another institution's", async () => {
    const world = await createWorld(1);
    const session = await pastSession(world);
    await book(session.id, world.experts[0]!.expert.id);
    actAs(world.academic);
    await giveFeedbackAction(idle, form({ sessionId: session.id, rating: "4", text: "Private words" }));

    const own = await listSessionFeedback({
      user: await callerFor("coordinator", world.coordinator),
      academicYear: year,
      page: 1,
      size: 10,
    });
    expect(own.items.map((s) => s.id)).toEqual([session.id]);
    expect(own.items[0]!.feedback[0]).toMatchObject({ text: "Private words", shareWithExperts: false });

    const sibling = await createInstitution(world.partnership.id);
    const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
    const stranger = await createWorld(0);
    for (const coordinator of [siblingCoordinator, stranger.coordinator]) {
      const user = await callerFor("coordinator", coordinator);
      expect((await listSessionFeedback({ user, academicYear: year, page: 1, size: 10 })).total).toBe(0);
      expect((await feedbackSummary(coordinatorSessions(user, year))).academics.responses).toBe(0);
    }
  });
});

describe("feedback summaries", () => {
  it("averages and counts per question, by hand, and never an expert's name for the academic", async () => {
    const world = await createWorld(3);
    const [e1, e2, e3] = world.experts;
    const s1 = await pastSession(world, 3);
    const s2 = await pastSession(world, 4);
    const answers = [
      {
        expert: e1!,
        session: s1,
        values: {
          prepared: "4",
          treatedWell: "5",
          worthIt: "5",
          paidOnTime: "YES",
          comments: "Loved it",
          anonymous: "on",
        },
      },
      {
        expert: e2!,
        session: s1,
        values: { prepared: "2", worthIt: "4", paidOnTime: "NO", comments: "Told the room late" },
      },
      { expert: e3!, session: s2, values: { treatedWell: "3", paidOnTime: "YES" } },
    ];
    for (const a of answers) {
      const booking = await book(a.session.id, a.expert.expert.id);
      actAs(a.expert.user);
      expect((await giveExpertFeedbackAction(idle, form({ bookingId: booking.id, ...a.values }))).status).toBe(
        "success",
      );
    }
    actAs(world.academic);
    await giveFeedbackAction(idle, form({ sessionId: s1.id, rating: "5" }));
    await giveFeedbackAction(idle, form({ sessionId: s2.id, rating: "2" }));

    const academic = await callerFor("academic", world.academic);
    const coordinator = await callerFor("coordinator", world.coordinator);
    const expected = {
      experts: {
        responses: 3,
        questions: {
          prepared: { average: 3, count: 2 }, // (4 + 2) / 2
          treatedWell: { average: 4, count: 2 }, // (5 + 3) / 2
          worthIt: { average: 4.5, count: 2 }, // (5 + 4) / 2
        },
        paidOnTime: { YES: 2, NO: 1, NOT_YET: 0 },
      },
      academics: { responses: 2, average: 3.5 }, // (5 + 2) / 2
    };
    expect(await feedbackSummary(academicSessions(academic, year))).toEqual(expected);
    expect(await feedbackSummary(coordinatorSessions(coordinator, year))).toEqual(expected);

    // The academic's comments: the words, never who wrote them (anonymous or not).
    const comments = await expertCommentsForAcademic({
      sessionWhere: academicSessions(academic, year),
      page: 1,
      size: 10,
    });
    expect(comments.items.map((c) => c.comments).sort()).toEqual(["Loved it", "Told the room late"]);
    const text = JSON.stringify(comments);
    for (const e of [e1!, e2!, e3!]) {
      expect(text).not.toContain(e.user.name);
      expect(text).not.toContain(e.expert.id);
      expect(text).not.toContain(e.user.id);
    }
    // The coordinator sees who said what, with the anonymous choice marked.
    const sessions = await listSessionFeedback({ user: coordinator, academicYear: year, page: 1, size: 10 });
    const s1Feedback = sessions.items.find((s) => s.id === s1.id)!.expertFeedback;
    expect(s1Feedback.map((f) => [f.expert.id, f.anonymous]).sort()).toEqual(
      [
        [e1!.expert.id, true],
        [e2!.expert.id, false],
      ].sort(),
    );
  });
});

describe("You said, we did", () => {
  it("coordinators publish, change and delete; experts of the partnership see it, others do not", async () => {
    const world = await createWorld(1);
    const stranger = await createWorld(1);
    actAs(world.coordinator);
    const published = await publishYouSaidWeDidAction(
      idle,
      form({ youSaid: "Breaks were too short.", weDid: "Every session now has a 15-minute break." }),
    );
    expect(published.status).toBe("success");
    const entry = await db.youSaidWeDid.findFirstOrThrow({ where: { partnershipId: world.partnership.id } });
    expect(entry).toMatchObject({ institutionId: world.institution.id, authorId: world.coordinator.id });

    const expert = await callerFor("expert", world.experts[0]!.user);
    expect((await listYouSaidWeDid({ partnershipId: expert.partnershipId, page: 1, size: 10 })).items).toEqual([
      expect.objectContaining({ id: entry.id, youSaid: "Breaks were too short." }),
    ]);
    const outsider = await callerFor("expert", stranger.experts[0]!.user);
    expect((await latestYouSaidWeDid({ partnershipId: outsider.partnershipId })).total).toBe(0);

    expect(
      (
        await updateYouSaidWeDidAction(
          idle,
          form({ id: entry.id, youSaid: "Breaks were short.", weDid: "Longer now." }),
        )
      ).status,
    ).toBe("success");
    expect(await db.youSaidWeDid.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      weDid: "Longer now.",
    });

    // Another partnership's coordinator cannot change or delete it.
    actAs(stranger.coordinator);
    expect((await updateYouSaidWeDidAction(idle, form({ id: entry.id, youSaid: "x", weDid: "y" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await deleteYouSaidWeDidAction(idle, form({ id: entry.id, confirm: "yes" }))).code).toBe("NOT_FOUND");
    expect(await db.youSaidWeDid.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      weDid: "Longer now.",
    });

    actAs(world.coordinator);
    await deleteYouSaidWeDidAction(idle, form({ id: entry.id, confirm: "yes" })).catch(() => undefined);
    expect(await db.youSaidWeDid.count({ where: { id: entry.id } })).toBe(0);
    const actions = await db.auditEvent.findMany({ where: { entityId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual([
      "feedback.you_said_we_did.published",
      "feedback.you_said_we_did.updated",
      "feedback.you_said_we_did.deleted",
    ]);
  });

  it("only coordinators publish, and both parts are needed", async () => {
    const world = await createWorld(1);
    for (const user of [world.experts[0]!.user, world.academic]) {
      actAs(user);
      expect((await publishYouSaidWeDidAction(idle, form({ youSaid: "a", weDid: "b" }))).code).toBe("FORBIDDEN");
    }
    actAs(world.coordinator);
    const state = await publishYouSaidWeDidAction(idle, form({ youSaid: "Something", weDid: "" }));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.weDid?.[0]).toBe("Enter what you did about it");
    expect(await db.youSaidWeDid.count({ where: { partnershipId: world.partnership.id } })).toBe(0);
  });
});
