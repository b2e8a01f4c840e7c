import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findOpportunity, listOpportunities } from "@/lib/opportunities/queries";
import { findSession, listBookableExperts } from "@/lib/sessions/queries";
import { createExpert, createOpportunity, createSession, createWorld } from "../helpers/factories";

const DAY = 86_400_000;
const page = { page: 1, size: 25, skip: 0, take: 25 };

describe("listOpportunities", () => {
  it("sorts by next session, filters, searches and stays in the university", async () => {
    const world = await createWorld(1);
    const other = await createWorld(0);
    const later = await createOpportunity(world);
    const sooner = await createOpportunity(world);
    const none = await createOpportunity(world, { status: "DRAFT" });
    await createSession(later.id, { startsAt: new Date(Date.now() + 10 * DAY) });
    const soon = await createSession(sooner.id, { startsAt: new Date(Date.now() + 2 * DAY) });
    await db.booking.create({ data: { sessionId: soon.id, expertId: world.experts[0].expert.id } });
    await createOpportunity(other);

    const all = await listOpportunities({ institutionId: world.institution.id, filters: {}, page });
    expect(all.total).toBe(3);
    expect(all.items.map((o) => o.id)).toEqual([sooner.id, later.id, none.id]);
    expect(all.items[0]).toMatchObject({ waiting: 1, nextSessionAt: soon.startsAt });

    const drafts = await listOpportunities({ institutionId: world.institution.id, filters: { status: "DRAFT" }, page });
    expect(drafts.items.map((o) => o.id)).toEqual([none.id]);
    const byCreated = await listOpportunities({
      institutionId: world.institution.id,
      filters: { sort: "created" },
      page,
    });
    expect(byCreated.items.map((o) => o.id)).toEqual([none.id, sooner.id, later.id]);
    const searched = await listOpportunities({
      institutionId: world.institution.id,
      filters: { q: sooner.title.slice(-12).toUpperCase() },
      page,
    });
    expect(searched.items.map((o) => o.id)).toEqual([sooner.id]);
    const wildcard = await listOpportunities({ institutionId: world.institution.id, filters: { q: "%" }, page });
    expect(wildcard.total).toBe(0);
  });

  it("pages through with a stable order", async () => {
    const world = await createWorld(0);
    for (let i = 0; i < 4; i++) await createOpportunity(world);
    const p1 = await listOpportunities({
      institutionId: world.institution.id,
      filters: {},
      page: { page: 1, size: 3, skip: 0, take: 3 },
    });
    const p2 = await listOpportunities({
      institutionId: world.institution.id,
      filters: {},
      page: { page: 2, size: 3, skip: 3, take: 3 },
    });
    expect(p1.pageCount).toBe(2);
    expect(new Set([...p1.items, ...p2.items].map((o) => o.id)).size).toBe(4);
  });
});

describe("session and opportunity detail", () => {
  it("counts places and attendance this academic year, and lists who can still be booked", async () => {
    const world = await createWorld(3);
    const [a, b, c] = world.experts;
    const paused = await createExpert(world.partnership.id, { status: "PAUSED" });
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 2 });
    await db.booking.create({ data: { sessionId: session.id, expertId: a.expert.id, status: "CONFIRMED" } });
    await db.booking.create({ data: { sessionId: session.id, expertId: b.expert.id, status: "REQUESTED" } });
    const earlier = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 2 * DAY) });
    await db.booking.create({ data: { sessionId: earlier.id, expertId: a.expert.id, status: "ATTENDED" } });

    const detail = await findSession({ id: session.id, institutionId: world.institution.id });
    expect(detail?.confirmed).toBe(1);
    expect(detail?.bookings.map((x) => x.status)).toEqual(["REQUESTED", "CONFIRMED"]);
    expect(detail?.bookings.find((x) => x.expert.id === a.expert.id)?.attendedThisYear).toBe(1);
    expect(await findSession({ id: session.id, institutionId: (await createWorld(0)).institution.id })).toBeNull();

    const bookable = await listBookableExperts({ sessionId: session.id, partnershipId: world.partnership.id });
    expect(bookable.map((e) => e.id)).toEqual([c.expert.id]);
    expect(bookable.map((e) => e.id)).not.toContain(paused.expert.id);

    const opp = await findOpportunity({ id: opportunity.id, institutionId: world.institution.id });
    expect(opp?.sessions.find((s) => s.id === session.id)).toMatchObject({ confirmed: 1, requested: 1, places: 2 });
  });
});
