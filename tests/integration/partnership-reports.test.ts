/**
 * The coordinators' and programme report (issue 15): every figure below is worked out by hand
 * from the records this file writes, so a wrong join, a double-counted expert or a lost gap fails.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as academicCsv } from "@/app/(academic)/academic/report/programmes/csv/route";
import { GET as coordinatorCsv } from "@/app/(coordinator)/coordinator/reports/csv/route";
import { db } from "@/lib/db";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { comparisonSummary, heatMapSummary, shade } from "@/lib/reports/heat-map-summary";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { coordinatorScope, programmeScope, reportFilters } from "@/lib/reports/report-filters";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createSession, createUser, createWorld, unique } from "../helpers/factories";

const DAY = new Date("2026-11-02T10:00:00Z");

async function handRecord(moduleId: string, loggedById: string, stage: InvolvementStage, minutes: number) {
  await db.involvementRecord.create({
    data: { moduleId, loggedById, stage, minutes, date: DAY, description: "Logged by hand" },
  });
}

async function makeModule(programmeId: string, title: string, academicYear = "2026/27", code = unique("SW")) {
  return db.module.create({ data: { programmeId, code, title, yearOfStudy: 1, academicYear } });
}

/**
 * Institution A (the world): programme UG with modules M1, M2, M3 (nothing) and programme PG with
 * M4; last year one module. Institution B in the same partnership: one module. Three experts.
 */
async function reportWorld() {
  const world = await createWorld(3);
  const [e1, e2, e3] = world.experts.map((e) => e.expert.id) as [string, string, string];
  const a = world.academic.id;
  const m1 = world.module;
  const m2 = await makeModule(world.programme.id, "Adults and the law");
  const m3 = await makeModule(world.programme.id, "Research methods");
  const pg = await db.programme.create({
    data: { institutionId: world.institution.id, name: unique("MA Social Work"), level: "QUALIFYING_POSTGRADUATE" },
  });
  const m4 = await makeModule(pg.id, "Critical practice");
  const lastYear = await makeModule(world.programme.id, m1.title, "2025/26", m1.code);

  /** A session of `module`'s opportunity at `stage`, attended by `attended` (and missed by `missed`), recorded. */
  async function attendedSession(
    owner: { institution: { id: string }; coordinator: { id: string } },
    moduleId: string,
    stage: InvolvementStage,
    minutes: number,
    attended: string[],
    missed: string[] = [],
  ) {
    const opportunity = await createOpportunity({ ...owner, module: { id: moduleId } });
    await db.opportunity.update({ where: { id: opportunity.id }, data: { stage } });
    const session = await createSession(opportunity.id, { startsAt: new Date("2026-10-14T09:00:00Z"), minutes });
    await db.booking.createMany({
      data: [
        ...attended.map((expertId) => ({ sessionId: session.id, expertId, status: "ATTENDED" as const })),
        ...missed.map((expertId) => ({ sessionId: session.id, expertId, status: "NO_SHOW" as const })),
      ],
    });
    await db.$transaction((tx) => recordSessionInvolvement({ sessionId: session.id, loggedById: a }, tx));
    return session;
  }

  // M1, teaching: 150 min (E1, E2 came; E3 did not), 60 min (E1 again), 30 min by hand → 3 sessions, 240 min, 2 experts.
  const s1 = await attendedSession(world, m1.id, "TEACHING_LEARNING", 150, [e1, e2], [e3]);
  await attendedSession(world, m1.id, "TEACHING_LEARNING", 60, [e1]);
  await handRecord(m1.id, a, "TEACHING_LEARNING", 30);
  // M1, assessment by hand: 90 min. M2, design: 120 min with E3. M4, assessment by hand: 60 min.
  await handRecord(m1.id, a, "ASSESSMENT", 90);
  const s3 = await attendedSession(world, m2.id, "PROGRAMME_DESIGN", 120, [e3]);
  await handRecord(m4.id, a, "ASSESSMENT", 60);
  // Last year: teaching 120 min, quality assurance 60 min.
  await handRecord(lastYear.id, a, "TEACHING_LEARNING", 120);
  await handRecord(lastYear.id, a, "QUALITY_ASSURANCE", 60);

  // Feedback: lecturers rated s1 4 and s3 5; E1 said s1 was worth it 3; E2 answered nothing about it.
  await db.feedback.createMany({
    data: [
      { sessionId: s1.id, authorId: a, authorRole: "ACADEMIC", rating: 4 },
      { sessionId: s3.id, authorId: a, authorRole: "ACADEMIC", rating: 5 },
    ],
  });
  const s1Bookings = await db.booking.findMany({ where: { sessionId: s1.id, status: "ATTENDED" } });
  for (const b of s1Bookings)
    await db.expertFeedback.create({
      data: { bookingId: b.id, sessionId: s1.id, expertId: b.expertId, worthIt: b.expertId === e1 ? 3 : null },
    });

  // Institution B: teaching 45 min with E1 (the shared pool: E1 is one person across both).
  const b = await db.institution.create({
    data: { partnershipId: world.partnership.id, name: unique("Eastfield University"), shortName: "Eastfield" },
  });
  const coordinatorB = await createUser("COORDINATOR", { institutionId: b.id });
  const programmeB = await db.programme.create({
    data: { institutionId: b.id, name: unique("BSc Social Work"), level: "QUALIFYING_UNDERGRADUATE" },
  });
  const mb = await makeModule(programmeB.id, "Eastfield module");
  await attendedSession({ institution: b, coordinator: coordinatorB }, mb.id, "TEACHING_LEARNING", 45, [e1]);

  // Another partnership's records must never be counted.
  const stranger = await createWorld(1);
  await handRecord(stranger.module.id, stranger.academic.id, "TEACHING_LEARNING", 999);

  return {
    world,
    modules: { m1, m2, m3, m4, mb },
    pg,
    b,
    programmeB,
    coordinatorA: await callerFor("coordinator", world.coordinator),
    coordinatorB: await callerFor("coordinator", coordinatorB),
    academicA: await callerFor("academic", world.academic),
  };
}

