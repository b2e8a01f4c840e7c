import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAnonymisedExperts, listLivedExperienceAreas } from "@/lib/requests/anonymised-experts";
import { requestInvolvementAction } from "@/lib/requests/actions";
import { listMyRequests } from "@/lib/requests/queries";
import { actAs } from "../helpers/actor";
import { createExpert, createUser, createWorld, form, idle, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

const valid = (moduleId: string, extra: Record<string, string> = {}) => ({
  moduleId,
  type: "SKILLS_ROLE_PLAY",
  stage: "TEACHING_LEARNING",
  title: "Role-play for first interviews",
  description: "Carers to play themselves in a first home visit, then give students feedback.",
  preferredDates: "Any Tuesday in February, mornings",
  placesWanted: "4",
  ...extra,
});

const requestsFor = (moduleId: string) => db.opportunity.count({ where: { moduleId } });

describe("requestInvolvementAction", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(0);
  });

  it("creates a draft opportunity in the module's institution and tells its coordinators", async () => {
    const secondCoordinator = await createUser("COORDINATOR", { institutionId: world.institution.id });
    const elsewhere = await createWorld(0);
    actAs(world.academic);
    const state = await requestInvolvementAction(idle, form(valid(world.module.id)));
    expect(state).toMatchObject({ status: "success" });

    const opportunity = await db.opportunity.findFirstOrThrow({ where: { moduleId: world.module.id } });
    expect(opportunity).toMatchObject({
      institutionId: world.institution.id,
      status: "DRAFT",
      type: "SKILLS_ROLE_PLAY",
      stage: "TEACHING_LEARNING",
      title: "Role-play for first interviews",
      summary: "Carers to play themselves in a first home visit, then give students feedback.",
      requestNotes: "Any Tuesday in February, mornings",
      placesWanted: 4,
      payRatePence: 0,
      requestedById: world.academic.id,
      createdById: world.academic.id,
      publishedAt: null,
    });

    const notified = await db.notification.findMany({
      where: { link: `/coordinator/opportunities/${opportunity.id}` },
      select: { userId: true, body: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([world.coordinator.id, secondCoordinator.id].sort());
    expect(notified[0]!.body).toContain(world.module.code);
    // Nobody at another institution hears about it, and the academic is not notified.
    expect(
      await db.notification.count({ where: { userId: { in: [elsewhere.coordinator.id, world.academic.id] } } }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: opportunity.id, action: "opportunity.request" } })).toBe(1);
  });

  it("lists the academic's own requests with their status, newest first", async () => {
    actAs(world.academic);
    await requestInvolvementAction(idle, form(valid(world.module.id, { title: "First request" })));
    await requestInvolvementAction(idle, form(valid(world.module.id, { title: "Second request" })));
    const other = await createWorld(0);
    actAs(other.academic);
    await requestInvolvementAction(idle, form(valid(other.module.id, { title: "Not mine" })));

    const { items, total } = await listMyRequests({ userId: world.academic.id, skip: 0, take: 25 });
    expect(total).toBe(2);
    expect(items.map((i) => i.title)).toEqual(["Second request", "First request"]);
    expect(items[0]).toMatchObject({ status: "DRAFT", placesWanted: 4, module: { code: world.module.code } });
  });

  it.each([
    ["placesWanted", "0", "at least 1"],
    ["placesWanted", "51", "50 people or fewer"],
    ["placesWanted", "", "from 1 to 50"],
    ["type", "PARTY", "kind of involvement"],
    ["stage", "", "stage of the programme"],
    ["title", "", "short title"],
    ["title", "121 characters", "120 characters"],
    ["description", "", "Describe what you would like"],
    ["preferredDates", "501 characters", "500 characters"],
    ["moduleId", "", "Select the module"],
  ])("refuses %s = %j and writes nothing", async (field, value, message) => {
    actAs(world.academic);
    const typed = value.endsWith(" characters") ? "x".repeat(Number.parseInt(value, 10)) : value;
    const state = await requestInvolvementAction(idle, form(valid(world.module.id, { [field]: typed })));
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors?.[field]?.[0]).toContain(message);
    expect(await requestsFor(world.module.id)).toBe(0);
    expect(await db.notification.count({ where: { userId: world.coordinator.id } })).toBe(0);
  });

  it("refuses experts, coordinators and admins", async () => {
    const { user: expert } = await createExpert(world.partnership.id);
    for (const user of [expert, world.coordinator, world.admin]) {
      actAs(user);
      expect((await requestInvolvementAction(idle, form(valid(world.module.id)))).code).toBe("FORBIDDEN");
    }
    expect(await requestsFor(world.module.id)).toBe(0);
  });

  it("refuses another academic's module and another institution's module, telling nobody", async () => {
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
    const elsewhere = await createWorld(0);
    actAs(world.academic);
    for (const moduleId of [theirs.id, elsewhere.module.id]) {
      expect((await requestInvolvementAction(idle, form(valid(moduleId)))).code).toBe("NOT_FOUND");
      expect(await requestsFor(moduleId)).toBe(0);
    }
    expect(
      await db.notification.count({ where: { userId: { in: [world.coordinator.id, elsewhere.coordinator.id] } } }),
    ).toBe(0);
  });
});

