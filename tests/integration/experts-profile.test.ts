import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveMyBiographyAction, updateMyProfileAction } from "@/lib/experts/profile-actions";
import { actAs } from "../helpers/actor";
import { createExpert, createWorld, form, idle, unique } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

const valid = {
  phone: "07700 900 982",
  interests: ["TEACHING", "RESEARCH"],
  livedExperience: "carer, Mental health ,carer,  young  carer",
  availabilityNotes: "Weekday mornings",
  accessNeeds: "Step-free access",
  paymentPreference: "VOUCHER",
  earningsLimit: "183.50",
  earningsLimitPeriod: "WEEK",
  supportContactName: "Pat",
  supportContactPhone: "0113 496 0000",
  biography: "I have supported my brother for years.",
};

const snapshot = (expertId: string) =>
  db.expertProfile.findUniqueOrThrow({ where: { id: expertId }, include: { user: { select: { phone: true } } } });

describe("updateMyProfileAction", () => {
  it("saves the expert's own answers, tidies tags and approves a new biography", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    await db.expertProfile.update({ where: { id: expert.id }, data: { biographyApprovedAt: null } });
    actAs(user);
    const state = await updateMyProfileAction(idle, form(valid));
    expect(state).toMatchObject({ status: "success" });
    const after = await snapshot(expert.id);
    expect(after).toMatchObject({
      interests: ["TEACHING", "RESEARCH"],
      livedExperience: ["carer", "Mental health", "young carer"],
      paymentPreference: "VOUCHER",
      paymentPartnerId: null,
      earningsLimitPence: 18350,
      earningsLimitPeriod: "WEEK",
      accessNeeds: "Step-free access",
      biography: valid.biography,
      user: { phone: "07700 900 982" },
    });
    expect(after.biographyApprovedAt).toBeInstanceOf(Date);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: expert.id, action: "expert.profile.updated" },
    });
    // Only the names of what changed: sensitive values stay out of the audit trail.
    expect(JSON.stringify(event.after)).not.toContain("Step-free");
    expect(JSON.stringify(event.after)).toContain("accessNeeds");
  });

  it("clears the limit when the pounds are left blank, and keeps a coordinator's edit unapproved when the biography is unchanged", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    await db.expertProfile.update({
      where: { id: expert.id },
      data: {
        earningsLimitPence: 5000,
        earningsLimitPeriod: "MONTH",
        biography: "Edited by coordinator",
        biographyApprovedAt: null,
      },
    });
    actAs(user);
    const state = await updateMyProfileAction(
      idle,
      form({ ...valid, earningsLimit: "", earningsLimitPeriod: "", biography: "Edited by coordinator" }),
    );
    expect(state.status).toBe("success");
    const after = await snapshot(expert.id);
    expect(after.earningsLimitPence).toBeNull();
    expect(after.earningsLimitPeriod).toBeNull();
    expect(after.biographyApprovedAt).toBeNull();
  });

  it("requires one of the expert's own groups for payment through a group", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    const mine = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Carers Centre"), type: "CARERS_CENTRE" },
    });
    const notMine = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Other group"), type: "OTHER" },
    });
    await db.expertProfile.update({ where: { id: expert.id }, data: { partners: { connect: { id: mine.id } } } });
    actAs(user);
    const before = await snapshot(expert.id);

    const missing = await updateMyProfileAction(idle, form({ ...valid, paymentPreference: "PAID_VIA_PARTNER" }));
    expect(missing).toMatchObject({
      code: "INVALID",
      fieldErrors: { paymentPartnerId: ["Choose the group that pays you"] },
    });
    const other = await updateMyProfileAction(
      idle,
      form({ ...valid, paymentPreference: "PAID_VIA_PARTNER", paymentPartnerId: notMine.id }),
    );
    expect(other).toMatchObject({ code: "INVALID", fieldErrors: { paymentPartnerId: ["Choose one of your groups"] } });
    expect(await snapshot(expert.id)).toEqual(before);

    const ok = await updateMyProfileAction(
      idle,
      form({ ...valid, paymentPreference: "PAID_VIA_PARTNER", paymentPartnerId: mine.id }),
    );
    expect(ok.status).toBe("success");
    expect((await snapshot(expert.id)).paymentPartnerId).toBe(mine.id);
  });

  it("writes nothing when the answers are not valid, and keeps what was typed", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    actAs(user);
    const before = await snapshot(expert.id);
    const state = await updateMyProfileAction(
      idle,
      form({
        ...valid,
        phone: "call me",
        earningsLimit: "lots",
        interests: ["NOT_A_TYPE"],
        paymentPreference: "",
      }),
    );
    expect(state.code).toBe("INVALID");
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["phone", "interests", "paymentPreference"]),
    );
    expect(state.values?.availabilityNotes).toBe("Weekday mornings");
    expect(await snapshot(expert.id)).toEqual(before);

    const noPeriod = await updateMyProfileAction(idle, form({ ...valid, earningsLimitPeriod: "" }));
    expect(noPeriod.fieldErrors?.earningsLimitPeriod?.[0]).toMatch(/week or a month/);
    const nul = await updateMyProfileAction(idle, form({ ...valid, livedExperience: "a\u0000b", biography: "\u0000" }));
    expect(Object.keys(nul.fieldErrors ?? {}).sort()).toEqual(["biography", "livedExperience"]);
    const badLimit = await updateMyProfileAction(idle, form({ ...valid, earningsLimit: "lots" }));
    expect(badLimit.fieldErrors?.earningsLimit?.[0]).toMatch(/pounds/);
    expect(await snapshot(expert.id)).toEqual(before);
  });

  it("only ever changes the caller's own profile, whatever ids the form carries", async () => {
    const world = await createWorld(2);
    const [me, other] = [nth(world.experts), nth(world.experts, 1)];
    actAs(me.user);
    const otherBefore = await snapshot(other.expert.id);
    const state = await updateMyProfileAction(
      idle,
      form({ ...valid, expertId: other.expert.id, userId: other.user.id, id: other.expert.id }),
    );
    expect(state.status).toBe("success");
    expect(await snapshot(other.expert.id)).toEqual(otherBefore);
    expect((await snapshot(me.expert.id)).accessNeeds).toBe("Step-free access");
  });

  it("refuses coordinators, academics and signed-out callers", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    const before = await snapshot(expert.id);
    for (const actor of [world.coordinator, world.academic, world.admin, null]) {
      actAs(actor);
      const state = await updateMyProfileAction(idle, form({ ...valid, expertId: expert.id }));
      expect(state.code).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    expect(await snapshot(expert.id)).toEqual(before);
  });
});

