/**
 * Proposals (issue 15): an expert, or a partner group through one of its members, proposes an
 * involvement idea. It reaches the chosen university's coordinators as a draft opportunity, as an
 * academic's request does, and the expert follows where it has got to.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findOpportunity } from "@/lib/opportunities/queries";
import { proposeInvolvementAction } from "@/lib/proposals/actions";
import { listMyProposals } from "@/lib/proposals/queries";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createUser, createWorld, form, idle, unique } from "../helpers/factories";

const idea = (extra: Record<string, string> = {}) => ({
  type: "ADMISSIONS_SELECTION",
  stage: "ADMISSIONS_SELECTION",
  title: unique("A carers' panel for interview days"),
  what: "Two carers sit on each interview panel and ask one question each.",
  why: "Applicants meet the people social workers work with.",
  ...extra,
});

describe("proposeInvolvementAction", () => {
  it("makes a draft opportunity at the chosen university, for the expert's group, and tells its coordinators", async () => {
    const world = await createWorld(2);
    const [member, other] = world.experts as [(typeof world.experts)[0], (typeof world.experts)[0]];
    const group = await db.partner.create({
      data: {
        partnershipId: world.partnership.id,
        name: unique("Carers First"),
        type: "CARERS_CENTRE",
        experts: { connect: [{ id: member.expert.id }] },
      },
    });
    // Another university of the partnership: its coordinators hear nothing of this idea.
    const b = await db.institution.create({
      data: { partnershipId: world.partnership.id, name: unique("Eastfield"), shortName: "East" },
    });
    const coordinatorB = await createUser("COORDINATOR", { institutionId: b.id });

    actAs(member.user);
    const input = idea({ institutionId: world.institution.id, partnerId: group.id });
    const state = await proposeInvolvementAction(idle, form(input));
    expect(state).toMatchObject({ status: "success" });
    expect(state.message).toContain(`gone to the involvement coordinators at ${world.institution.name}`);

    const created = await db.opportunity.findFirstOrThrow({ where: { title: input.title } });
    expect(created).toMatchObject({
      institutionId: world.institution.id,
      status: "DRAFT",
      type: "ADMISSIONS_SELECTION",
      stage: "ADMISSIONS_SELECTION",
      moduleId: null,
      payRatePence: 0,
      requestedById: member.user.id,
      createdById: member.user.id,
      proposedForPartnerId: group.id,
      summary: `${input.what}\n\nWhy it would help: ${input.why}`,
    });
    const told = await db.notification.findMany({ where: { link: `/coordinator/opportunities/${created.id}` } });
    expect(told.map((n) => n.userId)).toEqual([world.coordinator.id]);
    expect(told[0]!.body).toContain(`${member.user.name}, for ${group.name}, proposed “${input.title}”`);
    expect(await db.notification.count({ where: { userId: coordinatorB.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { entityId: created.id, action: "opportunity.proposed", actorId: member.user.id },
      }),
    ).toBe(1);

    // The coordinator sees who proposed it and for which group.
    const detail = await findOpportunity({ id: created.id, institutionId: world.institution.id });
    expect(detail?.requestedBy).toEqual({ name: member.user.name, role: "EXPERT" });
    expect(detail?.proposedForPartner).toEqual({ name: group.name });

    // The expert follows it; nobody else sees it in their list.
    const mine = await listMyProposals({ user: await callerFor("expert", member.user), skip: 0, take: 10 });
    expect(mine.items.map((p) => [p.title, p.status, p.institution.name, p.proposedForPartner?.name])).toEqual([
      [input.title, "DRAFT", world.institution.name, group.name],
    ]);
    expect((await listMyProposals({ user: await callerFor("expert", other.user), skip: 0, take: 10 })).total).toBe(0);
  });

  it("proposes for the expert alone when no group is chosen", async () => {
    const world = await createWorld(1);
    actAs(world.experts[0]!.user);
    const input = idea({ institutionId: world.institution.id, partnerId: "" });
    expect((await proposeInvolvementAction(idle, form(input))).status).toBe("success");
    expect((await db.opportunity.findFirstOrThrow({ where: { title: input.title } })).proposedForPartnerId).toBeNull();
  });

  it("says what is missing, keeps what was typed and writes nothing", async () => {
    const world = await createWorld(1);
    actAs(world.experts[0]!.user);
    const title = unique("Half an idea");
    const state = await proposeInvolvementAction(
      idle,
      form({ institutionId: world.institution.id, title, what: "", why: "", type: "GROUP_MEETING" }),
    );
    expect(state.code).toBe("INVALID");
    expect(state.fieldErrors).toMatchObject({
      what: ["Say what you would like to do"],
      why: ["Say why it would help students"],
      type: ["Select the kind of involvement"],
      stage: ["Select the stage of the programme"],
    });
    expect(state.values?.title).toBe(title);
    expect(await db.opportunity.count({ where: { title } })).toBe(0);
  });

  it("is for experts only", async () => {
    const world = await createWorld(0);
    for (const person of [world.coordinator, world.academic]) {
      actAs(person);
      const input = idea({ institutionId: world.institution.id });
      expect((await proposeInvolvementAction(idle, form(input))).code).toBe("FORBIDDEN");
      expect(await db.opportunity.count({ where: { title: input.title } })).toBe(0);
    }
  });
});
