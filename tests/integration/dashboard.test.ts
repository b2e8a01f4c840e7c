import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { coordinatorDashboard } from "@/lib/dashboard/queries";
import { createExpert, createOpportunity, createSession, createWorld } from "../helpers/factories";

const DAY = 86_400_000;

describe("coordinatorDashboard", () => {
  it("finds what needs the coordinator, scoped to their university and partnership", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const [busy, quietOld, neverInvolved, paused] = [
      await createExpert(world.partnership.id),
      await createExpert(world.partnership.id),
      await createExpert(world.partnership.id),
      await createExpert(world.partnership.id, { status: "PAUSED" }),
    ];
    const opportunity = await createOpportunity(world);
    // Unfilled within 14 days, with one request waiting.
    const soon = await createSession(opportunity.id, { startsAt: new Date(Date.now() + 3 * DAY), places: 2 });
    await db.booking.create({ data: { sessionId: soon.id, expertId: busy.expert.id, status: "REQUESTED" } });
    // Full within 14 days: not listed.
    const full = await createSession(opportunity.id, { startsAt: new Date(Date.now() + 4 * DAY), places: 1 });
    await db.booking.create({ data: { sessionId: full.id, expertId: busy.expert.id, status: "CONFIRMED" } });
    // Far away: not listed.
    await createSession(opportunity.id, { startsAt: new Date(Date.now() + 30 * DAY), places: 2 });
    // Past with a confirmed booking: attendance to record. quietOld attended long ago.
    const past = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 2 * DAY) });
    await db.booking.create({ data: { sessionId: past.id, expertId: busy.expert.id, status: "CONFIRMED" } });
    const longAgo = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 200 * DAY) });
    await db.booking.create({
      data: {
        sessionId: longAgo.id,
        expertId: quietOld.expert.id,
        status: "ATTENDED",
        requestedAt: new Date(Date.now() - 210 * DAY),
      },
    });
    // An academic's request.
    const request = await createOpportunity(world, { status: "DRAFT" });
    await db.opportunity.update({ where: { id: request.id }, data: { requestedById: world.academic.id } });
    // Noise from another university.
    const theirs = await createOpportunity(other);
    await createSession(theirs.id, { startsAt: new Date(Date.now() + 2 * DAY) });

    const dash = await coordinatorDashboard({
      institutionId: world.institution.id,
      partnershipId: world.partnership.id,
    });
    expect(dash.soon.total).toBe(1);
    expect(dash.soon.items[0]).toMatchObject({ id: soon.id, confirmed: 0, requested: 1, places: 2 });
    expect(dash.waiting.total).toBe(1);
    expect(dash.waiting.items[0].session.id).toBe(soon.id);
    expect(dash.attendance.total).toBe(1);
    expect(dash.attendance.items[0]).toMatchObject({ id: past.id, confirmed: 1 });
    expect(dash.requests.total).toBe(1);
    expect(dash.requests.items[0].id).toBe(request.id);
    // Quiet: never-involved first, then oldest involvement; busy and paused people are not listed.
    expect(dash.quiet.items.map((e) => e.id)).toEqual([neverInvolved.expert.id, quietOld.expert.id]);
    expect(dash.quiet.items[1].lastInvolvedAt?.getTime()).toBe(longAgo.startsAt.getTime());
    expect(dash.quiet.total).toBe(2);
    expect(dash.quiet.items.map((e) => e.id)).not.toContain(paused.expert.id);
  });

  it("does not count a group meeting as being offered involvement", async () => {
    const world = await createWorld(0);
    const [meetingsOnly, teaching] = [
      await createExpert(world.partnership.id),
      await createExpert(world.partnership.id),
    ];
    const meeting = await db.opportunity.create({
      data: {
        institutionId: world.institution.id,
        type: "GROUP_MEETING",
        title: "Experts' group meeting",
        summary: "Peer support",
        status: "OPEN",
        createdById: world.coordinator.id,
      },
    });
    const lastWeek = await createSession(meeting.id, { startsAt: new Date(Date.now() - 7 * DAY) });
    const lesson = await createSession((await createOpportunity(world)).id, {
      startsAt: new Date(Date.now() - 7 * DAY),
    });
    for (const [sessionId, expertId] of [
      [lastWeek.id, meetingsOnly.expert.id],
      [lesson.id, teaching.expert.id],
    ])
      await db.booking.create({
        data: { sessionId, expertId, status: "ATTENDED", requestedAt: new Date(Date.now() - 20 * DAY) },
      });

    const dash = await coordinatorDashboard({
      institutionId: world.institution.id,
      partnershipId: world.partnership.id,
    });
    expect(dash.quiet.items).toEqual([
      { id: meetingsOnly.expert.id, name: meetingsOnly.user.name, lastInvolvedAt: null },
    ]);
  });

  it("shows nothing of another university", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const opportunity = await createOpportunity(world);
    const s = await createSession(opportunity.id, { startsAt: new Date(Date.now() + DAY) });
    await db.booking.create({ data: { sessionId: s.id, expertId: world.experts[0].expert.id } });
    const dash = await coordinatorDashboard({
      institutionId: other.institution.id,
      partnershipId: other.partnership.id,
    });
    expect([dash.soon.total, dash.waiting.total, dash.attendance.total, dash.requests.total, dash.quiet.total]).toEqual(
      [0, 0, 0, 0, 0],
    );
  });
});
