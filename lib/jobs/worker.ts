/**
 * The worker: runs delivery jobs and the schedules (reminders, check-ins, digests, the nightly
 * retention purge). Start one or more beside the app (`npm run worker`); `npm start` runs one in
 * its own process. Each job is taken by one worker at a time (pg-boss claims with SKIP LOCKED),
 * and everything a job writes is guarded so a repeat changes nothing (see
 * lib/messages/deliver.ts and the dedupe keys).
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { createMailer, type Mailer } from "@/lib/email/transport";
import { deliverMessage } from "@/lib/messages/deliver";
import { sendCoordinatorDigests } from "@/lib/messages/digests";
import { sendSessionMessages } from "@/lib/messages/session-messages";
import { eraseExpertsPastRetention } from "@/lib/erasure/retention";
import { describePurge, purgeExpired } from "@/lib/retention/purge";
import { createBoss, getProducer, startBoss } from "./boss";
import { QUEUES } from "./queues";

export type WorkerOptions = {
  url?: string;
  mailer?: Mailer | null;
  /** Deliveries handled at once by this worker. */
  concurrency?: number;
  /** Seconds between polls for new jobs (pg-boss's minimum is 0.5). */
  pollSeconds?: number;
  /** Register the cron schedules (off in tests that drive the jobs themselves). */
  schedules?: boolean;
  log?: (line: string) => void;
};

export type RunningWorker = { boss: PgBoss; stop: (graceful?: boolean) => Promise<void> };

export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const mailer = options.mailer === undefined ? createMailer() : options.mailer;
  const log = options.log ?? ((line: string) => logger.info({ component: "worker" }, line));
  const pollingIntervalSeconds = options.pollSeconds ?? Number(process.env.JOBS_POLL_SECONDS ?? 2);
  const boss = await startBoss(createBoss("worker", options.url));
  // Scheduled runs add delivery jobs inside their transactions: the producer must be started
  // before, not lazily inside one (on the embedded database that would wait on itself).
  await getProducer();

  await boss.work<{ messageId: string }>(
    QUEUES.deliverMessage.name,
    { batchSize: 1, localConcurrency: options.concurrency ?? 2, pollingIntervalSeconds },
    async ([job]) => {
      const outcome = await deliverMessage(
        {
          messageId: job.data.messageId,
          lastAttempt: job.retryCount >= QUEUES.deliverMessage.retryLimit,
          leaseSeconds: job.expireInSeconds,
          mailer,
        },
        db,
      );
      if (outcome === "failed") log(`message ${job.data.messageId} failed for good`);
      return outcome;
    },
  );
  await boss.work(QUEUES.sessionMessages.name, { pollingIntervalSeconds }, async () =>
    sendSessionMessages({ now: new Date() }, db),
  );
  await boss.work(QUEUES.coordinatorDigests.name, { pollingIntervalSeconds }, async () =>
    sendCoordinatorDigests({ now: new Date() }, db),
  );
  await boss.work(QUEUES.purgeExpired.name, { pollingIntervalSeconds }, async () => {
    const now = new Date();
    const counts = await purgeExpired({ now }, db);
    log(describePurge(counts));
    // Experts who left longer ago than their partnership keeps details (lib/erasure).
    const erasure = await eraseExpertsPastRetention({ now }, db);
    log(
      `retention erasure: ${erasure.erased} experts erased, ${erasure.waiting} waiting (money owed or a session to come)`,
    );
    return counts;
  });

  if (options.schedules !== false) {
    // Reminders and check-ins every 15 minutes; digests at five past each hour (the daily summary
    // goes out in the 7 o'clock run, London time); the retention purge at 03:30, when nobody is
    // about. pg-boss makes one job per tick however many workers keep the schedule.
    await boss.schedule(QUEUES.sessionMessages.name, "*/15 * * * *", null, { tz: "Europe/London" });
    await boss.schedule(QUEUES.coordinatorDigests.name, "5 * * * *", null, { tz: "Europe/London" });
    await boss.schedule(QUEUES.purgeExpired.name, "30 3 * * *", null, { tz: "Europe/London" });
  }
  log(
    mailer ? "started: emails go to the configured mail server" : "started: no SMTP_URL, so emails are kept, not sent",
  );

  return {
    boss,
    stop: async (graceful = true) => {
      await boss.stop({ graceful, close: true, timeout: 10_000 });
      mailer?.transport.close();
    },
  };
}