let data: Awaited<ReturnType<typeof reportWorld>>;
beforeAll(async () => {
  data = await reportWorld();
});

const filters = (query: Record<string, string>) => reportFilters({ year: "2026/27", ...query });

describe("the university heat-map (modules × stages)", () => {
  it("counts sessions, hours and different experts per cell, row and stage, and keeps empty modules as gaps", async () => {
    const map = await involvementHeatMap(coordinatorScope(data.coordinatorA, filters({})));
    const { m1, m2, m3, m4 } = data.modules;
    expect(map.rows.map((r) => r.key).sort()).toEqual([m1.id, m2.id, m3.id, m4.id].sort());
    const row = (id: string) => map.rows.find((r) => r.key === id)!;

    expect(row(m1.id).stages.TEACHING_LEARNING).toEqual({ sessions: 3, minutes: 240, experts: 2 });
    expect(row(m1.id).stages.ASSESSMENT).toEqual({ sessions: 1, minutes: 90, experts: 0 });
    expect(row(m1.id).total).toEqual({ sessions: 4, minutes: 330, experts: 2 });
    expect(row(m2.id).total).toEqual({ sessions: 1, minutes: 120, experts: 1 });
    expect(row(m3.id).total).toEqual({ sessions: 0, minutes: 0, experts: 0 });
    expect(row(m3.id).gaps).toHaveLength(6);
    expect(row(m4.id).stages.ASSESSMENT).toEqual({ sessions: 1, minutes: 60, experts: 0 });

    expect(map.totals.stages.TEACHING_LEARNING).toEqual({ sessions: 3, minutes: 240, experts: 2 });
    expect(map.totals.stages.ASSESSMENT).toEqual({ sessions: 2, minutes: 150, experts: 0 });
    expect(map.totals.stages.PROGRAMME_DESIGN).toEqual({ sessions: 1, minutes: 120, experts: 1 });
    // Three different people, not 2 + 1 + … per row.
    expect(map.totals.total).toEqual({ sessions: 6, minutes: 510, experts: 3 });
    expect(map.totals.gaps).toEqual(["ADMISSIONS_SELECTION", "PRACTICE_LEARNING", "QUALITY_ASSURANCE"]);

    expect(map.previous.stages.TEACHING_LEARNING).toEqual({ sessions: 1, minutes: 120, experts: 0 });
    expect(map.previous.stages.QUALITY_ASSURANCE).toEqual({ sessions: 1, minutes: 60, experts: 0 });
    expect(map.previous.total).toEqual({ sessions: 2, minutes: 180, experts: 0 });

    expect(map.feedback.lecturers).toEqual({ total: 9, answers: 2 });
    expect(map.feedback.experts).toEqual({ total: 3, answers: 1 });
    expect(row(m1.id).lecturers).toEqual({ total: 4, answers: 1 });

    expect(map.busiest).toBe(3);
    expect([shade(0, 3), shade(1, 3), shade(2, 3), shade(3, 3)]).toEqual([0, 2, 3, 4]);
  });

  it("says what it shows in plain sentences", async () => {
    const map = await involvementHeatMap(coordinatorScope(data.coordinatorA, filters({})));
    expect(heatMapSummary(map, { one: "module", many: "modules" })).toEqual([
      "In 2026/27: 6 sessions of involvement (8.5 hours) with 3 different experts, in 3 of 4 modules.",
      "Most involvement was at Teaching and learning (3 sessions).",
      "No involvement at Admissions and selection, Practice learning or Quality assurance and programme management.",
      "1 module had no involvement at all.",
    ]);
    expect(comparisonSummary(map)).toEqual([
      "Compared with 2025/26: 4 more sessions (2 then), and 3 more different experts (0 then).",
      "The biggest rise was at Teaching and learning: 2 sessions more.",
      "The biggest fall was at Quality assurance and programme management: 1 session fewer.",
    ]);
  });

  it("names ties at the top stage together", async () => {
    const map = await involvementHeatMap(
      coordinatorScope(data.coordinatorA, filters({ level: "QUALIFYING_POSTGRADUATE" })),
    );
    map.totals.stages.TEACHING_LEARNING = { sessions: 1, minutes: 60, experts: 0 };
    expect(heatMapSummary(map, { one: "module", many: "modules" })[1]).toBe(
      "Most involvement was at Teaching and learning and Assessment (1 session each).",
    );
  });

  it("filters by programme and by level", async () => {
    const { m1, m2, m3, m4 } = data.modules;
    const byProgramme = await involvementHeatMap(
      coordinatorScope(data.coordinatorA, filters({ programme: data.world.programme.id })),
    );
    expect(byProgramme.rows.map((r) => r.key).sort()).toEqual([m1.id, m2.id, m3.id].sort());
    expect(byProgramme.totals.total).toEqual({ sessions: 5, minutes: 450, experts: 3 });

    const masters = await involvementHeatMap(
      coordinatorScope(data.coordinatorA, filters({ level: "QUALIFYING_POSTGRADUATE" })),
    );
    expect(masters.rows.map((r) => r.key)).toEqual([m4.id]);
    expect(masters.totals.total).toEqual({ sessions: 1, minutes: 60, experts: 0 });
    // Last year's module was on the degree, not the masters.
    expect(masters.previous.total.sessions).toBe(0);
  });

  it("shows an empty year as empty, with every module a gap and a sentence saying so", async () => {
    const map = await involvementHeatMap(coordinatorScope(data.coordinatorA, filters({ year: "2024/25" })));
    expect(map.rows).toEqual([]);
    expect(map.totals.total).toEqual({ sessions: 0, minutes: 0, experts: 0 });
    expect(map.busiest).toBe(0);
    expect(heatMapSummary(map, { one: "module", many: "modules" })).toEqual([
      "No involvement was recorded in 2024/25 for the modules shown here.",
    ]);
    expect(comparisonSummary(map)).toEqual(["No involvement was recorded in 2024/25 or 2023/24."]);
  });
});

