/**
 * The backup the deployment guide (README) asks for works: `pg_dump --format=custom` of a live
 * database, `pg_restore` into a fresh one, and the app reads the restored data: a partnership,
 * its people (they sign in, their sessions load), the migration history and the job queue.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db/client";
import { createWorld, TEST_PASSWORD } from "../helpers/factories";

const run = promisify(execFile);
const onPostgres = process.env.DATABASE_URL && !process.env.DATABASE_EMBEDDED;

describe.runIf(onPostgres)("backup and restore with pg_dump and pg_restore", () => {
  it("restores into a fresh database that the app then reads", async () => {
    const world = await createWorld(1);
    const source = process.env.DATABASE_URL!;
    const target = new URL(source);
    target.pathname = `/involve_restore_${Date.now()}_${process.pid}`;
    const dir = mkdtempSync(path.join(tmpdir(), "involve-backup-"));
    const dump = path.join(dir, "involve.dump");
    const admin = new pg.Client({ connectionString: source });
    await admin.connect();
    try {
      await run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, source]);
      await admin.query(`CREATE DATABASE "${target.pathname.slice(1)}"`);
      await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.toString()}`, dump]);

      const restored = createPrismaClient(target.toString());
      try {
        const partnership = await restored.partnership.findUniqueOrThrow({ where: { id: world.partnership.id } });
        expect(partnership.name).toBe(world.partnership.name);
        // The restored database is a working Involve: people sign in and their sessions load.
        const expert = world.experts[0]!;
        await expect(
          authenticate({ credentials: { email: expert.user.email, password: TEST_PASSWORD }, address: null }, restored),
        ).resolves.toMatchObject({ id: expert.user.id, role: "EXPERT" });
        expect(await loadSessionUser({ userId: world.coordinator.id }, restored)).toMatchObject({
          institutionId: world.institution.id,
        });
        // Migrations history and the job queue's schema come along.
        const [{ count }] = await restored.$queryRaw<{ count: bigint }[]>`
          SELECT count(*) AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
        expect(Number(count)).toBeGreaterThan(0);
        const [{ present }] = await restored.$queryRaw<{ present: boolean }[]>`
          SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
        expect(present).toBe(true);
      } finally {
        await restored.$disconnect();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
