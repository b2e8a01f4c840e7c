/**
 * The equity view (issue 15): shares of sessions and fees by fifth of the pool, the quiet counts,
 * who asked but was never given a place, and the spread by partner group and lived experience.
 * Every expected figure is worked out by hand in the comments from what this file writes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/(coordinator)/coordinator/reports/equity/csv/route";
import { db } from "@/lib/db";
import type { BookingStatus, OpportunityType, PaymentStatus } from "@/lib/generated/prisma/enums";
import { equityView } from "@/lib/equity/queries";
import { reachSummary, shareSummary } from "@/lib/equity/summary";
import { equityScope, reportFilters } from "@/lib/reports/report-filters";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createExpert, createUser, createWorld, unique } from "../helpers/factories";

const NOW = new Date("2027-01-15T12:00:00Z");

async function world() {
  const w = await createWorld(0);
  const p = w.partnership.id;
  const expert = (livedExperience: string[], status: "ACTIVE" | "LEFT" = "ACTIVE") =>
    createExpert(p, { livedExperience, status }).then((e) => e.expert.id);
  const e1 = await expert(["carer", "mental health"]);
  const e2 = await expert(["carer"]);
  const e3 = await expert([]);
  const e4 = await expert(["care leaver"]);
  const e5 = await expert(["care leaver"]);
  const e6 = await expert(["homelessness"]);
  const e7 = await expert(["carer"], "LEFT");
  const e8 = await expert(["mental health"]);
  // E8 is on a break (until they say).
  await db.expertProfile.update({ where: { id: e8 }, data: { breakStartedAt: new Date("2026-12-20T09:00:00Z") } });

  const b = await db.institution.create({
    data: { partnershipId: p, name: unique("Eastfield University"), shortName: "Eastfield" },
  });
  const coordinatorB = await createUser("COORDINATOR", { institutionId: b.id });

  /** One session at the institution on `day`, with each expert's booking (and payment, when a fee is given). */
  async function session(
    institutionId: string,
    createdById: string,
    day: string,
    bookings: { expertId: string; status: BookingStatus; feePence?: number; paymentStatus?: PaymentStatus }[],
    type: OpportunityType = "TEACHING",
  ) {
    const opportunity = await db.opportunity.create({
      data: {
        institutionId,
        type,
        stage: type === "GROUP_MEETING" ? null : "TEACHING_LEARNING",
        title: unique("Session"),
        summary: "A session",
        status: "OPEN",
        createdById,
      },
    });
    const startsAt = new Date(`${day}T10:00:00Z`);
    const s = await db.session.create({
      data: { opportunityId: opportunity.id, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), places: 10 },
    });
    for (const bk of bookings) {
      const booking = await db.booking.create({
        data: { sessionId: s.id, expertId: bk.expertId, status: bk.status },
      });
      if (bk.feePence !== undefined)
        await db.payment.create({
          data: {
            bookingId: booking.id,
            expertId: bk.expertId,
            method: "BANK_TRANSFER",
            feePence: bk.feePence,
            status: bk.paymentStatus ?? "APPROVED",
            sessionDate: startsAt,
          },
        });
    }
  }
  const a = w.institution.id;
  const c = w.coordinator.id;
  const attended = (expertId: string, feePence = 2500) => ({ expertId, status: "ATTENDED" as const, feePence });
  // At A in 2026/27: E1 three sessions (the last on 1 Dec), E2 two (20 Sep), E3 two (10 Oct), E4 one paid £100 (10 Dec).
  await session(a, c, "2026-11-01", [attended(e1)]);
  await session(a, c, "2026-11-15", [attended(e1)]);
  await session(a, c, "2026-12-01", [attended(e1)]);
  await session(a, c, "2026-09-20", [attended(e2), attended(e3)]);
  await session(a, c, "2026-09-20", [attended(e2)]);
  await session(a, c, "2026-10-10", [attended(e3)]);
  await session(a, c, "2026-12-10", [attended(e4, 10000)]);
  // E2 declined one fee: neither the session (not attended) nor the fee counts.
  await session(a, c, "2026-10-01", [
    { expertId: e2, status: "WITHDRAWN", feePence: 999, paymentStatus: "DECLINED_BY_EXPERT" },
  ]);
  // E5 came to a paid group meeting: £10 in fees, no session of involvement.
  await session(a, c, "2026-12-01", [attended(e5, 1000)], "GROUP_MEETING");
  // E6 asked twice, E8 once, and neither was given a place; E1 asked once too, but has had places.
  await session(a, c, "2027-02-01", [
    { expertId: e6, status: "REQUESTED" },
    { expertId: e8, status: "DECLINED" },
    { expertId: e1, status: "REQUESTED" },
  ]);
  await session(a, c, "2027-02-08", [{ expertId: e6, status: "WAITLISTED" }]);
  // At B: E7 (who has since left) one session; last year at A, E6 once (before the year counted).
  await session(b.id, coordinatorB.id, "2026-11-20", [attended(e7)]);
  await session(a, c, "2026-03-01", [attended(e6)]);

  // Partner groups: P1 has E1 and E2; P2 has E6, who took no part this year.
  await db.partner.create({
    data: {
      partnershipId: p,
      name: unique("Carers First"),
      type: "CARERS_CENTRE",
      experts: { connect: [{ id: e1 }, { id: e2 }] },
    },
  });
  await db.partner.create({
    data: {
      partnershipId: p,
      name: unique("Street Voices"),
      type: "USER_LED_GROUP",
      experts: { connect: [{ id: e6 }] },
    },
  });
  return { w, ids: { e1, e2, e3, e4, e5, e6, e7, e8 }, coordinator: await callerFor("coordinator", w.coordinator) };
}