describe("the partnership view and the programme view", () => {
  it("gives one row per university, counting a person who worked for both once", async () => {
    const map = await involvementHeatMap(coordinatorScope(data.coordinatorB, filters({ view: "partnership" })));
    expect(map.rows.map((r) => r.key).sort()).toEqual([data.world.institution.id, data.b.id].sort());
    const a = map.rows.find((r) => r.key === data.world.institution.id)!;
    const b = map.rows.find((r) => r.key === data.b.id)!;
    expect(a.total).toEqual({ sessions: 6, minutes: 510, experts: 3 });
    expect(b.total).toEqual({ sessions: 1, minutes: 45, experts: 1 });
    expect(map.totals.total).toEqual({ sessions: 7, minutes: 555, experts: 3 });
    expect(map.totals.stages.TEACHING_LEARNING).toEqual({ sessions: 4, minutes: 285, experts: 2 });
  });

  it("can narrow the partnership view to one university", async () => {
    const map = await involvementHeatMap(
      coordinatorScope(data.coordinatorA, filters({ view: "partnership", institution: data.b.id })),
    );
    expect(map.rows.map((r) => r.key)).toEqual([data.b.id]);
    expect(map.totals.total).toEqual({ sessions: 1, minutes: 45, experts: 1 });
  });

  it("gives academics their university's programmes in aggregate, and no other university's", async () => {
    const map = await involvementHeatMap(programmeScope(data.academicA, filters({})));
    expect(map.rows.map((r) => r.key).sort()).toEqual([data.world.programme.id, data.pg.id].sort());
    expect(map.rows.find((r) => r.key === data.world.programme.id)!.total).toEqual({
      sessions: 5,
      minutes: 450,
      experts: 3,
    });
    expect(map.totals.total).toEqual({ sessions: 6, minutes: 510, experts: 3 });
  });
});

