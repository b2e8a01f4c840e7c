import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  approveMyBiographyAction,
  updateMyAcademicSharingAction,
  updateMyAccessNeedsAction,
  updateMyBiographyAction,
  updateMyContactDetailsAction,
  updateMyDisplayAction,
  updateMyEarningsLimitAction,
  updateMyInterestsAction,
  updateMyPaymentPreferenceAction,
} from "@/lib/experts/profile-actions";
import { actAs } from "../helpers/actor";
import { createExpert, createWorld, form, idle, unique } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

/** Each section of the profile saves on its own: its action and a form it accepts. */
const contact = { phone: "07700 900 982", supportContactName: "Pat", supportContactPhone: "0113 496 0000" };
const interests = {
  interests: ["TEACHING", "RESEARCH"],
  livedExperience: "carer, Mental health ,carer,  young  carer",
  availabilityNotes: "Weekday mornings",
};
const access = { accessNeeds: "Step-free access" };
const pay = { paymentPreference: "VOUCHER" };
const limit = { earningsLimit: "183.50", earningsLimitPeriod: "WEEK" };
const biography = { biography: "I have supported my brother for years." };

const SECTIONS = [
  [updateMyContactDetailsAction, contact],
  [updateMyInterestsAction, interests],
  [updateMyAccessNeedsAction, access],
  [updateMyPaymentPreferenceAction, pay],
  [updateMyEarningsLimitAction, limit],
  [updateMyBiographyAction, biography],
  [updateMyAcademicSharingAction, { shareLivedExperienceWithAcademics: true }],
  [updateMyDisplayAction, { largerText: true, easyRead: true }],
] as const;

const snapshot = (expertId: string) =>
  db.expertProfile.findUniqueOrThrow({ where: { id: expertId }, include: { user: { select: { phone: true } } } });

