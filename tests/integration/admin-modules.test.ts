import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addInvolvementRecordAction } from "@/lib/involvement/actions";
import { listProgrammesWithModules, listLeaderChoices } from "@/lib/modules/admin-queries";
import { createModuleAction, retireModuleAction, updateModuleAction } from "@/lib/modules/module-actions";
import { createProgrammeAction, retireProgrammeAction, updateProgrammeAction } from "@/lib/modules/programme-actions";
import { listModuleChoices } from "@/lib/modules/queries";
import { rollModulesOnAction } from "@/lib/modules/roll-on-action";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { listInstitutionModules } from "@/lib/opportunities/queries";
import { requestInvolvementAction } from "@/lib/requests/actions";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createUser, createWorld, form, idle, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

/** Actions that redirect on success; Next throws to do that. */
async function submit(action: typeof createModuleAction, values: Record<string, string>) {
  try {
    return { state: await action(idle, form(values)), redirectedTo: null };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] };
  }
}

const moduleFields = (w: World, extra: Record<string, string> = {}) => ({
  programmeId: w.programme.id,
  code: "SW205",
  title: "Law and ethics",
  yearOfStudy: "2",
  academicYear: "2026/27",
  leaderId: w.academic.id,
  ...extra,
});

/** Counts within the given worlds' partnerships only: other test files write beside these. */
const inPartnerships = (worlds: World[]) => ({ partnershipId: { in: worlds.map((w) => w.partnership.id) } });
const programmesOf = (...worlds: World[]) => db.programme.count({ where: { institution: inPartnerships(worlds) } });
const modulesOf = (...worlds: World[]) =>
  db.module.count({ where: { programme: { institution: inPartnerships(worlds) } } });

const others = (w: World) => [w.coordinator, w.academic, ...w.experts.map((e) => e.user)];

describe("programmes", () => {
  it("an admin creates, renames, retires and reinstates a programme of any institution of the partnership", async () => {
    const world = await createWorld(0);
    const sibling = await db.institution.create({
      data: { partnershipId: world.partnership.id, name: unique("Sibling"), shortName: "SIB" },
    });
    actAs(world.admin);
    const name = unique("MA Social Work");
    const created = await submit(createProgrammeAction, {
      institutionId: sibling.id,
      name,
      level: "QUALIFYING_POSTGRADUATE",
    });
    const programme = await db.programme.findFirstOrThrow({ where: { name } });
    expect(programme).toMatchObject({ institutionId: sibling.id, level: "QUALIFYING_POSTGRADUATE", retiredAt: null });
    expect(created.redirectedTo).toBe(`/admin/modules/programmes/${programme.id}?saved=created`);

    const renamed = unique("MA Social Work (renamed)");
    const update = await updateProgrammeAction(
      idle,
      form({ programmeId: programme.id, name: renamed, level: "POST_QUALIFYING" }),
    );
    expect(update).toMatchObject({ status: "success" });
    expect(await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).toMatchObject({
      name: renamed,
      level: "POST_QUALIFYING",
    });

    expect(await retireProgrammeAction(idle, form({ programmeId: programme.id, change: "retire" }))).toMatchObject({
      status: "success",
      message: "Programme retired.",
    });
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).retiredAt).not.toBeNull();
    expect((await retireProgrammeAction(idle, form({ programmeId: programme.id, change: "retire" }))).code).toBe(
      "CONFLICT",
    );
    await retireProgrammeAction(idle, form({ programmeId: programme.id, change: "reinstate" }));
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).retiredAt).toBeNull();

    const actions = (await db.auditEvent.findMany({ where: { entityId: programme.id }, orderBy: { createdAt: "asc" } }))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(
      ["programme.created", "programme.reinstated", "programme.retired", "programme.updated"].sort(),
    );
  });

  it("refuses a duplicate name, bad answers, other roles and another partnership's admin, writing nothing", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const before = await programmesOf(world, elsewhere);
    actAs(world.admin);
    const dup = await submit(createProgrammeAction, {
      institutionId: world.institution.id,
      name: world.programme.name,
      level: "POST_QUALIFYING",
    });
    expect(dup.state).toMatchObject({ code: "CONFLICT", fieldErrors: { name: expect.any(Array) } });
    const bad = await submit(createProgrammeAction, { institutionId: world.institution.id, name: " ", level: "PHD" });
    expect(Object.keys(bad.state?.fieldErrors ?? {}).sort()).toEqual(["level", "name"]);

    const values = { institutionId: world.institution.id, name: unique("New"), level: "POST_QUALIFYING" };
    for (const actor of others(world)) {
      actAs(actor);
      expect((await submit(createProgrammeAction, values)).state?.code).toBe("FORBIDDEN");
    }
    actAs(elsewhere.admin);
    expect((await submit(createProgrammeAction, values)).state?.code).toBe("NOT_FOUND");
    const change = { programmeId: world.programme.id, name: unique("Taken"), level: "POST_QUALIFYING" };
    expect((await updateProgrammeAction(idle, form(change))).code).toBe("NOT_FOUND");
    expect((await retireProgrammeAction(idle, form({ programmeId: world.programme.id, change: "retire" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await programmesOf(world, elsewhere)).toBe(before);
    expect(await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } })).toMatchObject({
      name: world.programme.name,
      retiredAt: null,
    });
  });
});

