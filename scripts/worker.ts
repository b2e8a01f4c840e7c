/**
 * npm run worker — delivers emails and runs the schedules (reminders, check-ins, digests).
 * Run one or more beside the app instances, against the same DATABASE_URL; without it, the
 * embedded database that `npm start` serves (start that first). Stops cleanly on Ctrl-C/SIGTERM:
 * jobs in hand finish (up to 10 s); anything unfinished is retried by another worker.
 */
import { checkConfig, ConfigError } from "../lib/config/env";
import { startWorker } from "../lib/jobs/worker";
import { resolveDatabase } from "./lib/database-url";
import { onExit } from "./lib/exit";
import { ScriptError } from "./lib/script-error";

try {
  checkConfig();
} catch (error) {
  throw error instanceof ConfigError ? new ScriptError(error.message) : error;
}
const database = await resolveDatabase();
process.env.DATABASE_URL = database.url;
const worker = await startWorker({ url: database.url });
onExit("worker", () => worker.stop());
// Runs until stopped: exit() (on a signal) stops the worker, then the database if this process serves it.
await new Promise(() => {});
