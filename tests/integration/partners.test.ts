import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { findPartner, listPartnerExperts, listPartners } from "@/lib/partners/queries";
import { actAs } from "../helpers/actor";
import { createExpert, createWorld, form, idle, unique } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

const fields = (name: string) => ({
  name,
  type: "CARERS_CENTRE",
  contactName: "Lee Hart",
  contactEmail: "Lee@Carers.example",
  contactPhone: "0113 496 0000",
  notes: "Meets on Tuesdays.",
});

/** createPartnerAction redirects to the new group's page; Next throws to do that. */
async function create(values: Record<string, string>) {
  try {
    return { state: await createPartnerAction(idle, form(values)), redirectedTo: null };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] };
  }
}

describe("createPartnerAction", () => {
  it("creates a group in the coordinator's partnership and opens it", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const name = unique("Carers Centre");
    const { redirectedTo } = await create(fields(name));
    const partner = await db.partner.findFirstOrThrow({ where: { name } });
    expect(partner).toMatchObject({
      partnershipId: world.partnership.id,
      type: "CARERS_CENTRE",
      contactEmail: "lee@carers.example",
      notes: "Meets on Tuesdays.",
    });
    expect(redirectedTo).toBe(`/coordinator/partners/${partner.id}?saved=created`);
    expect(await db.auditEvent.count({ where: { entityId: partner.id, action: "partner.created" } })).toBe(1);
  });

  it("refuses a duplicate name in the same partnership but allows it in another", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const name = unique("Voices");
    actAs(world.coordinator);
    await create(fields(name));
    const { state } = await create(fields(name));
    expect(state).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: ["Use a different name, or open the existing group"] },
    });
    actAs(elsewhere.coordinator);
    expect((await create(fields(name))).redirectedTo).toBeTruthy();
    expect(await db.partner.count({ where: { name } })).toBe(2);
  });

  it("validates and writes nothing; refuses experts and academics", async () => {
    const world = await createWorld(1);
    actAs(world.coordinator);
    const name = unique("Bad");
    const { state } = await create({ ...fields(name), type: "CLUB", contactEmail: "nope", contactPhone: "ring me" });
    expect(Object.keys(state?.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "contactPhone", "type"]);
    const blank = await create({ ...fields(""), name: " " });
    expect(blank.state?.fieldErrors?.name).toEqual(["Enter the group's name"]);
    // Postgres cannot store NUL: it must be a validation error, not a crash.
    const nul = await create({ ...fields(`${name}\u0000`), notes: "a\u0000b" });
    expect(nul.state).toMatchObject({
      code: "INVALID",
      fieldErrors: { name: expect.any(Array), notes: expect.any(Array) },
    });
    for (const actor of [nth(world.experts).user, world.academic]) {
      actAs(actor);
      expect((await create(fields(name))).state?.code).toBe("FORBIDDEN");
    }
    expect(await db.partner.count({ where: { name } })).toBe(0);
  });
});

describe("updatePartnerAction", () => {
  it("updates the group's details and notes", async () => {
    const world = await createWorld(0);
    const partner = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Group"), type: "OTHER" },
    });
    actAs(world.admin);
    const name = unique("Renamed");
    const state = await updatePartnerAction(idle, form({ ...fields(name), partnerId: partner.id, notes: "New notes" }));
    expect(state).toMatchObject({ status: "success", message: "Changes saved." });
    expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({
      name,
      type: "CARERS_CENTRE",
      notes: "New notes",
    });
  });

  it("refuses another partnership's coordinator, a taken name and bad answers, changing nothing", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const partner = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Group"), type: "OTHER" },
    });
    const sibling = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Sibling"), type: "OTHER" },
    });
    const before = await db.partner.findUniqueOrThrow({ where: { id: partner.id } });

    actAs(elsewhere.coordinator);
    expect((await updatePartnerAction(idle, form({ ...fields("Taken over"), partnerId: partner.id }))).code).toBe(
      "NOT_FOUND",
    );
    actAs(world.coordinator);
    expect((await updatePartnerAction(idle, form({ ...fields(sibling.name), partnerId: partner.id }))).code).toBe(
      "CONFLICT",
    );
    expect((await updatePartnerAction(idle, form({ ...fields("x"), type: "", partnerId: partner.id }))).code).toBe(
      "INVALID",
    );
    actAs(null);
    expect((await updatePartnerAction(idle, form({ ...fields("x"), partnerId: partner.id }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toEqual(before);
  });
});

describe("partner queries", () => {
  it("lists, filters and finds groups only within the partnership, with their experts", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const a = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Alpha"), type: "USER_LED_GROUP" },
    });
    const b = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Beta"), type: "CARERS_CENTRE" },
    });
    const theirs = await db.partner.create({
      data: { partnershipId: elsewhere.partnership.id, name: unique("Gamma"), type: "CARERS_CENTRE" },
    });
    const member = await createExpert(world.partnership.id);
    await db.expertProfile.update({ where: { id: member.expert.id }, data: { partners: { connect: { id: a.id } } } });
    const page = { page: 1, size: 25 };

    const all = await listPartners({ partnershipId: world.partnership.id, filters: {}, page });
    expect(all.items.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.items.find((p) => p.id === a.id)?.expertCount).toBe(1);
    expect(
      (await listPartners({ partnershipId: world.partnership.id, filters: { type: "CARERS_CENTRE" }, page })).items.map(
        (p) => p.id,
      ),
    ).toEqual([b.id]);
    expect(
      (
        await listPartners({ partnershipId: world.partnership.id, filters: { q: a.name.toUpperCase() }, page })
      ).items.map((p) => p.id),
    ).toEqual([a.id]);
    expect(await findPartner({ id: theirs.id, partnershipId: world.partnership.id })).toBeNull();
    expect((await findPartner({ id: a.id, partnershipId: world.partnership.id }))?.name).toBe(a.name);
    expect(
      (await listPartnerExperts({ partnerId: a.id, partnershipId: world.partnership.id, page })).items.map((e) => e.id),
    ).toEqual([member.expert.id]);
    expect((await listPartnerExperts({ partnerId: a.id, partnershipId: elsewhere.partnership.id, page })).total).toBe(
      0,
    );
  });
});
