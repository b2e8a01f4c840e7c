import { describe, expect, it } from "vitest";
import { signUpForSessionAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { reminderBriefing } from "@/lib/opportunities/briefing";
import { listComingUpForAcademic } from "@/lib/preparation/academic-queries";
import { setSupporterTravelAction, updateMyBookingChoicesAction } from "@/lib/preparation/actions";
import { actAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { callerFor } from "../helpers/caller";
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

const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

const opportunityForm = (extra: Record<string, string | undefined> = {}) => ({
  type: "TEACHING",
  stage: "TEACHING_LEARNING",
  title: unique("Living with a mental health crisis"),
  summary: "Talk with students about what helped.",
  payRate: "25.00",
  payBasis: "HOUR",
  ...extra,
});

describe("the briefing on an opportunity", () => {
  it("is saved with the opportunity, and the level comes from its module", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const to = await redirectOf(
      createOpportunityAction(
        idle,
        form(
          opportunityForm({
            moduleId: world.module.id,
            whoWillBeThere: "First-year students and two lecturers",
            cohortSize: "60",
            sensitiveTopic: "on",
            sensitiveTopicNote: "Children being taken into care",
            quietRoomOffered: "on",
            supporterWelcome: "on",
            preparationOffered: "on",
            preparationMinutes: "30",
          }),
        ),
      ),
    );
    const id = to.split("/").pop()!;
    const saved = await db.opportunity.findUniqueOrThrow({
      where: { id },
      select: {
        whoWillBeThere: true,
        cohortSize: true,
        sensitiveTopic: true,
        sensitiveTopicNote: true,
        quietRoomOffered: true,
        supporterWelcome: true,
        preparationOffered: true,
        preparationMinutes: true,
        debriefOffered: true,
        contactId: true,
        module: { select: { yearOfStudy: true, programme: { select: { level: true } } } },
      },
    });
    expect(saved).toMatchObject({
      whoWillBeThere: "First-year students and two lecturers",
      cohortSize: 60,
      sensitiveTopic: true,
      sensitiveTopicNote: "Children being taken into care",
      quietRoomOffered: true,
      supporterWelcome: true,
      contactId: world.coordinator.id,
    });
    const text = reminderBriefing(saved).join("\n");
    expect(text).toContain("This session talks about: Children being taken into care");
    expect(text).toContain("About 60 students");
    expect(text).toContain("Year 1 students, qualifying degree");
    expect(text).toContain("A quiet room");
  });

  it("refuses a sensitive topic without its note, and a cohort that is not a whole number, writing nothing", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    // Counted for this university only: other test files add opportunities to the same database meanwhile.
    const theirs = () => db.opportunity.count({ where: { institutionId: world.institution.id } });
    const before = await theirs();
    const noNote = await createOpportunityAction(idle, form(opportunityForm({ sensitiveTopic: "on" })));
    expect(noNote.status).toBe("error");
    expect(Object.keys(noNote.fieldErrors ?? {})).toEqual(["sensitiveTopicNote"]);
    for (const cohortSize of ["lots", "12.5", "-3"]) {
      const state = await createOpportunityAction(idle, form(opportunityForm({ cohortSize })));
      expect(Object.keys(state.fieldErrors ?? {})).toEqual(["cohortSize"]);
    }
    expect(await theirs()).toBe(before);

    // The same rule on a change: nothing is written.
    const opportunity = await createOpportunity(world);
    const changed = await updateOpportunityAction(
      idle,
      form(opportunityForm({ opportunityId: opportunity.id, sensitiveTopic: "on", sensitiveTopicNote: " " })),
    );
    expect(Object.keys(changed.fieldErrors ?? {})).toEqual(["sensitiveTopicNote"]);
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({
      sensitiveTopic: false,
      title: opportunity.title,
    });
  });

  it("takes a contact only from the university's own coordinators", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const colleague = await createUser("COORDINATOR", { institutionId: world.institution.id });
    actAs(world.coordinator);
    const refused = await createOpportunityAction(idle, form(opportunityForm({ contactId: other.coordinator.id })));
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["contactId"]);
    const academic = await createOpportunityAction(idle, form(opportunityForm({ contactId: world.academic.id })));
    expect(Object.keys(academic.fieldErrors ?? {})).toEqual(["contactId"]);
    const to = await redirectOf(createOpportunityAction(idle, form(opportunityForm({ contactId: colleague.id }))));
    const saved = await db.opportunity.findUniqueOrThrow({ where: { id: to.split("/").pop()! } });
    expect(saved.contactId).toBe(colleague.id);
  });
});