let data: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  data = await world();
});

const view = (query: Record<string, string> = {}) =>
  equityView(equityScope(data.coordinator, reportFilters({ year: "2026/27", ...query })), { now: NOW });

describe("shares of the work and the fees", () => {
  it("ranks the university's pool into fifths by sessions and by fees, with ties not changing a fifth's sum", async () => {
    // Pool: E1–E6 and E8 (active), 7 people; E7 left and did nothing here. Sessions sorted
    // [3, 2, 2, 1, 0, 0, 0] → fifths of 2, 2, 1, 1, 1 people: 5, 3 (2 + 1), 0, 0, 0. E2 and E3 tie
    // at 2 across the first boundary: either way the first fifth has 3 + 2.
    // Fees sorted [10000, 7500, 5000, 5000, 1000, 0, 0] → 17500, 10000, 1000, 0, 0.
    const v = await view();
    expect(v.byFifth).toEqual([
      { fifth: 1, people: 2, involved: 2, sessions: 5, fees: 17500 },
      { fifth: 2, people: 2, involved: 2, sessions: 3, fees: 10000 },
      { fifth: 3, people: 1, involved: 0, sessions: 0, fees: 1000 },
      { fifth: 4, people: 1, involved: 0, sessions: 0, fees: 0 },
      { fifth: 5, people: 1, involved: 0, sessions: 0, fees: 0 },
    ]);
    expect(v.involved).toBe(4);
    expect(shareSummary(v)).toEqual([
      "2 people (the most involved fifth of the 7 in the pool) did 63% of the sessions in 2026/27.",
      "The best-paid fifth (2 people) received 61% of the fees: £175.00 of £285.00.",
      "4 of the 7 took part at least once; 3 people did not.",
    ]);
  });

  it("counts the whole partnership's sessions, and a leaver's work, in the partnership view", async () => {
    // Pool: 7 + E7 = 8. Sessions [3, 2, 2, 1, 1, 0, 0, 0] → fifths of 2, 2, 2, 1, 1: 5, 3, 1, 0, 0.
    // Fees [10000, 7500, 5000, 5000, 2500, 1000, 0, 0] → 17500, 10000, 3500, 0, 0: 17500 / 31000 = 56%.
    const v = await view({ view: "partnership" });
    expect(v.byFifth.map((f) => [f.people, f.sessions, f.fees])).toEqual([
      [2, 5, 17500],
      [2, 3, 10000],
      [2, 1, 3500],
      [1, 0, 0],
      [1, 0, 0],
    ]);
    expect(shareSummary(v)[0]).toBe(
      "2 people (the most involved fifth of the 8 in the pool) did 56% of the sessions in 2026/27.",
    );
    expect(shareSummary(v)[1]).toBe("The best-paid fifth (2 people) received 56% of the fees: £175.00 of £310.00.");
  });

  it("says plainly when a year has nobody involved", async () => {
    const v = await view({ year: "2024/25" });
    expect(v.byFifth.map((f) => f.people)).toEqual([2, 2, 1, 1, 1]);
    expect(v.byFifth.every((f) => f.sessions === 0 && f.fees === 0)).toBe(true);
    expect(shareSummary(v)).toEqual([
      "No sessions were attended in 2024/25.",
      "0 of the 7 took part at least once; 7 people did not.",
    ]);
    expect(v.unconfirmed.total).toBe(0);
    expect(v.partners.every((p) => p.sessions === 0)).toBe(true);
  });
});