describe("modules", () => {
  it("an admin creates a module led by an active academic of its institution, audited", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const { redirectedTo } = await submit(createModuleAction, moduleFields(world));
    const created = await db.module.findFirstOrThrow({ where: { programmeId: world.programme.id, code: "SW205" } });
    expect(created).toMatchObject({
      title: "Law and ethics",
      yearOfStudy: 2,
      academicYear: "2026/27",
      leaderId: world.academic.id,
    });
    expect(redirectedTo).toBe(`/admin/modules/${created.id}?saved=created`);
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "module.created" } })).toBe(1);
    // No leader is fine too.
    await submit(createModuleAction, moduleFields(world, { code: "SW206", leaderId: "" }));
    expect(
      (await db.module.findFirstOrThrow({ where: { programmeId: world.programme.id, code: "SW206" } })).leaderId,
    ).toBeNull();
  });

  it("refuses a code already used by the programme that year, bad answers and unsuitable leaders", async () => {
    const world = await createWorld(0);
    const sibling = await db.institution.create({
      data: { partnershipId: world.partnership.id, name: unique("Sibling"), shortName: "SIB" },
    });
    const siblingAcademic = await createUser("ACADEMIC", { institutionId: sibling.id });
    const inactive = await createUser("ACADEMIC", { institutionId: world.institution.id }, { active: false });
    const before = await modulesOf(world);
    actAs(world.admin);

    const dup = await submit(createModuleAction, moduleFields(world, { code: world.module.code }));
    expect(dup.state).toMatchObject({ code: "CONFLICT", fieldErrors: { code: [expect.stringContaining("2026/27")] } });
    expect(dup.state?.values?.title).toBe("Law and ethics");

    const bad = await submit(
      createModuleAction,
      moduleFields(world, { code: "", title: "", yearOfStudy: "6", academicYear: "2026/28" }),
    );
    expect(Object.keys(bad.state?.fieldErrors ?? {}).sort()).toEqual(["academicYear", "code", "title", "yearOfStudy"]);
    expect((await submit(createModuleAction, moduleFields(world, { academicYear: "2026-27" }))).state?.code).toBe(
      "INVALID",
    );

    for (const leader of [siblingAcademic, inactive, world.coordinator]) {
      const refused = await submit(createModuleAction, moduleFields(world, { leaderId: leader.id }));
      expect(refused.state, `leader ${leader.role}`).toMatchObject({
        code: "INVALID",
        fieldErrors: { leaderId: expect.any(Array) },
      });
    }
    expect(await modulesOf(world)).toBe(before);
  });

  it("refuses other roles and another partnership's admin for every module action, changing nothing", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const before = await db.module.findUniqueOrThrow({ where: { id: world.module.id } });
    const count = await modulesOf(world, elsewhere);
    const change = moduleFields(world, { moduleId: world.module.id, code: "SW999" });
    const retire = { moduleId: world.module.id, change: "retire" };
    for (const actor of others(world)) {
      actAs(actor);
      expect((await submit(createModuleAction, moduleFields(world))).state?.code).toBe("FORBIDDEN");
      expect((await updateModuleAction(idle, form(change))).code).toBe("FORBIDDEN");
      expect((await retireModuleAction(idle, form(retire))).code).toBe("FORBIDDEN");
    }
    actAs(elsewhere.admin);
    expect((await submit(createModuleAction, moduleFields(world))).state?.code).toBe("NOT_FOUND");
    expect((await updateModuleAction(idle, form(change))).code).toBe("NOT_FOUND");
    expect((await retireModuleAction(idle, form(retire))).code).toBe("NOT_FOUND");
    // Their own programme with this partnership's academic as leader: refused too.
    const theirs = moduleFields(elsewhere, { leaderId: world.academic.id });
    expect((await submit(createModuleAction, theirs)).state?.fieldErrors?.leaderId).toBeDefined();
    expect(await modulesOf(world, elsewhere)).toBe(count);
    expect(await db.module.findUniqueOrThrow({ where: { id: world.module.id } })).toEqual(before);
  });

  it("edits a module, keeps a deactivated leader only while unchanged, and retires and reinstates it", async () => {
    const world = await createWorld(0);
    const colleague = await createUser("ACADEMIC", { institutionId: world.institution.id });
    actAs(world.admin);
    const change = (extra: Record<string, string>) =>
      updateModuleAction(
        idle,
        form(moduleFields(world, { moduleId: world.module.id, code: world.module.code, ...extra })),
      );

    expect(await change({ title: "Communication", leaderId: colleague.id })).toMatchObject({ status: "success" });
    expect(await db.module.findUniqueOrThrow({ where: { id: world.module.id } })).toMatchObject({
      title: "Communication",
      leaderId: colleague.id,
      yearOfStudy: 2,
    });
    await db.user.update({ where: { id: colleague.id }, data: { active: false, deactivatedAt: new Date() } });
    // Other details can still be saved while the deactivated leader stays...
    expect(await change({ title: "Communication skills", leaderId: colleague.id })).toMatchObject({
      status: "success",
    });
    // ...but they cannot be chosen anew, and are not offered.
    await change({ leaderId: world.academic.id });
    expect((await change({ leaderId: colleague.id })).fieldErrors?.leaderId).toBeDefined();
    const admin = await callerFor("admin", world.admin);
    const leaders = await listLeaderChoices({
      partnershipId: admin.partnershipId,
      institutionId: world.institution.id,
    });
    expect(leaders.map((l) => l.id)).toEqual([world.academic.id]);

    expect(await retireModuleAction(idle, form({ moduleId: world.module.id, change: "retire" }))).toMatchObject({
      message: "Module retired.",
    });
    expect((await db.module.findUniqueOrThrow({ where: { id: world.module.id } })).retiredAt).not.toBeNull();
    await retireModuleAction(idle, form({ moduleId: world.module.id, change: "reinstate" }));
    expect((await db.module.findUniqueOrThrow({ where: { id: world.module.id } })).retiredAt).toBeNull();
    const actions = await db.auditEvent.findMany({ where: { entityId: world.module.id }, select: { action: true } });
    expect(actions.filter((a) => a.action === "module.updated")).toHaveLength(3);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["module.retired", "module.reinstated"]));
  });
});