describe("a supporter on a booking", () => {
  it("is recorded on sign-up, does not take a place, and can be changed later", async () => {
    const world = await createWorld(2);
    const [a, b] = [nth(world.experts, 0), nth(world.experts, 1)];
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 1 });

    actAs(a.user);
    const signed = await signUpForSessionAction(
      idle,
      form({ sessionId: session.id, supporterComing: "on", supporterName: "Pat", shareAccessNeedsWithAcademic: "on" }),
    );
    expect(signed.status).toBe("success");
    const booking = await db.booking.findFirstOrThrow({ where: { sessionId: session.id, expertId: a.expert.id } });
    expect(booking).toMatchObject({
      status: "REQUESTED",
      supporterComing: true,
      supporterName: "Pat",
      shareAccessNeedsWithAcademic: true,
      supporterTravelClaimable: false,
    });

    // The supporter is not counted as a place: the one place is the expert's, so the next is full.
    await db.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED" } });
    actAs(b.user);
    const full = await signUpForSessionAction(idle, form({ sessionId: session.id }));
    expect(full.code).toBe("CONFLICT");

    // Changed later: no supporter now, and no name kept.
    actAs(a.user);
    const changed = await updateMyBookingChoicesAction(
      idle,
      form({ bookingId: booking.id, supporterName: "Pat", shareAccessNeedsWithAcademic: "on" }),
    );
    expect(changed.status).toBe("success");
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      supporterComing: false,
      supporterName: "",
      shareAccessNeedsWithAcademic: true,
    });
    // The coordinator hears: a confirmed place's supporter changed.
    const told = await db.message.findFirst({
      where: { userId: world.coordinator.id, subject: { contains: "no supporter now" } },
    });
    expect(told).not.toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { entityId: booking.id, action: "booking.choices_updated" } });
    expect(JSON.stringify(audit?.after)).not.toContain("Pat");
  });

  it("cannot be changed by another expert, nor once the booking is over", async () => {
    const world = await createWorld(2);
    const [a, b] = [nth(world.experts, 0), nth(world.experts, 1)];
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id);
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: a.expert.id, status: "CONFIRMED" },
    });
    const foreign = await createWorld(1);

    for (const intruder of [b.user, nth(foreign.experts).user]) {
      actAs(intruder);
      const state = await updateMyBookingChoicesAction(
        idle,
        form({ bookingId: booking.id, supporterComing: "on", shareAccessNeedsWithAcademic: "on" }),
      );
      expect(state.code).toBe("NOT_FOUND");
    }
    await db.booking.update({ where: { id: booking.id }, data: { status: "WITHDRAWN" } });
    actAs(a.user);
    const withdrawn = await updateMyBookingChoicesAction(idle, form({ bookingId: booking.id, supporterComing: "on" }));
    expect(withdrawn.status).toBe("error");
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      supporterComing: false,
      shareAccessNeedsWithAcademic: false,
    });
  });

  it("has claimable travel set only by the session's own coordinators, audited and told to the expert", async () => {
    const world = await createWorld(1);
    const a = nth(world.experts);
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id);
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: a.expert.id, status: "CONFIRMED", supporterComing: true },
    });
    // A coordinator of another university in the same partnership, and one elsewhere.
    const sibling = await db.institution.create({
      data: { name: unique("University"), shortName: "Uni", partnershipId: world.partnership.id, costCentre: "CC-9" },
    });
    const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
    const { institution: far } = await createPartnership();
    const farCoordinator = await createUser("COORDINATOR", { institutionId: far.id });
    for (const intruder of [siblingCoordinator, farCoordinator]) {
      actAs(intruder);
      const state = await setSupporterTravelAction(
        idle,
        form({ bookingId: booking.id, supporterTravelClaimable: "on" }),
      );
      expect(state.code).toBe("NOT_FOUND");
    }
    for (const other of [a.user, world.academic]) {
      actAs(other);
      expect(
        (await setSupporterTravelAction(idle, form({ bookingId: booking.id, supporterTravelClaimable: "on" }))).code,
      ).toBe("FORBIDDEN");
    }
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).supporterTravelClaimable).toBe(false);

    actAs(world.coordinator);
    const ok = await setSupporterTravelAction(idle, form({ bookingId: booking.id, supporterTravelClaimable: "on" }));
    expect(ok.status).toBe("success");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).supporterTravelClaimable).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.supporter_travel_set" } })).toBe(
      1,
    );
    expect(
      await db.message.count({ where: { userId: a.user.id, subject: "Your supporter's travel can be claimed" } }),
    ).toBe(1);
  });
});

