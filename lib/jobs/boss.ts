/**
 * pg-boss on Involve's own PostgreSQL (schema `pgboss`). Two kinds of instance:
 *  - the app's, which only adds jobs inside the app's transactions (no supervision, no cron), and
 *  - the worker's (lib/jobs/worker.ts), which runs them, expires stuck ones and keeps the schedules.
 * Both share the job tables, so N app instances and M workers on one database need nothing else.
 * (No "server-only" here: instrumentation.ts starts the producer, and this module never touches
 * the app's Prisma client; it is handed a transaction.)
 */
import { fromPrisma, PgBoss, type ConstructorOptions, type PrismaTransactionLike } from "pg-boss";
import { QUEUES, type QueueName } from "./queues";
import { logger } from "@/lib/log/logger";

type Role = "producer" | "worker";

export function createBoss(role: Role, url = process.env.DATABASE_URL): PgBoss {
  if (!url) throw new Error("DATABASE_URL is not set: the job queue lives in the same database.");
  const worker = role === "worker";
  const superviseSeconds = Number(process.env.JOBS_SUPERVISE_SECONDS ?? 30);
  const options: ConstructorOptions = {
    connectionString: url,
    schema: "pgboss",
    application_name: `involve-${role}`,
    max: worker ? 4 : 2,
    connectionTimeoutMillis: 10_000,
    supervise: worker,
    schedule: worker,
    // How often a worker looks for deliveries whose worker died (jobs past their expiry) and retries
    // them: both pg-boss timers, since an expiry pass needs both.
    superviseIntervalSeconds: superviseSeconds,
    monitorIntervalSeconds: superviseSeconds,
    // The embedded database runs one statement at a time; pg-boss's metrics would only add load.
    persistWarnings: false,
  };
  const boss = new PgBoss(options);
  boss.on("error", (error) => logger.error({ component: "jobs", role, err: error }, "job queue error"));
  return boss;
}

/** Starts the instance and makes sure every queue exists (idempotent; safe from many processes at once). */
export async function startBoss(boss: PgBoss): Promise<PgBoss> {
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const { name, ...options } of Object.values(QUEUES))
    if (!existing.has(name)) await boss.createQueue(name, options).catch(ignoreAlreadyExists);
  // Read the queues again so the producer's cache has them before any transaction needs it.
  await boss.getQueues();
  return boss;
}

function ignoreAlreadyExists(error: Error) {
  if (!/already exists|duplicate key/i.test(error.message)) throw error;
}

const globalForJobs = globalThis as unknown as { involveProducer?: Promise<PgBoss> };

/**
 * The app's producer, started once per process (instrumentation.ts starts it at boot, so the
 * first transaction that adds a job does not wait for it: on the embedded database a start inside
 * a transaction would queue behind that very transaction).
 */
export function getProducer(): Promise<PgBoss> {
  globalForJobs.involveProducer ??= startBoss(createBoss("producer")).catch((error) => {
    globalForJobs.involveProducer = undefined;
    throw error;
  });
  return globalForJobs.involveProducer;
}

export async function stopProducer() {
  const producer = globalForJobs.involveProducer;
  globalForJobs.involveProducer = undefined;
  if (producer) await (await producer).stop({ graceful: false, close: true }).catch(() => {});
}

/**
 * Adds jobs in the caller's transaction: they exist only if it commits, and are then picked up by
 * a worker. `db` is the interactive-transaction client the change itself is written with.
 */
export async function addJobs(name: QueueName, data: object[], db: PrismaTransactionLike) {
  if (!data.length) return;
  const boss = await getProducer();
  await boss.insert(
    name,
    data.map((d) => ({ data: d })),
    { db: fromPrisma(db) },
  );
}
