import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorld } from "../helpers/factories";
import { confirm, preview, upload, uploadFixture } from "./import-helpers";

const me = (w: Awaited<ReturnType<typeof createWorld>>) => ({ id: w.coordinator.id, partnershipId: w.partnership.id });
const partnersOf = (partnershipId: string) =>
  db.partner.findMany({
    where: { partnershipId },
    orderBy: { name: "asc" },
    select: { name: true, type: true, contactName: true, contactEmail: true, contactPhone: true, notes: true },
  });

describe("importing partner groups", () => {
  for (const file of ["partners-good.csv", "partners-good.xlsx"]) {
    it(`imports ${file} into the partnership, and the same file again changes nothing`, async () => {
      const w = await createWorld(0);
      const batchId = await uploadFixture(w.coordinator, "coordinator", "PARTNERS", file);
      expect((await preview(me(w), "coordinator", batchId)).plan?.counts).toEqual({
        create: 5,
        update: 0,
        unchanged: 0,
        problem: 0,
      });
      await confirm(w.coordinator, "coordinator", batchId);
      const partners = await partnersOf(w.partnership.id);
      expect(partners.map((p) => p.type)).toEqual([
        "CARERS_CENTRE",
        "VOLUNTARY_ORGANISATION",
        "OTHER",
        "ADVOCACY_GROUP",
        "USER_LED_GROUP",
      ]);
      expect(partners[0]).toMatchObject({ contactEmail: "lee@carers.example", notes: "Tuesdays" });
      expect(partners[3]!.notes).toBe("=SUM(1,2)"); // a formula-looking cell is text
      expect(await db.auditEvent.count({ where: { action: "partner.imported", actorId: w.coordinator.id } })).toBe(5);

      const again = await uploadFixture(w.coordinator, "coordinator", "PARTNERS", file);
      expect((await preview(me(w), "coordinator", again)).plan?.counts).toMatchObject({ unchanged: 5 });
      await confirm(w.coordinator, "coordinator", again);
      expect(await partnersOf(w.partnership.id)).toEqual(partners);
    });
  }

  it("updates a group matched by name in any case, and names a missing type", async () => {
    const w = await createWorld(0);
    await db.partner.create({ data: { partnershipId: w.partnership.id, name: "Speak Up", type: "OTHER" } });
    const csv = Papa.unparse([
      ["Name", "Type", "Notes"],
      ["SPEAK UP", "Advocacy group", "Now an advocacy group"],
      ["Brand New Group", "", ""],
      ["Odd Group", "a choir", ""],
    ]);
    const batchId = await uploadFixture(
      w.coordinator,
      "coordinator",
      "PARTNERS",
      "p.csv",
      new TextEncoder().encode(csv),
    );
    const { plan } = await preview(me(w), "coordinator", batchId);
    expect(plan?.rows.map((r) => r.action)).toEqual(["update", "problem", "problem"]);
    expect(plan?.rows[0]!.changes).toEqual(["type: Other → Advocacy group", "notes: (blank) → Now an advocacy group"]);
    expect(plan?.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Type"],
      [4, "Type"],
    ]);
    expect((await confirm(w.coordinator, "coordinator", batchId)).state).toMatchObject({ code: "INVALID" });
    expect((await partnersOf(w.partnership.id)).map((p) => p.type)).toEqual(["OTHER"]);
  });

  it("is refused to academics and experts, and invisible to another partnership", async () => {
    const w = await createWorld(1);
    const file = { name: "p.csv", bytes: "Name,Type\r\nA group,Other\r\n" };
    expect((await upload(w.academic, "coordinator", "PARTNERS", file)).state).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload(w.experts[0]!.user, "coordinator", "PARTNERS", file)).state).toMatchObject({
      code: "FORBIDDEN",
    });
    // A coordinator cannot use the admin import, nor import modules through their own.
    expect((await upload(w.coordinator, "admin", "MODULES", file)).state).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload(w.coordinator, "coordinator", "MODULES", file)).state).toMatchObject({ code: "INVALID" });
    const batchId = await uploadFixture(
      w.coordinator,
      "coordinator",
      "PARTNERS",
      "p.csv",
      new TextEncoder().encode(file.bytes),
    );
    const other = await createWorld(0);
    expect((await confirm(other.coordinator, "coordinator", batchId)).state).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.partner.count({ where: { partnershipId: w.partnership.id } })).toBe(0);
    // A coordinator of the same partnership may confirm it (the pool is shared).
    await confirm(w.admin, "coordinator", batchId);
    expect(await db.partner.count({ where: { partnershipId: w.partnership.id } })).toBe(1);
  });
});
