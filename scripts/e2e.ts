/**
 * npm run test:e2e — a fresh database with the demo data (on DATABASE_URL's server, which must be
 * local, or a new in-memory embedded one), a production build if there is none or the sources
 * changed since, then Playwright against `next start`. Arguments go to Playwright. The database
 * is dropped however the run ends (scripts/lib/exit.ts).
 */
import { createPrismaClient } from "../lib/db/client";
import { seedDemo } from "../prisma/seed/demo";
import { buildIfStale } from "./lib/build";
import { runChild } from "./lib/child";
import { exit } from "./lib/exit";
import { freshDatabase } from "./lib/fresh-database";

const database = await freshDatabase("involve_e2e");
const db = createPrismaClient(database.url);
try {
  await seedDemo(db);
} finally {
  await db.$disconnect();
}

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  DATABASE_EMBEDDED: database.embedded ? "1" : undefined,
  NEXTAUTH_SECRET: "e2e-secret",
  NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const built = await buildIfStale(env);
if (built !== 0) await exit(built);
const code = await runChild("./node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { env });
await database.drop();
await exit(code);
