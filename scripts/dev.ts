/**
 * npm run dev — the same database as `npm start` (embedded PGlite in .data/ unless DATABASE_URL
 * is set; migrated; demo data if empty), a worker in this process, then the Next.js development server.
 */
import { prepareApp, serveNext, startInProcessWorker } from "./lib/app";

const { hasDemo } = await prepareApp();
await startInProcessWorker();
await serveNext("dev", hasDemo);
