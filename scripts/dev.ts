/**
 * npm run dev — the same database as `npm start` (embedded PGlite in .data/ unless DATABASE_URL
 * is set; migrated; demo data if empty), then the Next.js development server.
 */
import { prepareApp, serveNext } from "./lib/app";

const { hasDemo } = await prepareApp();
await serveNext("dev", hasDemo);
