/**
 * The regulator evidence pack (issue 15): one programme and academic year, stage by stage, with
 * partner groups, examples without personal details, feedback and "You said, we did", mapped to
 * the university's regulator. Every figure is worked out by hand from what this file writes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as evidenceCsvRoute } from "@/app/(coordinator)/coordinator/reports/evidence/csv/route";
import { db } from "@/lib/db";
import { evidencePack, type EvidencePack } from "@/lib/evidence/pack";
import { evidenceCsv, evidenceSummary, examplesCsv } from "@/lib/evidence/summary";
import { REGULATOR_STANDARDS } from "@/lib/evidence/standards";
import type { InvolvementStage, ParticipationLevel } from "@/lib/generated/prisma/enums";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createSession, createUser, createWorld, unique } from "../helpers/factories";

async function evidenceWorld() {
  const world = await createWorld(3);
  const [e1, e2, e3] = world.experts.map((e) => e.expert.id) as [string, string, string];
  await db.institution.update({ where: { id: world.institution.id }, data: { regulator: "SOCIAL_WORK_ENGLAND" } });
  const m1 = world.module;

  async function opportunity(stage: InvolvementStage, title: string, level: ParticipationLevel | null) {
    const o = await createOpportunity(world);
    return db.opportunity.update({
      where: { id: o.id },
      data: { stage, title, summary: `${title}: what people with lived experience did.`, participationLevel: level },
    });
  }
  async function attended(opportunityId: string, day: string, minutes: number, experts: string[]) {
    const s = await createSession(opportunityId, { startsAt: new Date(`${day}T10:00:00Z`), minutes });
    await db.booking.createMany({
      data: experts.map((expertId) => ({ sessionId: s.id, expertId, status: "ATTENDED" as const })),
    });
    await db.$transaction((tx) => recordSessionInvolvement({ sessionId: s.id, loggedById: world.academic.id }, tx));
  }

  // Admissions: two interview days of one opportunity (one example), 60 + 120 min, E1 and E2.
  const interviews = await opportunity("ADMISSIONS_SELECTION", unique("Interview panels"), "PARTNERSHIP");
  await attended(interviews.id, "2026-10-05", 60, [e1, e2]);
  await attended(interviews.id, "2026-11-09", 120, [e1]);
  // Teaching: 90 min with E3, who belongs to no partner group; user-led.
  const talk = await opportunity("TEACHING_LEARNING", unique("Hearing voices talk"), "USER_LED");
  await attended(talk.id, "2026-10-20", 90, [e3]);
  // Assessment by hand: 30 min, no level.
  await db.involvementRecord.create({
    data: {
      moduleId: m1.id,
      loggedById: world.academic.id,
      stage: "ASSESSMENT",
      minutes: 30,
      date: new Date("2026-12-01T10:00:00Z"),
      description: "Two carers co-marked the case study presentations.",
    },
  });
  // Not counted: last year's module, and another programme of the same university.
  const lastYear = await db.module.create({
    data: { programmeId: world.programme.id, code: m1.code, title: m1.title, yearOfStudy: 1, academicYear: "2025/26" },
  });
  await db.involvementRecord.create({
    data: {
      moduleId: lastYear.id,
      loggedById: world.academic.id,
      stage: "QUALITY_ASSURANCE",
      minutes: 600,
      date: new Date("2026-03-01T10:00:00Z"),
      description: "Last year",
    },
  });
  const other = await db.programme.create({
    data: { institutionId: world.institution.id, name: unique("MA Social Work"), level: "QUALIFYING_POSTGRADUATE" },
  });
  const otherModule = await db.module.create({
    data: { programmeId: other.id, code: unique("MA"), title: "Other", yearOfStudy: 1, academicYear: "2026/27" },
  });
  await db.involvementRecord.create({
    data: {
      moduleId: otherModule.id,
      loggedById: world.academic.id,
      stage: "QUALITY_ASSURANCE",
      minutes: 45,
      date: new Date("2026-11-01T10:00:00Z"),
      description: "Another programme",
    },
  });

  // Partner groups: P1 has E1 and E2, P2 has E2: two groups at admissions, none at teaching.
  const p = world.partnership.id;
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
      experts: { connect: [{ id: e2 }] },
    },
  });

  // You said, we did: one this academic year, one before it.
  const author = world.coordinator.id;
  await db.youSaidWeDid.createMany({
    data: [
      {
        partnershipId: p,
        institutionId: world.institution.id,
        authorId: author,
        youSaid: "Interview days were too long.",
        weDid: "We added a break after every third interview.",
        publishedAt: new Date("2026-11-15T12:00:00Z"),
      },
      {
        partnershipId: p,
        institutionId: world.institution.id,
        authorId: author,
        youSaid: "Old news",
        weDid: "Old change",
        publishedAt: new Date("2026-06-01T12:00:00Z"),
      },
    ],
  });
  return { world, interviews, talk, other, coordinator: await callerFor("coordinator", world.coordinator) };
}

let data: Awaited<ReturnType<typeof evidenceWorld>>;
let pack: EvidencePack;

beforeAll(async () => {
  data = await evidenceWorld();
  const found = await evidencePack({
    user: data.coordinator,
    programmeId: data.world.programme.id,
    academicYear: "2026/27",
  });
  if (!found) throw new Error("expected the pack");
  pack = found;
});

describe("the evidence pack", () => {
  it("counts sessions, hours, experts and partner groups per stage, for this programme and year only", () => {
    const { stages, total } = pack.map.totals;
    expect(stages.ADMISSIONS_SELECTION).toEqual({ sessions: 2, minutes: 180, experts: 2 });
    expect(stages.TEACHING_LEARNING).toEqual({ sessions: 1, minutes: 90, experts: 1 });
    expect(stages.ASSESSMENT).toEqual({ sessions: 1, minutes: 30, experts: 0 });
    expect(stages.QUALITY_ASSURANCE).toEqual({ sessions: 0, minutes: 0, experts: 0 });
    expect(total).toEqual({ sessions: 4, minutes: 300, experts: 3 });
    expect(pack.partnersByStage.get("ADMISSIONS_SELECTION")).toBe(2);
    expect(pack.partnersByStage.get("TEACHING_LEARNING")).toBeUndefined();
    expect(pack.partnersInAll).toBe(2);
    expect(pack.map.depth.total.PARTNERSHIP.sessions).toBe(2);
    expect(pack.map.depth.total.USER_LED.sessions).toBe(1);
    expect(pack.map.depth.total.NONE.sessions).toBe(1);
    expect(evidenceSummary(pack)).toEqual([
      `In 2026/27, ${data.world.programme.name} had 4 sessions of involvement (5 hours) with 3 different experts from 2 partner groups, at 3 of the 6 stages.`,
      "Nothing is recorded at: Programme design; Practice learning; Quality assurance and programme management.",
    ]);
  });

  it("gives one example per opportunity, from its title and summary or the lecturer's words, naming no one", async () => {
    expect(pack.examples.map((e) => [e.stage, e.title, e.level])).toEqual([
      ["ADMISSIONS_SELECTION", data.interviews.title, "PARTNERSHIP"],
      ["TEACHING_LEARNING", data.talk.title, "USER_LED"],
      ["ASSESSMENT", `${data.world.module.code} Communication skills`, null],
    ]);
    expect(pack.examples[2]!.description).toBe("Two carers co-marked the case study presentations.");
    const csv = examplesCsv(pack) + evidenceCsv(pack);
    const names = await db.user.findMany({
      where: { id: { in: data.world.experts.map((e) => e.user.id) } },
      select: { name: true, email: true },
    });
    for (const person of names) {
      expect(csv).not.toContain(person.name);
      expect(csv).not.toContain(person.email);
    }
  });

  it("maps each stage to the regulator, with a clause number only where verified", () => {
    expect(pack.regulator).toBe(REGULATOR_STANDARDS.SOCIAL_WORK_ENGLAND);
    const lines = evidenceCsv(pack).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Programme,Academic year,Stage,Social Work England: standard,Social Work England: what it asks,Sessions,Hours,Different experts,Partner groups,User-led: sessions,Partnership or co-production: sessions,Consultation: sessions,Not recorded: sessions",
    );
    const name = data.world.programme.name;
    expect(lines[1]).toBe(
      `${name},2026/27,Admissions and selection,1.3,People with lived experience of social work are involved in admissions processes.,2,3,2,2,0,2,0,0`,
    );
    expect(lines[3]).toContain(",Teaching and learning,No clause number given,");
    expect(lines.at(-1)).toBe(`${name},2026/27,All stages,,,4,5,3,2,1,2,0,1`);
    // Every clause number in the data is one we have a cited source for: only SWE 1.3 today.
    const clauses = Object.values(REGULATOR_STANDARDS).flatMap((r) => Object.values(r.stages).map((s) => s.clause));
    expect(clauses.filter(Boolean)).toEqual(["1.3"]);
  });

  it("shows what changed in that academic year", () => {
    expect(pack.changes.map((c) => c.youSaid)).toEqual(["Interview days were too long."]);
  });

  it("leaves the standards out when the university has no regulator", async () => {
    await db.institution.update({ where: { id: data.world.institution.id }, data: { regulator: null } });
    const none = await evidencePack({
      user: data.coordinator,
      programmeId: data.world.programme.id,
      academicYear: "2026/27",
    });
    await db.institution.update({
      where: { id: data.world.institution.id },
      data: { regulator: "SOCIAL_WORK_ENGLAND" },
    });
    expect(none?.regulator).toBeNull();
    expect(evidenceCsv(none!).split("\r\n")[0]).toBe(
      "Programme,Academic year,Stage,Sessions,Hours,Different experts,Partner groups,User-led: sessions,Partnership or co-production: sessions,Consultation: sessions,Not recorded: sessions",
    );
  });
});

describe("who sees the evidence pack", () => {
  const get = async (path: string) => {
    const response = await evidenceCsvRoute(new Request(`http://localhost${path}`));
    return { status: response.status, text: response.status === 200 ? await response.text() : "" };
  };

  it("is the coordinator's of the programme's own university only", async () => {
    const path = `/coordinator/reports/evidence/csv?programme=${data.world.programme.id}&year=2026/27`;
    actAs(data.world.coordinator);
    const own = await get(path);
    expect(own.status).toBe(200);
    expect(own.text).toContain("Admissions and selection,1.3,");
    expect((await get(`${path}&table=examples`)).text).toContain(data.interviews.title);
    // No programme asked for: the first of the university's by name, as the page opens on.
    const first = await get("/coordinator/reports/evidence/csv?year=2026/27");
    expect(first.status).toBe(200);
    expect(first.text).toContain(`${data.world.programme.name},2026/27,Admissions and selection,1.3,`);

    // A coordinator of another university in the same partnership: not found, nothing shown.
    const b = await db.institution.create({
      data: { partnershipId: data.world.partnership.id, name: unique("Eastfield"), shortName: "East" },
    });
    const coordinatorB = await createUser("COORDINATOR", { institutionId: b.id });
    expect(
      await evidencePack({
        user: await callerFor("coordinator", coordinatorB),
        programmeId: data.world.programme.id,
        academicYear: "2026/27",
      }),
    ).toBeNull();
    actAs(coordinatorB);
    expect((await get(path)).status).toBe(404);

    actAs(data.world.academic);
    expect((await get(path)).status).toBe(403);
    actAs(data.world.experts[0]!.user);
    expect((await get(path)).status).toBe(403);
    actAs(null);
    expect((await get(path)).status).toBe(401);
  });
});
