import { describe, expect, it } from "vitest";
import { decideBookingAction, markAttendanceAction, signUpForSessionAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { findExpertMatchProfile, listOpportunitiesForExpert } from "@/lib/opportunities/for-expert";
import { requestInvolvementAction } from "@/lib/requests/actions";
import { actAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { createExpert, createOpportunity, createSession, createWorld, form, idle, unique } from "../helpers/factories";

const HOUR = 3600 * 1000;

const meetingForm = (extra: Record<string, string | undefined> = {}) => ({
  type: "GROUP_MEETING",
  title: unique("Experts' group meeting"),
  summary: "News, peer support and lunch.",
  payBasis: "HOUR",
  payFrom: "card",
  ...extra,
});

/** A world whose rate card pays group meetings £20 an hour. */
async function worldWithMeetingRate() {
  const world = await createWorld(2);
  await db.rate.create({
    data: {
      institutionId: world.institution.id,
      opportunityType: "GROUP_MEETING",
      basis: "HOUR",
      amountPence: 2000,
      effectiveFrom: new Date("2025-01-01"),
    },
  });
  return world;
}

const opportunitiesOf = (institutionId: string) => db.opportunity.count({ where: { institutionId } });

describe("posting a group meeting", () => {
  it("saves it with no module and no stage, paid at the rate card's group meeting rate", async () => {
    const world = await worldWithMeetingRate();
    actAs(world.coordinator);
    const to = await redirectOf(createOpportunityAction(idle, form(meetingForm({ cohortSize: "40" }))));
    const saved = await db.opportunity.findUniqueOrThrow({ where: { id: to.split("/").pop()! } });
    expect(saved).toMatchObject({
      type: "GROUP_MEETING",
      stage: null,
      moduleId: null,
      payRatePence: 2000,
      status: "DRAFT",
      // A group meeting has no students.
      cohortSize: null,
    });
    expect(saved.rateId).not.toBeNull();
  });

  it("can be unpaid: £0.00 with the reason the card is not used", async () => {
    const world = await worldWithMeetingRate();
    actAs(world.coordinator);
    const to = await redirectOf(
      createOpportunityAction(
        idle,
        form(meetingForm({ payFrom: "own", payRate: "0.00", rateOverrideReason: "Informal: travel is paid" })),
      ),
    );
    const saved = await db.opportunity.findUniqueOrThrow({ where: { id: to.split("/").pop()! } });
    expect(saved).toMatchObject({ payRatePence: 0, rateId: null, rateOverrideReason: "Informal: travel is paid" });

    // Only a group meeting can be unpaid.
    const before = await opportunitiesOf(world.institution.id);
    const unpaidTeaching = await createOpportunityAction(
      idle,
      form(meetingForm({ type: "TEACHING", stage: "TEACHING_LEARNING", payFrom: "own", payRate: "0.00" })),
    );
    expect(unpaidTeaching.fieldErrors?.payRate).toEqual([
      "The pay rate must be at least 1p. Only a group meeting can be unpaid",
    ]);
    expect(await opportunitiesOf(world.institution.id)).toBe(before);
  });

  it("refuses a module or a stage on a group meeting, and a missing stage on anything else, writing nothing", async () => {
    const world = await worldWithMeetingRate();
    actAs(world.coordinator);
    const before = await opportunitiesOf(world.institution.id);

    const withModule = await createOpportunityAction(idle, form(meetingForm({ moduleId: world.module.id })));
    expect(withModule.status).toBe("error");
    expect(withModule.fieldErrors?.moduleId).toEqual([
      'A group meeting is not part of a module: choose "Not linked to a module"',
    ]);
    expect(withModule.values).toMatchObject({ summary: "News, peer support and lunch." });

    const withStage = await createOpportunityAction(idle, form(meetingForm({ stage: "TEACHING_LEARNING" })));
    expect(Object.keys(withStage.fieldErrors ?? {})).toEqual(["stage"]);

    // Any other kind still needs its stage, reported together with the other missing fields.
    const teaching = await createOpportunityAction(
      idle,
      form({ type: "TEACHING", title: "", summary: "Talk to students", payBasis: "HOUR", payRate: "25.00" }),
    );
    expect(teaching.fieldErrors?.stage).toEqual(["Select the stage of the programme"]);
    expect(teaching.fieldErrors?.title).toBeDefined();

    expect(await opportunitiesOf(world.institution.id)).toBe(before);
  });

  it("refuses turning a group meeting into a module's session on a change", async () => {
    const world = await worldWithMeetingRate();
    actAs(world.coordinator);
    const to = await redirectOf(createOpportunityAction(idle, form(meetingForm())));
    const id = to.split("/").pop()!;
    const state = await updateOpportunityAction(
      idle,
      form(meetingForm({ opportunityId: id, moduleId: world.module.id, stage: "TEACHING_LEARNING" })),
    );
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["moduleId", "stage"]);
    expect(await db.opportunity.findUniqueOrThrow({ where: { id } })).toMatchObject({ moduleId: null, stage: null });
  });

  it("is held by the database too: no group meeting with a module, no other kind without a stage", async () => {
    const world = await createWorld(0);
    const row = {
      institutionId: world.institution.id,
      title: unique("Meeting"),
      summary: "x",
      createdById: world.coordinator.id,
    };
    await expect(
      db.opportunity.create({ data: { ...row, type: "GROUP_MEETING", moduleId: world.module.id } }),
    ).rejects.toThrow(/Opportunity_group_meeting_shape/);
    await expect(
      db.opportunity.create({ data: { ...row, type: "GROUP_MEETING", stage: "TEACHING_LEARNING" } }),
    ).rejects.toThrow(/Opportunity_group_meeting_shape/);
    await expect(db.opportunity.create({ data: { ...row, type: "TEACHING" } })).rejects.toThrow(
      /Opportunity_group_meeting_shape/,
    );
  });

  it("cannot be requested by an academic for a module", async () => {
    const world = await createWorld(0);
    actAs(world.academic);
    const state = await requestInvolvementAction(
      idle,
      form({
        moduleId: world.module.id,
        type: "GROUP_MEETING",
        stage: "TEACHING_LEARNING",
        title: "A meeting",
        description: "Peer support",
        placesWanted: "4",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.type).toEqual(["Select the kind of involvement"]);
    expect(await db.opportunity.count({ where: { moduleId: world.module.id } })).toBe(0);
  });
});

describe("a group meeting from sign-up to attendance", () => {
  it("is offered to every expert, booked and recorded like a session, paid, and never module evidence", async () => {
    const world = await worldWithMeetingRate();
    // An expert whose interests and lived experience match nothing else still sees it as for them.
    const elsewhere = await createExpert(world.partnership.id, { interests: ["RESEARCH"], livedExperience: ["x"] });
    actAs(world.coordinator);
    const to = await redirectOf(createOpportunityAction(idle, form(meetingForm())));
    const meetingId = to.split("/").pop()!;
    const session = await createSession(meetingId, { startsAt: new Date(Date.now() + 48 * HOUR), minutes: 120 });
    await db.opportunity.update({ where: { id: meetingId }, data: { status: "OPEN", publishedAt: new Date() } });
    const teaching = await createOpportunity(world, { status: "OPEN" });
    await createSession(teaching.id, { startsAt: new Date(Date.now() + 48 * HOUR) });

    const profile = await findExpertMatchProfile({ expertId: elsewhere.expert.id });
    const list = await listOpportunitiesForExpert({ profile: profile!, page: 1, size: 10 });
    expect(list.items.map((i) => [i.id, i.matches])).toEqual([
      [meetingId, true],
      [teaching.id, false],
    ]);

    const [jo, sam] = world.experts;
    for (const expert of [jo!, sam!]) {
      actAs(expert.user);
      expect((await signUpForSessionAction(idle, form({ sessionId: session.id }))).status).toBe("success");
    }
    const bookings = await db.booking.findMany({ where: { sessionId: session.id }, orderBy: { requestedAt: "asc" } });
    actAs(world.coordinator);
    for (const b of bookings)
      expect((await decideBookingAction(idle, form({ bookingId: b.id, decision: "CONFIRMED" }))).status).toBe(
        "success",
      );

    // The meeting has happened.
    await db.session.update({
      where: { id: session.id },
      data: { startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) },
    });
    const [came, missed] = bookings;
    const state = await markAttendanceAction(
      idle,
      form({ sessionId: session.id, [`attendance_${came!.id}`]: "ATTENDED", [`attendance_${missed!.id}`]: "NO_SHOW" }),
    );
    expect(state.status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: came!.id } })).status).toBe("ATTENDED");
    // Paid per the rate card: two hours at £20.
    const payments = await db.payment.findMany({ where: { booking: { sessionId: session.id } } });
    expect(payments).toMatchObject([{ bookingId: came!.id, feePence: 4000, status: "DRAFT" }]);
    // Never a module's involvement evidence.
    expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.involvementRecord.count({ where: { moduleId: world.module.id } })).toBe(0);
  });
});
