import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/institutions/actions";
import { findInstitution, listInstitutions } from "@/lib/institutions/queries";
import { findOpportunityForExpert } from "@/lib/opportunities/for-expert";
import { actAs } from "../helpers/actor";
import { createOpportunity, createUser, createWorld, form, idle, unique } from "../helpers/factories";

const fields = (name: string) => ({
  name,
  shortName: "SFU",
  costCentre: "SW-200",
  mileageRate: "0.40",
  latePaymentDays: "21",
  expertContactName: "Sam Lee",
  expertContactEmail: "Sam@Southfield.example",
  expertContactPhone: "0113 496 0001",
  privacyContactEmail: "DPO@Southfield.example",
  accessibilityContactEmail: "",
});

/** createInstitutionAction opens the new institution's page; Next throws to redirect. */
async function create(values: Record<string, string>) {
  try {
    return { state: await createInstitutionAction(idle, form(values)), redirectedTo: null };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] };
  }
}

const auditCount = (entityId: string) => db.auditEvent.count({ where: { entityId } });

describe("createInstitutionAction", () => {
  it("adds an institution to the admin's partnership, in pence, audited, and opens it", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const name = unique("Southfield University");
    const { redirectedTo } = await create(fields(name));
    const created = await db.institution.findUniqueOrThrow({ where: { name } });
    expect(created).toMatchObject({
      partnershipId: world.partnership.id,
      shortName: "SFU",
      costCentre: "SW-200",
      mileageRatePence: 40,
      latePaymentDays: 21,
      expertContactName: "Sam Lee",
      expertContactEmail: "sam@southfield.example",
      expertContactPhone: "0113 496 0001",
      privacyContactEmail: "dpo@southfield.example",
      accessibilityContactEmail: "",
    });
    expect(redirectedTo).toBe(`/admin/institutions/${created.id}?saved=created`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(event).toMatchObject({
      action: "institution.created",
      actorId: world.admin.id,
      partnershipId: world.partnership.id,
    });
  });

  it("refuses a name already taken (in any partnership) with a field error, writing nothing", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    actAs(world.admin);
    const before = await db.institution.count({ where: { partnershipId: world.partnership.id } });
    const { state } = await create(fields(elsewhere.institution.name));
    expect(state).toMatchObject({ code: "CONFLICT", fieldErrors: { name: [expect.stringContaining("already")] } });
    expect(state?.values?.shortName).toBe("SFU");
    expect(await db.institution.count({ where: { partnershipId: world.partnership.id } })).toBe(before);
  });

  it("validates every answer and writes nothing", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const name = unique("Bad University");
    const { state } = await create({
      ...fields(name),
      shortName: " ",
      mileageRate: "forty",
      latePaymentDays: "0",
      expertContactEmail: "not an email",
      expertContactPhone: "ring me",
      privacyContactEmail: "dpo at southfield",
      accessibilityContactEmail: "access@",
    });
    expect(state?.code).toBe("INVALID");
    expect(Object.keys(state?.fieldErrors ?? {}).sort()).toEqual(
      [
        "accessibilityContactEmail",
        "expertContactEmail",
        "expertContactPhone",
        "latePaymentDays",
        "mileageRate",
        "privacyContactEmail",
        "shortName",
      ].sort(),
    );
    expect((await create({ ...fields(name), mileageRate: "6.00" })).state?.fieldErrors?.mileageRate).toEqual([
      expect.stringContaining("£5"),
    ]);
    expect((await create({ ...fields(`${name}\u0000`) })).state?.code).toBe("INVALID");
    expect(await db.institution.count({ where: { name: { startsWith: "Bad University" } } })).toBe(0);
  });

  it("refuses coordinators, academics, experts and signed-out callers", async () => {
    const world = await createWorld(1);
    const name = unique("Refused University");
    for (const actor of [world.coordinator, world.academic, world.experts[0]!.user]) {
      actAs(actor);
      expect((await create(fields(name))).state?.code).toBe("FORBIDDEN");
    }
    actAs(null);
    expect((await create(fields(name))).state?.code).toBe("UNAUTHENTICATED");
    expect(await db.institution.count({ where: { name } })).toBe(0);
  });
});