describe("access needs and the academic", () => {
  it("shows access needs only for bookings whose expert chose to share, and only to the module's leader", async () => {
    const world = await createWorld(3);
    const [sharer, keeper, requester] = [nth(world.experts, 0), nth(world.experts, 1), nth(world.experts, 2)];
    await db.expertProfile.update({ where: { id: sharer.expert.id }, data: { accessNeeds: "Step-free access" } });
    await db.expertProfile.update({
      where: { id: keeper.expert.id },
      data: { accessNeeds: "Secret need: large print" },
    });
    await db.expertProfile.update({ where: { id: requester.expert.id }, data: { accessNeeds: "Not yet confirmed" } });
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 3 });
    await db.booking.createMany({
      data: [
        {
          sessionId: session.id,
          expertId: sharer.expert.id,
          status: "CONFIRMED",
          shareAccessNeedsWithAcademic: true,
          supporterComing: true,
        },
        { sessionId: session.id, expertId: keeper.expert.id, status: "CONFIRMED" },
        {
          sessionId: session.id,
          expertId: requester.expert.id,
          status: "REQUESTED",
          shareAccessNeedsWithAcademic: true,
        },
      ],
    });

    const leader = await callerFor("academic", world.academic);
    const [row] = await listComingUpForAcademic({ user: leader });
    expect(row).toMatchObject({ id: session.id, people: 2, supporters: 1, needs: ["Step-free access"] });
    const shown = JSON.stringify(row);
    expect(shown).not.toContain("Secret need");
    expect(shown).not.toContain("Not yet confirmed");
    expect(shown).not.toContain(sharer.user.id);
    expect(shown).not.toContain(sharer.expert.id);

    // Another academic of the same university, and one elsewhere: nothing.
    const colleague = await createUser("ACADEMIC", { institutionId: world.institution.id });
    expect(await listComingUpForAcademic({ user: await callerFor("academic", colleague) })).toEqual([]);
    const other = await createWorld(0);
    expect(await listComingUpForAcademic({ user: await callerFor("academic", other.academic) })).toEqual([]);

    // The choice withdrawn: the academic no longer sees it.
    actAs(sharer.user);
    const booking = await db.booking.findFirstOrThrow({ where: { sessionId: session.id, expertId: sharer.expert.id } });
    expect((await updateMyBookingChoicesAction(idle, form({ bookingId: booking.id }))).status).toBe("success");
    const [after] = await listComingUpForAcademic({ user: leader });
    expect(after?.needs).toEqual([]);
  });
});
