import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UnscopedQueryError } from "@/lib/db/tenant-guard";
import { createPartnership } from "../helpers/factories";

describe("tenant guard (Prisma client extension)", () => {
  it("throws on an undefined owner id in a where clause instead of matching every tenant", async () => {
    await createPartnership();
    const institutionId = undefined as unknown as string;
    await expect(db.programme.findMany({ where: { institutionId } })).rejects.toBeInstanceOf(UnscopedQueryError);
    await expect(db.programme.count({ where: { institutionId } })).rejects.toThrow(/where\.institutionId/);
  });

  it("looks inside relation filters and AND/OR lists", async () => {
    const partnershipId = undefined as unknown as string;
    await expect(
      db.payment.findMany({ where: { booking: { session: { opportunity: { institution: { partnershipId } } } } } }),
    ).rejects.toThrow(/where\.booking\.session\.opportunity\.institution\.partnershipId/);
    await expect(
      db.expertProfile.findMany({ where: { OR: [{ status: "ACTIVE" }, { partnershipId }] } }),
    ).rejects.toThrow(/OR\[1\]\.partnershipId/);
  });

  it("guards writes and queries inside transactions too", async () => {
    const { institution } = await createPartnership();
    const institutionId = undefined as unknown as string;
    await expect(db.programme.updateMany({ where: { institutionId }, data: { name: "x" } })).rejects.toBeInstanceOf(
      UnscopedQueryError,
    );
    await expect(db.$transaction((tx) => tx.programme.deleteMany({ where: { institutionId } }))).rejects.toBeInstanceOf(
      UnscopedQueryError,
    );
    // Scoped queries, and undefined on keys that do not scope a tenant, still work.
    expect(await db.programme.count({ where: { institutionId: institution.id, name: undefined } })).toBe(0);
  });
});