describe("updateInstitutionAction", () => {
  it("changes any institution of the partnership, audited with before and after", async () => {
    const world = await createWorld(0);
    const sibling = await db.institution.create({
      data: { partnershipId: world.partnership.id, name: unique("Sibling"), shortName: "SIB" },
    });
    actAs(world.admin);
    const name = unique("Renamed");
    const state = await updateInstitutionAction(
      idle,
      form({ ...fields(name), institutionId: sibling.id, regulator: "SOCIAL_WORK_ENGLAND" }),
    );
    expect(state).toMatchObject({ status: "success", message: "Changes saved." });
    expect(await db.institution.findUniqueOrThrow({ where: { id: sibling.id } })).toMatchObject({
      name,
      mileageRatePence: 40,
      expertContactName: "Sam Lee",
      regulator: "SOCIAL_WORK_ENGLAND",
    });
    // "None of these" clears it (the evidence pack then maps no standards); a made-up one is refused.
    await updateInstitutionAction(idle, form({ ...fields(name), institutionId: sibling.id, regulator: "NONE" }));
    expect((await db.institution.findUniqueOrThrow({ where: { id: sibling.id } })).regulator).toBeNull();
    const refused = await updateInstitutionAction(
      idle,
      form({ ...fields(name), institutionId: sibling.id, regulator: "OFSTED" }),
    );
    expect(refused.fieldErrors?.regulator).toEqual(["Select a regulator from the list"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: sibling.id } });
    expect(event).toMatchObject({
      action: "institution.updated",
      before: expect.objectContaining({ shortName: "SIB" }),
    });
  });

  it("refuses another partnership's admin, a taken name, bad answers and other roles, changing nothing", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const { institution } = world;
    const before = await db.institution.findUniqueOrThrow({ where: { id: institution.id } });
    const values = { ...fields(unique("Taken over")), institutionId: institution.id };

    actAs(elsewhere.admin);
    expect((await updateInstitutionAction(idle, form(values))).code).toBe("NOT_FOUND");
    actAs(world.admin);
    const clash = await updateInstitutionAction(idle, form({ ...values, name: elsewhere.institution.name }));
    expect(clash).toMatchObject({ code: "CONFLICT", fieldErrors: { name: expect.any(Array) } });
    expect((await updateInstitutionAction(idle, form({ ...values, latePaymentDays: "400" }))).code).toBe("INVALID");
    for (const actor of [world.coordinator, world.academic, world.experts[0]!.user]) {
      actAs(actor);
      expect((await updateInstitutionAction(idle, form(values))).code).toBe("FORBIDDEN");
    }
    expect(await db.institution.findUniqueOrThrow({ where: { id: institution.id } })).toEqual(before);
    expect(await auditCount(institution.id)).toBe(0);
  });
});

describe("institution queries", () => {
  it("lists the partnership's institutions with programme, current module and active staff counts", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    await createUser("ACADEMIC", { institutionId: world.institution.id }, { active: false });
    await db.programme.create({
      data: {
        institutionId: world.institution.id,
        name: unique("Retired"),
        level: "POST_QUALIFYING",
        retiredAt: new Date(),
      },
    });
    const { items } = await listInstitutions({
      partnershipId: world.partnership.id,
      now: new Date("2026-10-01T12:00:00Z"),
    });
    expect(items.map((i) => i.id)).toEqual([world.institution.id]);
    // One current programme; the 2026/27 module; the coordinator, academic and admin (not the deactivated one).
    expect(items[0]).toMatchObject({ programmeCount: 1, currentModuleCount: 1, activeStaffCount: 3 });
    expect(await findInstitution({ id: elsewhere.institution.id, partnershipId: world.partnership.id })).toBeNull();
  });

  it("shows experts the institution's contact only when one is set", async () => {
    const world = await createWorld(1);
    const opportunity = await createOpportunity(world);
    const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: world.experts[0]!.expert.id } });
    const find = () => findOpportunityForExpert({ profile, opportunityId: opportunity.id });
    expect((await find())?.institution).toMatchObject({ expertContactName: "", expertContactEmail: "" });
    await db.institution.update({
      where: { id: world.institution.id },
      data: { expertContactName: "Sam Lee", expertContactEmail: "sam@uni.example" },
    });
    expect((await find())?.institution).toMatchObject({
      expertContactName: "Sam Lee",
      expertContactEmail: "sam@uni.example",
    });
  });
});