describe("voices not heard lately", () => {
  it("counts active experts with no session for 90 and 180 days, leaving out people on a break", async () => {
    // On 15 Jan 2027: E1 last came 1 Dec, E4 10 Dec (heard from); E2 20 Sep (117 days), E3 10 Oct
    // (97 days): quiet for 90, not 180; E5 only a group meeting and E6 only last March: quiet for both.
    // E8 is on a break; E7 has left.
    const v = await view();
    expect(v.quiet).toEqual({ active: 7, quiet90: 4, quiet180: 2, onBreak: 1 });
    expect(v.unconfirmed).toEqual({
      total: 2,
      people: [
        { id: data.ids.e6, name: expect.any(String), asks: 2 },
        { id: data.ids.e8, name: expect.any(String), asks: 1 },
      ],
    });
    expect(reachSummary(v)).toEqual([
      "Of 7 active experts, 4 have had no session for 90 days or more, and 2 for 180 days or more (not counting 1 on a break).",
      "2 people asked for places in 2026/27 but were never given one.",
    ]);
  });
});

describe("the spread by partner group and lived experience", () => {
  it("adds up sessions and fees per group, with a row for people in no group", async () => {
    const v = await view();
    const [carers, street, none] = [
      v.partners.find((r) => r.label?.startsWith("Carers First")),
      v.partners.find((r) => r.label?.startsWith("Street Voices")),
      v.partners.find((r) => r.key === null),
    ];
    // P1: E1 (3, £75) and E2 (2, £50). P2: E6, nothing. No group: E3 (2, £50), E4 (1, £100), E5 (0, £10), E8.
    expect(carers).toMatchObject({ people: 2, involved: 2, sessions: 5, fees: 12500 });
    expect(street).toMatchObject({ people: 1, involved: 0, sessions: 0, fees: 0 });
    expect(none).toMatchObject({ people: 4, involved: 2, sessions: 3, fees: 16000 });
  });

  it("counts someone in every area they named, and people who named none as 'not given'", async () => {
    const v = await view();
    const area = (key: string | null) => v.areas.find((r) => r.key === key);
    // carer: E1 (3, £75), E2 (2, £50). mental health: E1, E8. care leaver: E4 (1, £100), E5 (£10).
    expect(area("carer")).toMatchObject({ people: 2, involved: 2, sessions: 5, fees: 12500 });
    expect(area("mental health")).toMatchObject({ people: 2, involved: 1, sessions: 3, fees: 7500 });
    expect(area("care leaver")).toMatchObject({ people: 2, involved: 1, sessions: 1, fees: 11000 });
    expect(area("homelessness")).toMatchObject({ people: 1, involved: 0, sessions: 0 });
    expect(area(null)).toMatchObject({ people: 1, involved: 1, sessions: 2, fees: 5000 });
  });
});

describe("who may download it", () => {
  it("gives coordinators the tables as CSV, and refuses academics and experts", async () => {
    actAs(data.w.coordinator);
    const response = await GET(new Request("http://localhost/coordinator/reports/equity/csv?year=2026/27"));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("2026/27,Most involved fifth,2,5,63,175.00,61\r\n");
    expect(text).toContain("2026/27,Everyone in the pool,7,8,100,285.00,100\r\n");
    const areas = await (
      await GET(new Request("http://localhost/coordinator/reports/equity/csv?year=2026/27&table=areas"))
    ).text();
    expect(areas).toContain("2026/27,carer,2,2,5,63,125.00\r\n");

    actAs(data.w.academic);
    expect((await GET(new Request("http://localhost/coordinator/reports/equity/csv"))).status).toBe(403);
    const anExpert = await db.expertProfile.findUniqueOrThrow({ where: { id: data.ids.e1 }, select: { userId: true } });
    actAs({ id: anExpert.userId });
    expect((await GET(new Request("http://localhost/coordinator/reports/equity/csv"))).status).toBe(403);
  });
});