describe("approveMyBiographyAction", () => {
  it("approves the caller's own biography once", async () => {
    const world = await createWorld(2);
    const [me, other] = [nth(world.experts), nth(world.experts, 1)];
    await db.expertProfile.updateMany({
      where: { id: { in: [me.expert.id, other.expert.id] } },
      data: { biographyApprovedAt: null },
    });
    actAs(me.user);
    expect(await approveMyBiographyAction(idle, form({ expertId: other.expert.id }))).toMatchObject({
      status: "success",
    });
    expect((await snapshot(me.expert.id)).biographyApprovedAt).toBeInstanceOf(Date);
    expect((await snapshot(other.expert.id)).biographyApprovedAt).toBeNull();
    expect(await approveMyBiographyAction(idle, form({}))).toMatchObject({ status: "error", code: "CONFLICT" });
  });

  it("has nothing to approve when the biography is empty, and refuses other roles", async () => {
    const world = await createWorld(1);
    const extra = await createExpert(world.partnership.id);
    await db.expertProfile.update({
      where: { id: extra.expert.id },
      data: { biography: "", biographyApprovedAt: null },
    });
    actAs(extra.user);
    expect((await approveMyBiographyAction(idle, form({}))).code).toBe("CONFLICT");
    expect((await snapshot(extra.expert.id)).biographyApprovedAt).toBeNull();

    await db.expertProfile.update({ where: { id: extra.expert.id }, data: { biography: "Some words" } });
    actAs(world.coordinator);
    expect((await approveMyBiographyAction(idle, form({}))).code).toBe("FORBIDDEN");
    expect((await snapshot(extra.expert.id)).biographyApprovedAt).toBeNull();
  });
});
