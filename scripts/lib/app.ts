/**
 * What `npm start` and `npm run dev` share: the database (embedded PGlite in .data/ unless
 * DATABASE_URL is set), its migrations, the demo partnership when it is empty (and allowed), the
 * checked configuration (a session secret made for local use outside production),
 * then a Next.js server that ends with the script (and the script with it).
 */
import { createPrismaClient } from "../../lib/db/client";
import { startWorker } from "../../lib/jobs/worker";
import { checkConfig, ConfigError, isProduction, shouldSeedDemo } from "../../lib/config/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/accounts";
import { seedDemo } from "../../prisma/seed/demo";
import { applyMigrations } from "../db/engine";
import { startChild } from "./child";
import { resolveDatabase } from "./database-url";
import { exit, onExit } from "./exit";
import { ScriptError } from "./script-error";
import { ensureAuthSecret } from "./secret";

export const port = Number(process.env.PORT ?? 3000);

/**
 * The configuration, checked (lib/config/env.ts). Outside production the launcher fills in what a
 * local try-out needs (its own address, a session secret kept in .data/); in production
 * (NODE_ENV=production) nothing is made up: a missing variable stops here, named.
 */
export function checkLaunchConfig() {
  if (!isProduction()) {
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    ensureAuthSecret();
  }
  try {
    return checkConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new ScriptError(error.message);
    throw error;
  }
}

/** Database ready, migrated and (when empty and allowed) seeded; returns whether it is the demo. */
export async function prepareApp(): Promise<{ hasDemo: boolean }> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const config = checkLaunchConfig();

  const database = await resolveDatabase();
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  const db = createPrismaClient(database.url);
  try {
    const empty = (await db.user.count()) === 0;
    if (empty && shouldSeedDemo({ embedded: database.embedded, seedDemo: config.SEED_DEMO })) {
      await seedDemo(db);
      console.log("Loaded demo data.");
    } else if (empty) {
      console.log(
        'This database has no accounts yet. Create the first admin with:\n  npm run setup -- --email you@university.ac.uk --partnership "Your partnership" --institution "Your university"',
      );
    }
    return { hasDemo: (await db.partnership.count({ where: { demo: true } })) > 0 };
  } finally {
    await db.$disconnect();
  }
}

/**
 * One worker in this process (emails, reminders, digests), so the two-command quick start does
 * everything. Production runs `npm run worker` processes instead (README, Deploying).
 */
export async function startInProcessWorker() {
  const worker = await startWorker();
  onExit("stop the worker", () => worker.stop());
}

/**
 * Runs `next <command> -p <port>` until it exits (then exits with its code) or the script is
 * stopped (then stops it first). Prints the address and the demo sign-ins once Next is ready.
 */
export async function serveNext(command: "start" | "dev", hasDemo: boolean): Promise<never> {
  const { child, exited } = startChild("./node_modules/.bin/next", [command, "-p", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/.test(chunk.toString())) {
      announced = true;
      console.log(`\nInvolve is running at http://localhost:${port}`);
      if (hasDemo) {
        console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
        for (const account of DEMO_ACCOUNTS) console.log(`  ${account.label.padEnd(22)} ${account.email}`);
      }
    }
  });
  return exit(await exited);
}
