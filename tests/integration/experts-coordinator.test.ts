import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  changeExpertStatusAction,
  createSetPasswordLinkAction,
  setExpertPartnersAction,
  updateExpertBiographyAction,
} from "@/lib/experts/actions";
import { findExpertForCoordinator, listAreaOptions, listExpertPool, type PoolFilters } from "@/lib/experts/queries";
import { hashToken } from "@/lib/invitations/tokens";
import { actAs } from "../helpers/actor";
import { createExpert, createOpportunity, createSession, createWorld, form, idle, unique } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

beforeEach(() => void vi.spyOn(console, "info").mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

const profile = (id: string) =>
  db.expertProfile.findUniqueOrThrow({ where: { id }, include: { partners: { select: { id: true } } } });
const partner = (partnershipId: string) =>
  db.partner.create({ data: { partnershipId, name: unique("Group"), type: "USER_LED_GROUP" } });

describe("changeExpertStatusAction", () => {
  it("changes the status with a reason and audits before and after", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    actAs(world.coordinator);
    const state = await changeExpertStatusAction(
      idle,
      form({ expertId: expert.id, status: "PAUSED", reason: "Taking time for family" }),
    );
    expect(state).toMatchObject({ status: "success", message: "Status changed to taking a break." });
    expect(await profile(expert.id)).toMatchObject({ status: "PAUSED", statusReason: "Taking time for family" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: expert.id, action: "expert.status.changed" },
    });
    expect(event).toMatchObject({
      actorId: world.coordinator.id,
      before: { status: "ACTIVE" },
      after: { status: "PAUSED", reason: "Taking time for family" },
    });
  });

  it("needs a reason and a real status, and writes nothing otherwise", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    actAs(world.admin);
    const noReason = await changeExpertStatusAction(idle, form({ expertId: expert.id, status: "LEFT", reason: "  " }));
    expect(noReason).toMatchObject({ code: "INVALID", fieldErrors: { reason: ["Enter the reason for the change"] } });
    const badStatus = await changeExpertStatusAction(
      idle,
      form({ expertId: expert.id, status: "RETIRED", reason: "x" }),
    );
    expect(badStatus.fieldErrors?.status).toBeTruthy();
    const same = await changeExpertStatusAction(idle, form({ expertId: expert.id, status: "ACTIVE", reason: "x" }));
    expect(same.fieldErrors?.status?.[0]).toMatch(/already active/);
    expect((await profile(expert.id)).status).toBe("ACTIVE");
    expect(await db.auditEvent.count({ where: { entityId: expert.id } })).toBe(0);
  });

  it("refuses experts, academics and coordinators of another partnership", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(1);
    const { expert } = nth(world.experts);
    for (const [actor, code] of [
      [nth(world.experts).user, "FORBIDDEN"],
      [world.academic, "FORBIDDEN"],
      [elsewhere.coordinator, "NOT_FOUND"],
      [elsewhere.admin, "NOT_FOUND"],
    ] as const) {
      actAs(actor);
      expect(
        (await changeExpertStatusAction(idle, form({ expertId: expert.id, status: "LEFT", reason: "x" }))).code,
      ).toBe(code);
    }
    expect((await profile(expert.id)).status).toBe("ACTIVE");
  });
});

