/**
 * What `npm start` and `npm run dev` share: the database (embedded PGlite in .data/ unless
 * DATABASE_URL is set), its migrations, the demo partnership when it is empty, a session secret,
 * then a Next.js server that ends with the script (and the script with it).
 */
import { createPrismaClient } from "../../lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/accounts";
import { seedDemo } from "../../prisma/seed/demo";
import { applyMigrations } from "../db/engine";
import { startChild } from "./child";
import { resolveDatabase } from "./database-url";
import { exit } from "./exit";
import { ensureAuthSecret } from "./secret";

export const port = Number(process.env.PORT ?? 3000);

/** Database ready, migrated and (when empty) seeded; returns whether the demo sign-ins exist. */
export async function prepareApp(): Promise<{ hasDemo: boolean }> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  ensureAuthSecret();

  const database = await resolveDatabase();
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  const db = createPrismaClient(database.url);
  try {
    const empty = (await db.user.count()) === 0;
    if (empty && process.env.SEED_DEMO !== "false") {
      await seedDemo(db);
      console.log("Loaded demo data.");
    }
    return { hasDemo: (await db.user.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0 };
  } finally {
    await db.$disconnect();
  }
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
