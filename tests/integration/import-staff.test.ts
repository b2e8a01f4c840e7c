import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExpert, createUser, createWorld } from "../helpers/factories";
import { confirm, preview, upload, uploadFixture } from "./import-helpers";

const me = (w: Awaited<ReturnType<typeof createWorld>>) => ({ id: w.admin.id, partnershipId: w.partnership.id });
const staffOf = (domain: string) =>
  db.user.findMany({
    where: { email: { endsWith: domain } },
    orderBy: { email: "asc" },
    select: { email: true, name: true, role: true, institutionId: true, passwordHash: true },
  });

describe("importing staff accounts", () => {
  for (const [file, domain] of [
    ["staff-good.csv", "@staff-csv.fixture.example"],
    ["staff-good.xlsx", "@staff-xlsx.fixture.example"],
  ] as const) {
    it(`makes accounts from ${file} without passwords or emails; again changes nothing`, async () => {
      const w = await createWorld(0);
      const batchId = await uploadFixture(w.admin, "admin", "STAFF", file);
      expect((await preview(me(w), "admin", batchId)).plan?.counts).toEqual({
        create: 4,
        update: 0,
        unchanged: 0,
        problem: 0,
      });
      await confirm(w.admin, "admin", batchId);
      const staff = await staffOf(domain);
      expect(staff.map((s) => [s.name, s.role])).toEqual([
        ["Dr Alex Morgan", "ACADEMIC"],
        ["Jo Bright", "COORDINATOR"],
        ["Priya Shah", "ACADEMIC"],
        ["Sam Reed", "ADMIN"],
      ]);
      expect(staff.every((s) => s.institutionId === w.institution.id && s.passwordHash === null)).toBe(true);
      expect(await db.message.count({ where: { user: { email: { endsWith: domain } } } })).toBe(0);
      const again = await uploadFixture(w.admin, "admin", "STAFF", file);
      expect((await preview(me(w), "admin", again)).plan?.counts).toMatchObject({ unchanged: 4 });
    });
  }

  it("updates name and role of the same university's staff; other accounts, the admin's own role and another admin's role are problems", async () => {
    const w = await createWorld(0);
    const other = await createWorld(0);
    const expert = await createExpert(w.partnership.id);
    const colleague = await createUser("ADMIN", { institutionId: w.institution.id });
    const csv = [
      "Name,Email,Role",
      `New Name,${w.academic.email},Coordinator`,
      `Someone,${other.coordinator.email},Coordinator`,
      `An Expert,${expert.user.email},Academic`,
      `Me,${w.admin.email},Academic`,
      `Colleague,${colleague.email},Coordinator`,
      `Nobody,nobody-${Date.now()}@staff.example,Professor`,
      `,missing-${Date.now()}@staff.example,`,
    ].join("\n");
    const batchId = await uploadFixture(w.admin, "admin", "STAFF", "s.csv", new TextEncoder().encode(csv));
    const { plan } = await preview(me(w), "admin", batchId);
    expect(plan?.rows.map((r) => r.action)).toEqual([
      "update",
      "problem",
      "problem",
      "problem",
      "problem",
      "problem",
      "problem",
    ]);
    expect(plan?.rows[0]!.changes).toEqual([`name: ${w.academic.name} → New Name`, "role: Academic → Coordinator"]);
    expect(plan?.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Email"],
      [4, "Email"],
      [5, "Role"],
      [6, "Role"],
      [7, "Role"],
      [8, "Name"],
      [8, "Role"],
    ]);
    // An admin's role changes only on the staff page, which keeps the partnership's last admin.
    expect(plan?.problems.find((p) => p.row === 6)?.message).toMatch(/is an admin\. To change an admin's role/);
    expect((await confirm(w.admin, "admin", batchId)).state).toMatchObject({ code: "INVALID" });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.academic.id } })).role).toBe("ACADEMIC");
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).role).toBe("ADMIN");
  });

  it("rechecks at confirm: an account made since the preview stops the import", async () => {
    const w = await createWorld(0);
    const email = `late-${Date.now()}@staff.example`;
    const batchId = await uploadFixture(
      w.admin,
      "admin",
      "STAFF",
      "s.csv",
      new TextEncoder().encode(`Name,Email,Role\nLate,${email},Academic\n`),
    );
    expect((await preview(me(w), "admin", batchId)).plan?.counts.create).toBe(1);
    const other = await createWorld(0);
    await db.user.create({ data: { email, name: "Elsewhere", role: "ACADEMIC", institutionId: other.institution.id } });
    const outcome = await confirm(w.admin, "admin", batchId);
    expect(outcome.state).toMatchObject({ code: "INVALID" });
    expect(outcome.state?.message).toContain("Row 2 has a problem");
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).appliedAt).toBeNull();
  });

  it("two confirms at once apply the batch once", async () => {
    const w = await createWorld(0);
    const email = `race-${Date.now()}@staff.example`;
    const batchId = await uploadFixture(
      w.admin,
      "admin",
      "STAFF",
      "s.csv",
      new TextEncoder().encode(`Name,Email,Role\nRace,${email},Academic\n`),
    );
    const outcomes = await Promise.all([confirm(w.admin, "admin", batchId), confirm(w.admin, "admin", batchId)]);
    expect(outcomes.filter((o) => o.redirectedTo)).toHaveLength(1);
    expect(outcomes.filter((o) => o.state?.code === "CONFLICT")).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: batchId, action: "import.applied" } })).toBe(1);
  });

  it("two files adding the same new accounts at once: the accounts are made once, never half an import", async () => {
    const w = await createWorld(0);
    const email = `twice-${Date.now()}@staff.example`;
    const file = new TextEncoder().encode(`Name,Email,Role\nTwice,${email},Academic\nOther,other-${email},Academic\n`);
    const first = await uploadFixture(w.admin, "admin", "STAFF", "a.csv", file);
    const second = await uploadFixture(w.admin, "admin", "STAFF", "b.csv", file);
    const outcomes = await Promise.all([confirm(w.admin, "admin", first), confirm(w.admin, "admin", second)]);
    // Overlapping, the later one meets the unique email and is refused whole (CONFLICT); if it ran
    // after the first had committed, its rows were simply "no change". Never a half import or an error.
    for (const o of outcomes) expect(o.redirectedTo ?? o.state?.code).toMatch(/^(\/admin\/import\/|CONFLICT$)/);
    expect(outcomes.some((o) => o.redirectedTo)).toBe(true);
    expect(await db.user.count({ where: { email: { in: [email, `other-${email}`] } } })).toBe(2);
  });

  it("is refused to coordinators and to admins of another partnership", async () => {
    const w = await createWorld(0);
    const file = { name: "s.csv", bytes: `Name,Email,Role\nA,a-${Date.now()}@staff.example,Academic\n` };
    expect((await upload(w.coordinator, "admin", "STAFF", file)).state).toMatchObject({ code: "FORBIDDEN" });
    const batchId = await uploadFixture(w.admin, "admin", "STAFF", "s.csv", new TextEncoder().encode(file.bytes));
    const other = await createWorld(0);
    const otherAdmin = await createUser("ADMIN", { institutionId: other.institution.id });
    expect((await confirm(otherAdmin, "admin", batchId)).state).toMatchObject({ code: "NOT_FOUND" });
    expect((await confirm(w.coordinator, "admin", batchId)).state).toMatchObject({ code: "FORBIDDEN" });
  });
});
