/**
 * The demo partnership, loaded into a database of its own (a fresh PostgreSQL database, or a fresh
 * embedded one on the embedded run), shows every state a newcomer should meet: here, issue 14's
 * human side (briefings, supporters, shared access needs, debriefs and check-ins, stories and
 * consents, two-way feedback, breaks and training). Its own database, because the demo's fixed
 * addresses would clash with other test files sharing one.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { debriefsForDashboard } from "@/lib/debriefs/queries";
import { seedDemo } from "@/prisma/seed/demo";

// A second database is a PostgreSQL feature; the embedded server has one. (The embedded demo is
// loaded by `npm start` in CI's smoke test and by the e2e runs.)
const onPostgres = process.env.DATABASE_URL && !process.env.DATABASE_EMBEDDED;
const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");

let db: Db;
let name: string;

async function onServer(run: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!onPostgres) return;
  name = `involve_demo_${Date.now()}_${process.pid}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  // The migrations' SQL in order: the same tables `npm run db:migrate` makes.
  const migrations = readdirSync(MIGRATIONS)
    .filter((d) => /^\d{14}_/.test(d))
    .sort();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const dir of migrations) await client.query(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    await client.end();
  }
  db = createPrismaClient(url.toString());
  expect(await seedDemo(db)).toEqual({ created: true });
}, 180_000);

afterAll(async () => {
  if (!onPostgres) return;
  await db?.$disconnect();
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

const today = () => new Date(new Date().toISOString().slice(0, 10));

describe.skipIf(!onPostgres)("the demo partnership's human side", () => {
  it("has a sensitive opportunity with its note and a full briefing, supporters, and access needs shared with an academic", async () => {
    expect(
      await db.opportunity.count({ where: { sensitiveTopic: true, sensitiveTopicNote: { not: "" } } }),
    ).toBeGreaterThan(0);
    expect(
      await db.opportunity.count({ where: { whoWillBeThere: { not: "" }, cohortSize: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(await db.booking.count({ where: { supporterComing: true } })).toBeGreaterThan(1);
    expect(
      await db.booking.count({ where: { supporterComing: true, supporterTravelClaimable: true } }),
    ).toBeGreaterThan(0);
    expect(
      await db.booking.count({
        where: { shareAccessNeedsWithAcademic: true, expert: { user: { email: "expert@involve.example" } } },
      }),
    ).toBeGreaterThan(0);
  });

  it("gives the demo coordinator an urgent, an overdue, a done and a sensitive-session debrief", async () => {
    const sam = await db.user.findUniqueOrThrow({ where: { email: "coordinator@northbridge.ac.uk" } });
    const institutionId = sam.institutionId!;
    const dash = await debriefsForDashboard({ institutionId }, db);
    expect(dash.urgent).toBeGreaterThanOrEqual(1);
    expect(dash.overdue).toBeGreaterThanOrEqual(1);
    expect(dash.items[0]).toMatchObject({ urgent: true, checkInFeeling: "NOT_OK" });
    const done = await db.debriefTask.findMany({ where: { institutionId, doneAt: { not: null } } });
    expect(done.some((t) => t.privateNote && t.doneById === sam.id)).toBe(true);
    expect(
      await db.debriefTask.count({ where: { institutionId, reason: "SENSITIVE_SESSION", doneAt: null } }),
    ).toBeGreaterThanOrEqual(1);
    // Every attendee of a sensitive opportunity has a task.
    const attended = await db.booking.findMany({
      where: { status: "ATTENDED", session: { opportunity: { sensitiveTopic: true } } },
      select: { id: true, debriefTask: { select: { id: true } } },
    });
    expect(attended.length).toBeGreaterThan(0);
    expect(attended.filter((b) => !b.debriefTask)).toEqual([]);
  });

  it("shows the demo expert's stories with an active, an expired and a withdrawn consent awaiting take-down", async () => {
    const where = { expert: { user: { email: "expert@involve.example" } } };
    expect(await db.story.count({ where })).toBeGreaterThanOrEqual(2);
    const consents = await db.storyConsent.findMany({
      where,
      select: { until: true, withdrawnAt: true, takenDownAt: true },
    });
    const active = consents.filter((c) => !c.withdrawnAt && (!c.until || c.until >= today()));
    const expired = consents.filter((c) => !c.withdrawnAt && c.until && c.until < today());
    const awaitingTakeDown = consents.filter((c) => c.withdrawnAt && !c.takenDownAt);
    expect([active.length, expired.length, awaitingTakeDown.length].map((n) => n > 0)).toEqual([true, true, true]);
  });

  it("has experts' feedback (some anonymous), shared and unshared academic feedback, and You said, we did", async () => {
    expect(await db.expertFeedback.count({ where: { anonymous: true } })).toBeGreaterThan(0);
    expect(
      await db.expertFeedback.count({ where: { prepared: { not: null }, paidOnTime: { not: null } } }),
    ).toBeGreaterThan(0);
    const demoExpertSessions = {
      session: {
        bookings: { some: { status: "ATTENDED" as const, expert: { user: { email: "expert@involve.example" } } } },
      },
    };
    expect(await db.feedback.count({ where: { shareWithExperts: true, ...demoExpertSessions } })).toBeGreaterThan(0);
    expect(await db.feedback.count({ where: { shareWithExperts: false, ...demoExpertSessions } })).toBeGreaterThan(0);
    expect(await db.youSaidWeDid.count()).toBeGreaterThanOrEqual(3);
  });

  it("has experts on a break until a date and until they say, and the demo expert's induction and training", async () => {
    expect(
      await db.expertProfile.count({ where: { breakStartedAt: { not: null }, breakUntil: { gte: today() } } }),
    ).toBeGreaterThan(0);
    expect(
      await db.expertProfile.count({ where: { breakStartedAt: { not: null }, breakUntil: null } }),
    ).toBeGreaterThan(0);
    const jo = await db.expertProfile.findFirstOrThrow({
      where: { user: { email: "expert@involve.example" } },
      select: { inductionDate: true, _count: { select: { trainingRecords: true } } },
    });
    expect(jo.inductionDate).not.toBeNull();
    expect(jo._count.trainingRecords).toBeGreaterThanOrEqual(3);
  });

  it("has a paid group meeting with attendance recorded and the demo expert booked on the next date, and an unpaid one", async () => {
    const meetings = await db.opportunity.findMany({
      where: { type: "GROUP_MEETING" },
      select: {
        payRatePence: true,
        stage: true,
        moduleId: true,
        sessions: { select: { id: true, attendanceRecordedAt: true, startsAt: true } },
      },
    });
    expect(meetings.map((m) => [m.stage, m.moduleId])).toEqual(meetings.map(() => [null, null]));
    expect(meetings.some((m) => m.payRatePence > 0)).toBe(true);
    expect(meetings.some((m) => m.payRatePence === 0)).toBe(true);
    const sessionIds = meetings.flatMap((m) => m.sessions.map((s) => s.id));
    const attended = await db.booking.count({ where: { sessionId: { in: sessionIds }, status: "ATTENDED" } });
    expect(attended).toBeGreaterThan(1);
    expect(await db.payment.count({ where: { booking: { sessionId: { in: sessionIds } } } })).toBe(attended);
    expect(
      await db.booking.count({
        where: {
          sessionId: { in: sessionIds },
          status: "CONFIRMED",
          session: { startsAt: { gt: new Date() } },
          expert: { user: { email: "expert@involve.example" } },
        },
      }),
    ).toBe(1);
    // Never module evidence.
    expect(await db.involvementRecord.count({ where: { sessionId: { in: sessionIds } } })).toBe(0);
  });
});
