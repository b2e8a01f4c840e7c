/**
 * The nightly retention purge through the real job queue: a worker keeps its 03:30 London
 * schedule, and a `purge-expired` job added like any other is run by the worker's handler, which
 * deletes what is past its retention (lib/retention/purge.ts, tested rule by rule in
 * tests/integration/retention-purge.test.ts) and logs the counts, with nothing about anyone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addJobs } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { describePurge, type PurgeCounts } from "@/lib/retention/purge";
import { createWorld } from "../helpers/factories";

const DAY = 24 * 3600 * 1000;
const workers: RunningWorker[] = [];

afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop(false);
});

describe("the retention purge job", () => {
  it("is scheduled daily at 03:30 London time, and its handler purges through the real queue", async () => {
    const [expert] = (await createWorld(1)).experts;
    const userId = expert.user.id;
    const now = Date.now();
    await db.notification.createMany({
      data: [
        { userId, title: "Read long ago", body: "Body", createdAt: new Date(now - 200 * DAY), readAt: new Date() },
        { userId, title: "Read yesterday", body: "Body", createdAt: new Date(now - DAY), readAt: new Date() },
      ],
    });
    const message = { userId, kind: "PAYMENT" as const, toAddress: expert.user.email, textBody: "-", htmlBody: "-" };
    await db.message.createMany({
      data: [
        { ...message, subject: "Sent long ago", status: "SENT", createdAt: new Date(now - 400 * DAY) },
        { ...message, subject: "Still to call", status: "TO_CALL", createdAt: new Date(now - 400 * DAY) },
      ],
    });

    const lines: string[] = [];
    const running = await startWorker({ mailer: null, pollSeconds: 0.5, log: (line) => lines.push(line) });
    workers.push(running);
    const [schedule] = await running.boss.getSchedules(QUEUES.purgeExpired.name);
    expect(schedule).toMatchObject({ cron: "30 3 * * *", timezone: "Europe/London" });

    // Added the way the app adds any job (in a transaction), then taken and run by the worker.
    await db.$transaction((tx) => addJobs(QUEUES.purgeExpired.name, [{}], tx));
    await expect
      .poll(async () => (await running.boss.findJobs(QUEUES.purgeExpired.name)).map((j) => j.state), {
        timeout: 30_000,
      })
      .toEqual(["completed"]);
    const [job] = await running.boss.findJobs(QUEUES.purgeExpired.name);
    const counts = job.output as PurgeCounts;
    expect(counts.readNotification).toBeGreaterThanOrEqual(1);
    expect(counts.message).toBeGreaterThanOrEqual(1);

    const left = async () => ({
      notifications: (await db.notification.findMany({ where: { userId } })).map((n) => n.title),
      messages: (await db.message.findMany({ where: { userId } })).map((m) => m.subject),
    });
    expect(await left()).toEqual({ notifications: ["Read yesterday"], messages: ["Still to call"] });

    const logged = lines.filter((line) => line.startsWith("retention purge:"));
    expect(logged).toEqual([describePurge(counts)]);
    expect(logged[0]).toMatch(/^retention purge: loginThrottle \d+, passwordToken \d+, readNotification [1-9]\d*, /);
    expect(logged[0]).not.toContain(expert.user.email);
  });
});
