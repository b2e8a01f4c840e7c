/**
 * npm start — one command from a fresh clone to a running Involve:
 * database (embedded PGlite unless DATABASE_URL is set) → migrations → demo data if the
 * database is empty → production build if there is none or the sources changed since → a worker in
 * this process (emails, reminders, digests) → `next start`.
 */
import { prepareApp, serveNext, startInProcessWorker } from "./lib/app";
import { buildIfStale } from "./lib/build";
import { exit } from "./lib/exit";

const { hasDemo } = await prepareApp();
const built = await buildIfStale();
if (built !== 0) await exit(built);
await startInProcessWorker();
await serveNext("start", hasDemo);
