import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/(academic)/academic/report/csv/route";
import { db } from "@/lib/db";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { involvementReport, moduleSummaries } from "@/lib/reports/queries";
import { STAGES } from "@/lib/reports/summary";
import { actAs } from "../helpers/actor";
import { callerFor } from "../helpers/caller";
import { createExpert, createOpportunity, createSession, createWorld, unique } from "../helpers/factories";

async function record(moduleId: string, loggedById: string, stage: InvolvementStage, minutes: number, expertCount = 1) {
  return db.involvementRecord.create({
    data: {
      moduleId,
      loggedById,
      stage,
      minutes,
      expertCount,
      date: new Date("2026-11-02T10:00:00Z"),
      description: "Test",
    },
  });
}

/** Two modules in 2026/27 and one in 2025/26, led by the world's academic, with known minutes. */
async function reportWorld() {
  const world = await createWorld(2);
  const second = await db.module.create({
    data: {
      programmeId: world.programme.id,
      code: unique("SW5"),
      title: "Adults, rights, and law",
      yearOfStudy: 2,
      academicYear: "2026/27",
      leaderId: world.academic.id,
    },
  });
  const lastYear = await db.module.create({
    data: {
      programmeId: world.programme.id,
      code: world.module.code,
      title: world.module.title,
      yearOfStudy: 1,
      academicYear: "2025/26",
      leaderId: world.academic.id,
    },
  });
  const a = world.academic.id;
  await record(world.module.id, a, "TEACHING_LEARNING", 90, 2);
  await record(world.module.id, a, "TEACHING_LEARNING", 45);
  await record(world.module.id, a, "ASSESSMENT", 20, 3);
  await record(second.id, a, "PROGRAMME_DESIGN", 240, 2);
  await record(lastYear.id, a, "QUALITY_ASSURANCE", 600);
  // A session-linked record counts the same way as a hand-entered one.
  const opportunity = await createOpportunity(world);
  const session = await createSession(opportunity.id, { startsAt: new Date("2026-10-14T09:00:00Z"), minutes: 150 });
  await db.booking.createMany({
    data: world.experts.map((e) => ({ sessionId: session.id, expertId: e.expert.id, status: "ATTENDED" as const })),
  });
  await db.$transaction((tx) =>
    recordSessionInvolvement({ sessionId: session.id, loggedById: world.coordinator.id }, tx),
  );
  // Someone else's module in the same year must not appear.
  const other = await createWorld(0);
  await record(other.module.id, other.academic.id, "TEACHING_LEARNING", 999);
  return { world, second, lastYear, leader: await callerFor("academic", world.academic) };
}

describe("involvement report", () => {
  let data: Awaited<ReturnType<typeof reportWorld>>;
  beforeEach(async () => {
    data = await reportWorld();
  });

  it("adds up minutes per module and stage for one academic year, and shows the gaps", async () => {
    const report = await involvementReport({ user: data.leader, academicYear: "2026/27" });
    expect(report.rows.map((r) => r.module.id).sort()).toEqual([data.world.module.id, data.second.id].sort());
    const first = report.rows.find((r) => r.module.id === data.world.module.id)!;
    expect(first.stages.TEACHING_LEARNING).toEqual({ minutes: 90 + 45 + 150, records: 3 });
    expect(first.stages.ASSESSMENT).toEqual({ minutes: 20, records: 1 });
    expect(first.total).toEqual({ minutes: 305, records: 4 });
    expect(first.gaps).toEqual(["ADMISSIONS_SELECTION", "PROGRAMME_DESIGN", "PRACTICE_LEARNING", "QUALITY_ASSURANCE"]);
    const second = report.rows.find((r) => r.module.id === data.second.id)!;
    expect(second.gaps).toEqual(STAGES.filter((s) => s !== "PROGRAMME_DESIGN"));
    expect(report.totals.total).toEqual({ minutes: 545, records: 5 });
    expect(report.totals.stages.QUALITY_ASSURANCE).toEqual({ minutes: 0, records: 0 }); // last year's 600 is not here
    const last = await involvementReport({ user: data.leader, academicYear: "2025/26" });
    expect(last.totals.total).toEqual({ minutes: 600, records: 1 });
  });

  it("gives the home page one page of modules with the same figures", async () => {
    const all = await moduleSummaries({ user: data.leader, skip: 0, take: 25 });
    expect(all.total).toBe(3);
    const thisYear = await moduleSummaries({ user: data.leader, academicYear: "2026/27", skip: 0, take: 1 });
    expect(thisYear.total).toBe(2);
    expect(thisYear.rows).toHaveLength(1);
  });

  it("downloads the same figures as CSV, hours from minutes, gaps written out", async () => {
    actAs(data.world.academic);
    const response = await GET(new Request("http://localhost/academic/report/csv?year=2026/27"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="involvement-2026-27.csv"');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for spreadsheets
    const text = await response.text(); // the decoder drops the mark
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe(""); // every record ends with CRLF
    expect(lines[0]).toBe(
      "Academic year,Module code,Module title,Programme,Year of study," +
        "Admissions and selection: hours,Admissions and selection: records,Programme design: hours,Programme design: records," +
        "Teaching and learning: hours,Teaching and learning: records,Assessment: hours,Assessment: records," +
        "Practice learning: hours,Practice learning: records," +
        "Quality assurance and programme management: hours,Quality assurance and programme management: records," +
        "Total hours,Total records,Stages with no involvement",
    );
    const rowFor = (code: string) => lines.find((l) => l.startsWith(`2026/27,${code},`));
    expect(rowFor(data.world.module.code)).toBe(
      `2026/27,${data.world.module.code},Communication skills,${data.world.programme.name},1,` +
        "0,0,0,0,4.75,3,0.33,1,0,0,0,0,5.08,4," +
        "Admissions and selection; Programme design; Practice learning; Quality assurance and programme management",
    );
    expect(rowFor(data.second.code)).toContain(`"Adults, rights, and law"`);
    expect(rowFor(data.second.code)).toContain(",0,0,4,1,0,0,");
    expect(lines[3]).toBe(
      "2026/27,All modules,2 modules,,,0,0,4,1,4.75,3,0.33,1,0,0,0,0,9.08,5,Admissions and selection; Practice learning; Quality assurance and programme management",
    );
    expect(lines).toHaveLength(5);
    expect(text).not.toContain("999");
  });

  it("falls back to the current academic year for a nonsense year", async () => {
    actAs(data.world.academic);
    const text = await (await GET(new Request("http://localhost/academic/report/csv?year=2026/99"))).text();
    expect(text).toMatch(/\r\n\d{4}\/\d{2},All modules,/);
    expect(text).not.toContain("2026/99");
  });

  it("is for signed-in academics only", async () => {
    actAs(null);
    expect((await GET(new Request("http://localhost/academic/report/csv"))).status).toBe(401);
    const { user: expert } = await createExpert(data.world.partnership.id);
    for (const user of [data.world.coordinator, data.world.admin, expert]) {
      actAs(user);
      const response = await GET(new Request("http://localhost/academic/report/csv?year=2026/27"));
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(data.world.module.code);
    }
  });
});