describe("rolling modules on to the next academic year", () => {
  async function yearOfModules() {
    const world = await createWorld(0);
    const second = await db.programme.create({
      data: { institutionId: world.institution.id, name: unique("MA"), level: "QUALIFYING_POSTGRADUATE" },
    });
    const gone = await createUser("ACADEMIC", { institutionId: world.institution.id });
    const made = [];
    for (let i = 0; i < 4; i++)
      made.push(
        await db.module.create({
          data: {
            programmeId: i < 2 ? world.programme.id : second.id,
            code: `M${i}`,
            title: `Module ${i}`,
            yearOfStudy: 1 + (i % 3),
            academicYear: "2026/27",
            leaderId: i === 3 ? gone.id : world.academic.id,
          },
        }),
      );
    // Not copied: a retired module, and a module of another year.
    await db.module.create({
      data: {
        programmeId: second.id,
        code: "OLD",
        title: "Old",
        yearOfStudy: 1,
        academicYear: "2026/27",
        retiredAt: new Date(),
      },
    });
    await db.module.create({
      data: { programmeId: second.id, code: "PAST", title: "Past", yearOfStudy: 1, academicYear: "2025/26" },
    });
    await db.user.update({ where: { id: gone.id }, data: { active: false, deactivatedAt: new Date() } });
    return { world, second, made, gone };
  }

  it("copies the current modules with their leaders (not deactivated ones), once, in one audited step", async () => {
    const { world } = await yearOfModules();
    // Already in 2027/28: left as it is.
    await db.module.create({
      data: { programmeId: world.programme.id, code: "M0", title: "Kept", yearOfStudy: 3, academicYear: "2027/28" },
    });
    actAs(world.admin);
    const values = { institutionId: world.institution.id, fromYear: "2026/27" };
    const first = await rollModulesOnAction(idle, form(values));
    // The world's module + M1..M3 copied; M0 already there.
    expect(first).toMatchObject({
      status: "success",
      data: { copied: 4, alreadyThere: 1, leadersDropped: 1, toYear: "2027/28" },
    });
    expect(first.message).toMatch(/^4 modules copied to 2027\/28, 1 already there\. 1 copy has no leader/);
    const next = await db.module.findMany({
      where: { programme: { institutionId: world.institution.id }, academicYear: "2027/28" },
      select: { code: true, title: true, yearOfStudy: true, leaderId: true, retiredAt: true },
      orderBy: { code: "asc" },
    });
    expect(next.find((m) => m.code === "M0")).toMatchObject({ title: "Kept", yearOfStudy: 3, leaderId: null });
    expect(next.find((m) => m.code === "M1")).toMatchObject({
      title: "Module 1",
      yearOfStudy: 2,
      leaderId: world.academic.id,
    });
    expect(next.find((m) => m.code === "M3")).toMatchObject({ leaderId: null });
    expect(next.find((m) => m.code === world.module.code)).toMatchObject({ leaderId: world.academic.id });
    expect(next.map((m) => m.code)).not.toContain("OLD");
    expect(next.map((m) => m.code)).not.toContain("PAST");
    expect(await db.auditEvent.count({ where: { entityId: world.institution.id, action: "modules.rolledOn" } })).toBe(
      1,
    );

    const again = await rollModulesOnAction(idle, form(values));
    expect(again).toMatchObject({ data: { copied: 0, alreadyThere: 5 } });
    expect(again.message).toBe("0 modules copied to 2027/28, 5 already there.");
    expect(
      await db.module.count({ where: { programme: { institutionId: world.institution.id }, academicYear: "2027/28" } }),
    ).toBe(5);
  });

  it("copies one programme only when asked, and refuses a programme of another institution", async () => {
    const { world, second } = await yearOfModules();
    const sibling = await db.institution.create({
      data: { partnershipId: world.partnership.id, name: unique("Sibling"), shortName: "SIB" },
    });
    actAs(world.admin);
    const one = await rollModulesOnAction(
      idle,
      form({ institutionId: world.institution.id, programmeId: second.id, fromYear: "2026/27" }),
    );
    expect(one).toMatchObject({ data: { copied: 2, alreadyThere: 0 } });
    const before = await modulesOf(world);
    const wrong = await rollModulesOnAction(
      idle,
      form({ institutionId: sibling.id, programmeId: second.id, fromYear: "2026/27" }),
    );
    expect(wrong).toMatchObject({ code: "INVALID", fieldErrors: { programmeId: expect.any(Array) } });
    const empty = await rollModulesOnAction(idle, form({ institutionId: world.institution.id, fromYear: "2030/31" }));
    expect(empty).toMatchObject({ code: "CONFLICT", fieldErrors: { fromYear: expect.any(Array) } });
    expect(
      (await rollModulesOnAction(idle, form({ institutionId: world.institution.id, fromYear: "2026" }))).code,
    ).toBe("INVALID");
    expect(await modulesOf(world)).toBe(before);
  });

  it("refuses other roles and another partnership's admin, copying nothing", async () => {
    const { world } = await yearOfModules();
    const elsewhere = await createWorld(0);
    const before = await modulesOf(world, elsewhere);
    const values = { institutionId: world.institution.id, fromYear: "2026/27" };
    for (const actor of others(world)) {
      actAs(actor);
      expect((await rollModulesOnAction(idle, form(values))).code).toBe("FORBIDDEN");
    }
    actAs(elsewhere.admin);
    expect((await rollModulesOnAction(idle, form(values))).code).toBe("NOT_FOUND");
    expect(await modulesOf(world, elsewhere)).toBe(before);
  });
});