describe("who sees what", () => {
  const csv = async (get: (r: Request) => Promise<Response>, path: string) => {
    const response = await get(new Request(`http://localhost${path}`));
    return { status: response.status, text: response.status === 200 ? await response.text() : "" };
  };

  it("never shows another university's modules to a coordinator: another's programme is no filter at all", async () => {
    const map = await involvementHeatMap(
      coordinatorScope(data.coordinatorA, filters({ programme: data.programmeB.id })),
    );
    expect(map.rows).toEqual([]);
    expect(map.totals.total.sessions).toBe(0);

    actAs(data.world.coordinator);
    const own = await csv(coordinatorCsv, "/coordinator/reports/csv?year=2026/27");
    expect(own.status).toBe(200);
    expect(own.text).toContain(data.modules.m1.code);
    expect(own.text).not.toContain(data.modules.mb.code);
    // The partnership view: universities and figures, no module of either.
    const whole = await csv(coordinatorCsv, "/coordinator/reports/csv?year=2026/27&view=partnership");
    expect(whole.text).toContain(data.b.name);
    expect(whole.text).not.toContain(data.modules.mb.code);
    expect(whole.text).not.toContain(data.modules.m1.code);
    const lines = whole.text.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 2 + 1); // heading, two universities, the total
    expect(lines.at(-1)).toContain("2026/27,All,,0,0,1,2,4,4.75,2,2.5,0,0,0,0,7,9.25,3,4.5,2,3,1,");
  });

  it("gives academics programme figures only, and the comparison as CSV", async () => {
    actAs(data.world.academic);
    const result = await csv(academicCsv, "/academic/report/programmes/csv?year=2026/27");
    expect(result.status).toBe(200);
    expect(result.text).toContain(data.pg.name);
    expect(result.text).not.toContain(data.modules.m1.code);
    expect(result.text).not.toContain(data.programmeB.name);
    const comparison = await csv(academicCsv, "/academic/report/programmes/csv?year=2026/27&table=comparison");
    expect(comparison.text.split("\r\n")[0]).toBe(
      "Stage,Sessions 2026/27,Sessions 2025/26,Change in sessions,Hours 2026/27,Hours 2025/26,Different experts 2026/27,Different experts 2025/26",
    );
    expect(comparison.text).toContain("Teaching and learning,3,1,2,4,2,2,0\r\n");
    expect(comparison.text).toContain("All stages,6,2,4,8.5,3,3,0\r\n");
  });

  it("refuses experts, academics on the coordinators' report, and people not signed in", async () => {
    actAs(data.world.experts[0]!.user);
    expect((await csv(coordinatorCsv, "/coordinator/reports/csv")).status).toBe(403);
    expect((await csv(academicCsv, "/academic/report/programmes/csv")).status).toBe(403);
    actAs(data.world.academic);
    expect((await csv(coordinatorCsv, "/coordinator/reports/csv")).status).toBe(403);
    actAs(null);
    expect((await csv(coordinatorCsv, "/coordinator/reports/csv")).status).toBe(401);
  });
});

describe("the filters", () => {
  it("fall back to no filter on anything malformed, and to the current year", () => {
    const f = reportFilters(
      { view: "everything", level: "PHD", programme: "x'; drop table", year: "2026/99" },
      new Date("2026-12-04T12:00:00Z"),
    );
    expect(f).toEqual({
      view: "institution",
      year: "2026/27",
      level: undefined,
      programme: undefined,
      institution: undefined,
    });
  });
});
