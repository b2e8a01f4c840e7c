/**
 * npm run test:e2e — a fresh database with the demo data, a production build if there is none,
 * then Playwright against `next start`. Arguments go to Playwright.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createPrismaClient } from "../lib/db/client";
import { seedDemo } from "../prisma/seed/demo";
import { freshDatabase } from "./lib/fresh-database";

const database = await freshDatabase("involve_e2e");
const url = new URL(database.url);
if (!["127.0.0.1", "localhost", "::1"].includes(url.hostname)) {
  console.error(`Refusing to run end-to-end tests against a non-local database (${url.hostname}).`);
  process.exit(1);
}
const db = createPrismaClient(database.url);
await seedDemo(db);
await db.$disconnect();

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: "e2e-secret",
  NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) {
  const build = spawnSync("./node_modules/.bin/next", ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawn("./node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { stdio: "inherit", env });
const code: number = await new Promise((resolve) => run.on("exit", (c) => resolve(c ?? 1)));
await database.drop();
process.exit(code);
