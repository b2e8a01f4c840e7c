import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, createWorld } from "../helpers/factories";
import { confirm, preview, upload, uploadFixture } from "./import-helpers";

async function world(domain: string) {
  const w = await createWorld(0);
  await db.programme.create({
    data: { institutionId: w.institution.id, name: "BA (Hons) Social Work", level: "QUALIFYING_UNDERGRADUATE" },
  });
  const leader = await db.user.create({
    data: { email: `leader@${domain}`, name: "Dr Leader", role: "ACADEMIC", institutionId: w.institution.id },
  });
  return { ...w, leader, me: { id: w.admin.id, partnershipId: w.partnership.id } };
}

const modulesOf = (institutionId: string) =>
  db.module.findMany({
    where: { programme: { institutionId, name: "BA (Hons) Social Work" } },
    orderBy: [{ academicYear: "asc" }, { code: "asc" }],
    select: { code: true, title: true, yearOfStudy: true, academicYear: true, leaderId: true },
  });

describe("importing modules", () => {
  for (const [file, domain] of [
    ["modules-good.csv", "modules-csv.fixture.example"],
    ["modules-good.xlsx", "modules-xlsx.fixture.example"],
  ] as const) {
    it(`imports ${file} into the admin's university, and again changes nothing`, async () => {
      const w = await world(domain);
      const batchId = await uploadFixture(w.admin, "admin", "MODULES", file);
      expect((await preview(w.me, "admin", batchId)).plan?.counts).toEqual({
        create: 4,
        update: 0,
        unchanged: 0,
        problem: 0,
      });
      await confirm(w.admin, "admin", batchId);
      const modules = await modulesOf(w.institution.id);
      expect(modules).toEqual([
        {
          code: "SW101",
          title: "Readiness for practice",
          yearOfStudy: 1,
          academicYear: "2026/27",
          leaderId: w.leader.id,
        },
        { code: "SW102", title: "Law and social work", yearOfStudy: 1, academicYear: "2026/27", leaderId: null },
        {
          code: "SW201",
          title: "Working with families",
          yearOfStudy: 2,
          academicYear: "2026/27",
          leaderId: w.leader.id,
        },
        {
          code: "SW101",
          title: "Readiness for practice",
          yearOfStudy: 1,
          academicYear: "2027/28",
          leaderId: w.leader.id,
        },
      ]);
      const again = await uploadFixture(w.admin, "admin", "MODULES", file);
      expect((await preview(w.me, "admin", again)).plan?.counts).toMatchObject({ unchanged: 4 });
    });
  }

  it("names an unknown leader, a wrong academic year, an unknown programme and university; writes nothing", async () => {
    const w = await world("modules-bad-world.fixture.example");
    const batchId = await uploadFixture(w.admin, "admin", "MODULES", "modules-bad.csv");
    const { plan } = await preview(w.me, "admin", batchId);
    expect(plan?.counts.problem).toBe(4);
    expect(plan?.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Leader email"],
      [3, "Academic year"],
      [4, "Programme"],
      [5, "Year of study"],
      [5, "Institution"],
    ]);
    expect(plan?.problems[0]!.message).toMatch(
      /^Unknown module leader: no active academic at .* has the email address nobody@/,
    );
    expect(plan?.problems[1]!.message).toBe(
      "“2026-2028” is not in the right format. Write the academic year like 2026/27.",
    );
    expect((await confirm(w.admin, "admin", batchId)).state).toMatchObject({ code: "INVALID" });
    expect(await modulesOf(w.institution.id)).toEqual([]);
  });

  it("holds a code and a year of study to the rules of the module form, so an imported module can be edited", async () => {
    const w = await world("modules-rules.fixture.example");
    const csv = [
      "Institution,Programme,Code,Title,Year of study,Academic year",
      ",BA (Hons) Social Work,SW101!,Title,1,2026/27",
      `,BA (Hons) Social Work,${"X".repeat(21)},Title,1,2026/27`,
      ",BA (Hons) Social Work,SW109,Title,6,2026/27",
      ",BA (Hons) Social Work,SW 1.2/3-A,Title,5,2026/27",
    ].join("\n");
    const batchId = await uploadFixture(w.admin, "admin", "MODULES", "m.csv", new TextEncoder().encode(csv));
    const { plan } = await preview(w.me, "admin", batchId);
    expect(plan?.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Code"],
      [3, "Code"],
      [4, "Year of study"],
    ]);
    expect(plan?.rows[3]!.action).toBe("create");
  });

  it("refuses a leader who is not an active academic of that university", async () => {
    const w = await world("modules-leaders.fixture.example");
    const inactive = await createUser("ACADEMIC", { institutionId: w.institution.id }, { active: false });
    const coordinator = w.coordinator;
    const other = await createWorld(0);
    const elsewhere = await createUser("ACADEMIC", { institutionId: other.institution.id });
    const rows = [inactive, coordinator, elsewhere].map(
      (u, i) => `,BA (Hons) Social Work,L${i},Title,1,2026/27,${u.email}`,
    );
    const csv = ["Institution,Programme,Code,Title,Year of study,Academic year,Leader email", ...rows].join("\n");
    const batchId = await uploadFixture(w.admin, "admin", "MODULES", "m.csv", new TextEncoder().encode(csv));
    const { plan } = await preview(w.me, "admin", batchId);
    expect(plan?.problems.map((p) => p.column)).toEqual(["Leader email", "Leader email", "Leader email"]);
  });

  it("imports into another university of the partnership named in the Institution column", async () => {
    const w = await world("modules-sibling.fixture.example");
    const sibling = await db.institution.create({
      data: { name: `Sibling ${w.institution.name}`, shortName: "SIB", partnershipId: w.partnership.id },
    });
    await db.programme.create({
      data: { institutionId: sibling.id, name: "MA Social Work", level: "QUALIFYING_POSTGRADUATE" },
    });
    const csv =
      "Institution,Programme,Code,Title,Year of study,Academic year\nsib,MA Social Work,MA1,Values,1,2026/27\n";
    const batchId = await uploadFixture(w.admin, "admin", "MODULES", "m.csv", new TextEncoder().encode(csv));
    await confirm(w.admin, "admin", batchId);
    expect(await db.module.count({ where: { programme: { institutionId: sibling.id }, code: "MA1" } })).toBe(1);
  });

  it("is for admins only; another partnership's admin cannot see or confirm it", async () => {
    const w = await world("modules-refusals.fixture.example");
    const file = {
      name: "m.csv",
      bytes: "Programme,Code,Title,Year of study,Academic year\nBA (Hons) Social Work,X1,T,1,2026/27\n",
    };
    expect((await upload(w.coordinator, "admin", "MODULES", file)).state).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload(w.academic, "admin", "MODULES", file)).state).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload(w.admin, "admin", "EXPERTS", file)).state).toMatchObject({ code: "INVALID" });
    const batchId = await uploadFixture(w.admin, "admin", "MODULES", "m.csv", new TextEncoder().encode(file.bytes));
    const other = await createWorld(0);
    expect((await confirm(other.admin, "admin", batchId)).state).toMatchObject({ code: "NOT_FOUND" });
    expect((await confirm(w.coordinator, "admin", batchId)).state).toMatchObject({ code: "FORBIDDEN" });
    expect(await modulesOf(w.institution.id)).toEqual([]);
  });
});