describe("anonymised biographies for academics", () => {
  it("shows only approved biographies of active experts in the academic's partnership, without names", async () => {
    const world = await createWorld(0);
    const { expert: shown } = await createExpert(world.partnership.id, { livedExperience: ["carer", "mental health"] });
    await db.expertProfile.update({ where: { id: shown.id }, data: { shareLivedExperienceWithAcademics: true } });
    const { expert: unapproved } = await createExpert(world.partnership.id);
    await db.expertProfile.update({ where: { id: unapproved.id }, data: { biographyApprovedAt: null } });
    await createExpert(world.partnership.id, { status: "PAUSED" });
    await createWorld(1); // an expert in another partnership, never shown

    const { items, total } = await listAnonymisedExperts({ partnershipId: world.partnership.id, skip: 0, take: 25 });
    expect(total).toBe(1);
    expect(items).toEqual([
      {
        reference: shown.id.slice(-4).toUpperCase(),
        livedExperience: ["carer", "mental health"],
        biography: shown.biography,
      },
    ]);
    const text = JSON.stringify(items);
    const user = await db.user.findUniqueOrThrow({ where: { id: shown.userId } });
    expect(text).not.toContain(user.name);
    expect(text).not.toContain(user.email);

    expect(await listLivedExperienceAreas({ partnershipId: world.partnership.id })).toEqual(["carer", "mental health"]);
    expect(
      (await listAnonymisedExperts({ partnershipId: world.partnership.id, area: "mental health", skip: 0, take: 25 }))
        .total,
    ).toBe(1);
    expect(
      (await listAnonymisedExperts({ partnershipId: world.partnership.id, area: "homelessness", skip: 0, take: 25 }))
        .total,
    ).toBe(0);
  });
});

describe("lived experience is shown to academics only by the expert's choice", () => {
  it("never returns the areas of an expert who has not turned sharing on, nor finds them by area", async () => {
    const world = await createWorld(0);
    const { expert: sharing } = await createExpert(world.partnership.id, { livedExperience: ["carer"] });
    await db.expertProfile.update({ where: { id: sharing.id }, data: { shareLivedExperienceWithAcademics: true } });
    const { expert: private_ } = await createExpert(world.partnership.id, {
      livedExperience: ["carer", "prison leaver"],
    });
    expect(private_.shareLivedExperienceWithAcademics).toBe(false); // off until the expert chooses

    const { items, total } = await listAnonymisedExperts({ partnershipId: world.partnership.id, skip: 0, take: 25 });
    expect(total).toBe(2); // both biographies are shown
    const byReference = new Map(items.map((i) => [i.reference, i]));
    expect(byReference.get(sharing.id.slice(-4).toUpperCase())?.livedExperience).toEqual(["carer"]);
    expect(byReference.get(private_.id.slice(-4).toUpperCase())).toEqual({
      reference: private_.id.slice(-4).toUpperCase(),
      livedExperience: [],
      biography: private_.biography,
    });
    expect(JSON.stringify(items)).not.toContain("prison leaver");

    // The filter lists only shared areas, and an area cannot be used to find someone who did not share it.
    expect(await listLivedExperienceAreas({ partnershipId: world.partnership.id })).toEqual(["carer"]);
    const carers = await listAnonymisedExperts({
      partnershipId: world.partnership.id,
      area: "carer",
      skip: 0,
      take: 25,
    });
    expect(carers.items.map((i) => i.reference)).toEqual([sharing.id.slice(-4).toUpperCase()]);
    expect(
      (await listAnonymisedExperts({ partnershipId: world.partnership.id, area: "prison leaver", skip: 0, take: 25 }))
        .total,
    ).toBe(0);

    // Turning it off again hides the areas at once.
    await db.expertProfile.update({ where: { id: sharing.id }, data: { shareLivedExperienceWithAcademics: false } });
    const after = await listAnonymisedExperts({ partnershipId: world.partnership.id, skip: 0, take: 25 });
    expect(after.items.every((i) => i.livedExperience.length === 0)).toBe(true);
    expect(await listLivedExperienceAreas({ partnershipId: world.partnership.id })).toEqual([]);
  });
});