describe("updateExpertBiographyAction", () => {
  it("saves a coordinator's edit and clears the approval", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    actAs(world.coordinator);
    const state = await updateExpertBiographyAction(
      idle,
      form({ expertId: expert.id, biography: "A carer for ten years, now teaching." }),
    );
    expect(state.status).toBe("success");
    expect(await profile(expert.id)).toMatchObject({
      biography: "A carer for ten years, now teaching.",
      biographyApprovedAt: null,
    });
  });

  it("refuses another partnership's coordinator and over-long text, writing nothing", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const { expert } = nth(world.experts);
    const before = await profile(expert.id);
    actAs(elsewhere.coordinator);
    expect((await updateExpertBiographyAction(idle, form({ expertId: expert.id, biography: "Changed" }))).code).toBe(
      "NOT_FOUND",
    );
    actAs(world.coordinator);
    expect(
      (await updateExpertBiographyAction(idle, form({ expertId: expert.id, biography: "x".repeat(3001) }))).code,
    ).toBe("INVALID");
    actAs(nth(world.experts).user);
    expect((await updateExpertBiographyAction(idle, form({ expertId: expert.id, biography: "Changed" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(await profile(expert.id)).toEqual(before);
  });
});

describe("setExpertPartnersAction", () => {
  it("sets the groups an expert belongs to", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    const [a, b] = [await partner(world.partnership.id), await partner(world.partnership.id)];
    actAs(world.coordinator);
    expect((await setExpertPartnersAction(idle, form({ expertId: expert.id, partnerIds: [a.id, b.id] }))).status).toBe(
      "success",
    );
    expect((await profile(expert.id)).partners.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect((await setExpertPartnersAction(idle, form({ expertId: expert.id, partnerIds: [b.id] }))).status).toBe(
      "success",
    );
    expect((await profile(expert.id)).partners.map((p) => p.id)).toEqual([b.id]);
  });

  it("refuses another partnership's group or expert, and the group that pays them", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(1);
    const { expert } = nth(world.experts);
    const mine = await partner(world.partnership.id);
    const theirs = await partner(elsewhere.partnership.id);
    await db.expertProfile.update({
      where: { id: expert.id },
      data: {
        partners: { connect: { id: mine.id } },
        paymentPreference: "PAID_VIA_PARTNER",
        paymentPartnerId: mine.id,
      },
    });
    actAs(world.coordinator);
    expect(
      (await setExpertPartnersAction(idle, form({ expertId: expert.id, partnerIds: [mine.id, theirs.id] }))).fieldErrors
        ?.partnerIds,
    ).toBeTruthy();
    expect((await setExpertPartnersAction(idle, form({ expertId: expert.id }))).fieldErrors?.partnerIds?.[0]).toMatch(
      /paid through/,
    );
    actAs(elsewhere.coordinator);
    expect((await setExpertPartnersAction(idle, form({ expertId: expert.id, partnerIds: [theirs.id] }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await profile(expert.id)).partners.map((p) => p.id)).toEqual([mine.id]);
  });
});

describe("createSetPasswordLinkAction", () => {
  it("issues a new link and makes older unused links stop working", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    actAs(world.coordinator);
    const first = await createSetPasswordLinkAction(idle, form({ expertId: expert.id }));
    const second = await createSetPasswordLinkAction(idle, form({ expertId: expert.id }));
    const tokenOf = (state: typeof first) => new URL(String(state.data?.link), "http://x").searchParams.get("token")!;
    const tokens = await db.passwordToken.findMany({ where: { userId: user.id } });
    expect(tokens.map((t) => t.tokenHash)).toEqual([hashToken(tokenOf(second))]);
    expect(tokenOf(first)).not.toBe(tokenOf(second));
  });

  it("refuses another partnership's coordinator and experts", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const { user, expert } = nth(world.experts);
    actAs(elsewhere.coordinator);
    expect((await createSetPasswordLinkAction(idle, form({ expertId: expert.id }))).code).toBe("NOT_FOUND");
    actAs(user);
    expect((await createSetPasswordLinkAction(idle, form({ expertId: expert.id }))).code).toBe("FORBIDDEN");
    expect(await db.passwordToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("expert pool queries", () => {
  it("filters by name, status, area, interest and partner within the partnership only", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const group = await partner(world.partnership.id);
    const tag = unique("area");
    const a = await createExpert(world.partnership.id, { livedExperience: [tag, "carer"], interests: ["RESEARCH"] });
    const b = await createExpert(world.partnership.id, {
      status: "PAUSED",
      livedExperience: ["carer"],
      interests: ["TEACHING"],
    });
    const outside = await createExpert(elsewhere.partnership.id, { livedExperience: [tag], interests: ["RESEARCH"] });
    await db.expertProfile.update({ where: { id: b.expert.id }, data: { partners: { connect: { id: group.id } } } });
    const page = { page: 1, size: 25 };
    const ids = async (filters: PoolFilters) =>
      (await listExpertPool({ partnershipId: world.partnership.id, filters, ...page })).items.map((i) => i.id).sort();

    expect(await ids({})).toEqual([a.expert.id, b.expert.id].sort());
    expect(await ids({ q: a.user.name.slice(-6).toUpperCase() })).toEqual([a.expert.id]);
    expect(await ids({ status: "PAUSED" })).toEqual([b.expert.id]);
    expect(await ids({ area: tag })).toEqual([a.expert.id]);
    expect(await ids({ interest: "TEACHING" })).toEqual([b.expert.id]);
    expect(await ids({ partnerId: group.id })).toEqual([b.expert.id]);
    expect(await ids({ q: outside.user.name })).toEqual([]);
    expect(await listAreaOptions({ partnershipId: world.partnership.id })).toEqual(
      expect.arrayContaining([tag, "carer"]),
    );
    expect(await listAreaOptions({ partnershipId: elsewhere.partnership.id })).not.toContain("carer");
  });

  it("shows the last involvement date and pages the results", async () => {
    const world = await createWorld(3);
    const first = nth(world.experts);
    const opportunity = await createOpportunity(world);
    const early = await createSession(opportunity.id, { startsAt: new Date("2026-01-10T10:00:00Z") });
    const late = await createSession(opportunity.id, { startsAt: new Date("2026-03-10T10:00:00Z") });
    await db.booking.createMany({
      data: [
        { sessionId: early.id, expertId: first.expert.id, status: "ATTENDED" },
        { sessionId: late.id, expertId: first.expert.id, status: "ATTENDED" },
      ],
    });
    const all = await listExpertPool({ partnershipId: world.partnership.id, filters: {}, page: 1, size: 2 });
    expect(all.total).toBe(3);
    expect(all.pageCount).toBe(2);
    const second = await listExpertPool({ partnershipId: world.partnership.id, filters: {}, page: 2, size: 2 });
    expect(second.items).toHaveLength(1);
    const row = [...all.items, ...second.items].find((r) => r.id === first.expert.id)!;
    expect(row.lastInvolvedAt).toEqual(late.startsAt);
  });

  it("finds an expert only within the coordinator's partnership, without the password hash", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const { expert } = nth(world.experts);
    const found = await findExpertForCoordinator({ partnershipId: world.partnership.id, expertId: expert.id });
    expect(found?.user.hasPassword).toBe(true);
    expect(JSON.stringify(found)).not.toContain("$2b$");
    expect(await findExpertForCoordinator({ partnershipId: elsewhere.partnership.id, expertId: expert.id })).toBeNull();
  });
});