describe("retired modules and programmes are no longer offered", () => {
  it("leaves them out of every module choice, refuses them for new work and keeps them where already used", async () => {
    const world = await createWorld(0);
    const retired = await db.module.create({
      data: {
        programmeId: world.programme.id,
        code: "RET1",
        title: "Retired",
        yearOfStudy: 1,
        academicYear: "2026/27",
        leaderId: world.academic.id,
        retiredAt: new Date(),
      },
    });
    const oldProgramme = await db.programme.create({
      data: {
        institutionId: world.institution.id,
        name: unique("Old"),
        level: "POST_QUALIFYING",
        retiredAt: new Date(),
      },
    });
    const inRetiredProgramme = await db.module.create({
      data: {
        programmeId: oldProgramme.id,
        code: "RET2",
        title: "In a retired programme",
        yearOfStudy: 1,
        academicYear: "2026/27",
        leaderId: world.academic.id,
      },
    });
    const used = await createOpportunity({ ...world, module: { id: retired.id } });
    const ids = (list: { id: string }[]) => list.map((m) => m.id);

    // Coordinator's opportunity form: not offered, except on the opportunity that already has it.
    const offered = await listInstitutionModules({ institutionId: world.institution.id });
    expect(ids(offered)).toEqual([world.module.id]);
    const onEdit = await listInstitutionModules({ institutionId: world.institution.id, keepId: retired.id });
    expect(onEdit.find((m) => m.id === retired.id)).toMatchObject({ retired: true });
    // Academic's request form.
    const academic = await callerFor("academic", world.academic);
    expect(ids(await listModuleChoices({ user: academic }))).toEqual([world.module.id]);

    const opportunity = {
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title: "Talk",
      summary: "Share your experience.",
      payRate: "25.00",
      payBasis: "HOUR",
    };
    actAs(world.coordinator);
    for (const moduleId of [retired.id, inRetiredProgramme.id]) {
      const refused = await submit(createOpportunityAction, { ...opportunity, moduleId });
      expect(refused.state).toMatchObject({ code: "INVALID", fieldErrors: { moduleId: expect.any(Array) } });
    }
    // The opportunity that already had it keeps it when edited.
    const kept = await submit(updateOpportunityAction, {
      ...opportunity,
      opportunityId: used.id,
      title: "Talk, renamed",
      moduleId: retired.id,
    });
    expect(kept.redirectedTo).toContain(used.id);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: used.id } })).moduleId).toBe(retired.id);

    actAs(world.academic);
    const request = await requestInvolvementAction(
      idle,
      form({
        moduleId: retired.id,
        type: "TEACHING",
        stage: "TEACHING_LEARNING",
        title: "Talk",
        description: "A talk",
        placesWanted: "2",
      }),
    );
    expect(request).toMatchObject({ code: "INVALID", fieldErrors: { moduleId: expect.any(Array) } });
    const record = await addInvolvementRecordAction(
      idle,
      form({
        moduleId: inRetiredProgramme.id,
        date: "2026-11-02",
        stage: "TEACHING_LEARNING",
        hours: "1",
        description: "Talk",
        expertCount: "1",
      }),
    );
    expect(record.code).toBe("CONFLICT");
    expect(await db.involvementRecord.count({ where: { moduleId: { in: [retired.id, inRetiredProgramme.id] } } })).toBe(
      0,
    );
    expect(await db.opportunity.count({ where: { moduleId: inRetiredProgramme.id } })).toBe(0);

    // The admin still sees them when asking for retired ones.
    const partnershipId = world.partnership.id;
    const list = (showRetired: boolean) =>
      listProgrammesWithModules({
        partnershipId,
        institutionId: world.institution.id,
        academicYear: "2026/27",
        showRetired,
      });
    expect((await list(false)).flatMap((p) => ids(p.modules))).toEqual([world.module.id]);
    expect((await list(true)).flatMap((p) => ids(p.modules)).sort()).toEqual(
      [world.module.id, retired.id, inRetiredProgramme.id].sort(),
    );
  });
});
