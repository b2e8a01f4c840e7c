/**
 * npm start — one command from a fresh clone to a running Involve:
 * database (embedded PGlite unless DATABASE_URL is set) → migrations → demo data if the
 * database is empty → production build if there is none → `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createPrismaClient } from "../lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { seedDemo } from "../prisma/seed/demo";
import { applyMigrations } from "./db/engine";
import { resolveDatabase } from "./lib/database-url";
import { ensureAuthSecret } from "./lib/secret";

const port = Number(process.env.PORT ?? 3000);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
ensureAuthSecret();

const database = await resolveDatabase();
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

const db = createPrismaClient(database.url);
const empty = (await db.user.count()) === 0;
if (empty && process.env.SEED_DEMO !== "false") {
  await seedDemo(db);
  console.log("Loaded demo data.");
}
const hasDemo = (await db.user.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0;
await db.$disconnect();

if (!existsSync(".next/BUILD_ID")) {
  console.log("Building Involve (first start only)…");
  const build = spawnSync("./node_modules/.bin/next", ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    await database.stop();
    process.exit(build.status ?? 1);
  }
}

const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
  env: process.env,
});
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (/Ready in/.test(chunk.toString())) {
    console.log(`\nInvolve is running at http://localhost:${port}`);
    if (hasDemo) {
      console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.label.padEnd(22)} ${account.email}`);
    }
  }
});

async function shutdown(code: number) {
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