describe("the expert's profile sections", () => {
  it("saves each section's answers, tidies tags and approves a new biography", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    await db.expertProfile.update({ where: { id: expert.id }, data: { biographyApprovedAt: null } });
    actAs(user);
    for (const [action, values] of SECTIONS) {
      expect(await action(idle, form(values))).toMatchObject({ status: "success" });
    }
    const after = await snapshot(expert.id);
    expect(after).toMatchObject({
      interests: ["TEACHING", "RESEARCH"],
      livedExperience: ["carer", "Mental health", "young carer"],
      availabilityNotes: "Weekday mornings",
      paymentPreference: "VOUCHER",
      paymentPartnerId: null,
      earningsLimitPence: 18350,
      earningsLimitPeriod: "WEEK",
      accessNeeds: "Step-free access",
      supportContactName: "Pat",
      supportContactPhone: "0113 496 0000",
      biography: biography.biography,
      shareLivedExperienceWithAcademics: true,
      largerText: true,
      easyRead: true,
      user: { phone: "07700 900 982" },
    });
    expect(after.biographyApprovedAt).toBeInstanceOf(Date);
    const events = await db.auditEvent.findMany({
      where: { entityId: expert.id, action: "expert.profile.updated" },
    });
    // Only the names of what changed: sensitive values stay out of the audit trail.
    const trail = JSON.stringify(events.map((e) => e.after));
    expect(trail).not.toContain("Step-free");
    expect(trail).not.toContain("18350");
    expect(trail).toContain("accessNeeds");
    expect(trail).toContain("phone");
    expect(trail).toContain("earningsLimitPence");
  });

  it("saves one section without touching the others", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    actAs(user);
    const before = await snapshot(expert.id);
    expect(await updateMyAccessNeedsAction(idle, form({ accessNeeds: "A quiet room" }))).toMatchObject({
      status: "success",
    });
    const after = await snapshot(expert.id);
    expect(after).toEqual({ ...before, accessNeeds: "A quiet room", updatedAt: after.updatedAt });
  });

  it("turns the sharing and display choices off again when their boxes are not ticked", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    await db.expertProfile.update({
      where: { id: expert.id },
      data: { shareLivedExperienceWithAcademics: true, largerText: true, easyRead: true },
    });
    actAs(user);
    expect((await updateMyAcademicSharingAction(idle, form({}))).message).toMatch(/biography only/);
    expect((await updateMyDisplayAction(idle, form({ easyRead: true }))).status).toBe("success");
    expect(await snapshot(expert.id)).toMatchObject({
      shareLivedExperienceWithAcademics: false,
      largerText: false,
      easyRead: true,
    });
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
    const state = await updateMyEarningsLimitAction(idle, form({ earningsLimit: "", earningsLimitPeriod: "" }));
    expect(state.status).toBe("success");
    expect((await updateMyBiographyAction(idle, form({ biography: "Edited by coordinator" }))).status).toBe("success");
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

    const missing = await updateMyPaymentPreferenceAction(idle, form({ paymentPreference: "PAID_VIA_PARTNER" }));
    expect(missing).toMatchObject({
      code: "INVALID",
      fieldErrors: { paymentPartnerId: ["Choose the group that pays you"] },
    });
    const other = await updateMyPaymentPreferenceAction(
      idle,
      form({ paymentPreference: "PAID_VIA_PARTNER", paymentPartnerId: notMine.id }),
    );
    expect(other).toMatchObject({ code: "INVALID", fieldErrors: { paymentPartnerId: ["Choose one of your groups"] } });
    expect(await snapshot(expert.id)).toEqual(before);

    const ok = await updateMyPaymentPreferenceAction(
      idle,
      form({ paymentPreference: "PAID_VIA_PARTNER", paymentPartnerId: mine.id }),
    );
    expect(ok.status).toBe("success");
    expect((await snapshot(expert.id)).paymentPartnerId).toBe(mine.id);

    // Choosing another way to be paid forgets the group, even if the form still carries it.
    await updateMyPaymentPreferenceAction(
      idle,
      form({ paymentPreference: "BANK_TRANSFER", paymentPartnerId: mine.id }),
    );
    expect((await snapshot(expert.id)).paymentPartnerId).toBeNull();
  });

  it("writes nothing when the answers are not valid, and keeps what was typed", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    actAs(user);
    const before = await snapshot(expert.id);
    const badContact = await updateMyContactDetailsAction(
      idle,
      form({ ...contact, phone: "call me", supportContactPhone: "ask Pat" }),
    );
    expect(badContact.code).toBe("INVALID");
    expect(Object.keys(badContact.fieldErrors ?? {}).sort()).toEqual(["phone", "supportContactPhone"]);
    expect(badContact.values?.supportContactName).toBe("Pat");

    const badInterests = await updateMyInterestsAction(idle, form({ ...interests, interests: ["NOT_A_TYPE"] }));
    expect(Object.keys(badInterests.fieldErrors ?? {})).toEqual(["interests"]);
    expect(badInterests.values?.availabilityNotes).toBe("Weekday mornings");

    const noPreference = await updateMyPaymentPreferenceAction(idle, form({ paymentPreference: "" }));
    expect(Object.keys(noPreference.fieldErrors ?? {})).toEqual(["paymentPreference"]);

    const noPeriod = await updateMyEarningsLimitAction(idle, form({ ...limit, earningsLimitPeriod: "" }));
    expect(noPeriod.fieldErrors?.earningsLimitPeriod?.[0]).toMatch(/week or a month/);
    const badLimit = await updateMyEarningsLimitAction(idle, form({ ...limit, earningsLimit: "lots" }));
    expect(badLimit.fieldErrors?.earningsLimit?.[0]).toMatch(/pounds/);
    expect(badLimit.values?.earningsLimit).toBe("lots");

    const nul = await updateMyInterestsAction(idle, form({ ...interests, livedExperience: "a\u0000b" }));
    expect(Object.keys(nul.fieldErrors ?? {})).toEqual(["livedExperience"]);
    const nulBio = await updateMyBiographyAction(idle, form({ biography: "\u0000" }));
    expect(Object.keys(nulBio.fieldErrors ?? {})).toEqual(["biography"]);
    const longAccess = await updateMyAccessNeedsAction(idle, form({ accessNeeds: "x".repeat(2001) }));
    expect(Object.keys(longAccess.fieldErrors ?? {})).toEqual(["accessNeeds"]);

    expect(await snapshot(expert.id)).toEqual(before);
  });

  it("only ever changes the caller's own profile, whatever ids the form carries", async () => {
    const world = await createWorld(2);
    const [me, other] = [nth(world.experts), nth(world.experts, 1)];
    actAs(me.user);
    const otherBefore = await snapshot(other.expert.id);
    const ids = { expertId: other.expert.id, userId: other.user.id, id: other.expert.id };
    for (const [action, values] of SECTIONS) {
      expect((await action(idle, form({ ...values, ...ids }))).status).toBe("success");
    }
    expect(await snapshot(other.expert.id)).toEqual(otherBefore);
    expect(await snapshot(me.expert.id)).toMatchObject({ accessNeeds: "Step-free access", easyRead: true });
  });

  it("refuses coordinators, academics and signed-out callers", async () => {
    const world = await createWorld(1);
    const { expert } = nth(world.experts);
    const before = await snapshot(expert.id);
    for (const actor of [world.coordinator, world.academic, world.admin, null]) {
      actAs(actor);
      for (const [action, values] of SECTIONS) {
        const state = await action(idle, form({ ...values, expertId: expert.id }));
        expect(state.code).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
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
