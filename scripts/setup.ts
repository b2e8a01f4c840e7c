/**
 * npm run setup -- --email you@university.ac.uk --partnership "Your partnership" --institution "Your university"
 *   [--name "Your name"] [--short-name "YU"]
 * Makes a new partnership's first admin on the configured database (DATABASE_URL, else the
 * embedded one), applying migrations first, and prints a one-time link (24 hours) to choose a
 * password. Everything after that is done in the admin area. See lib/setup/first-admin.ts.
 */
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { checkConfig, ConfigError, isProduction } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/client";
import { setPasswordLink } from "../lib/invitations/tokens";
import { SetupRefused, setUpFirstAdmin } from "../lib/setup/first-admin";
import { formatDate, formatTime } from "../lib/format";
import { applyMigrations } from "./db/engine";
import { resolveDatabase } from "./lib/database-url";
import { exit } from "./lib/exit";
import { ScriptError } from "./lib/script-error";

let options;
try {
  options = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      partnership: { type: "string" },
      institution: { type: "string" },
      "short-name": { type: "string" },
    },
  }).values;
} catch (error) {
  throw new ScriptError(
    `${(error as Error).message}\nUsage: npm run setup -- --email … --partnership "…" --institution "…"`,
  );
}

if (!isProduction()) process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
try {
  checkConfig();
} catch (error) {
  throw error instanceof ConfigError ? new ScriptError(error.message) : error;
}

const database = await resolveDatabase();
await applyMigrations(database.url);
const db = createPrismaClient(database.url);
try {
  const done = await setUpFirstAdmin(
    {
      email: options.email,
      name: options.name,
      partnership: options.partnership,
      institution: options.institution,
      shortName: options["short-name"],
    } as Parameters<typeof setUpFirstAdmin>[0],
    db,
  );
  const made = [
    done.created.partnership && "the partnership",
    done.created.institution && "the institution",
    done.created.user && "the admin account",
  ].filter(Boolean);
  console.log(made.length ? `Created ${made.join(", ")}.` : "The admin account already existed: here is a new link.");
  console.log(
    `\nThe first admin chooses a password here (the link works once, until ${formatTime(done.expiresAt)} on ${formatDate(done.expiresAt)}):`,
  );
  console.log(`  ${setPasswordLink(done.token)}\n`);
} catch (error) {
  if (error instanceof SetupRefused) throw new ScriptError(error.message);
  if (error instanceof ZodError) throw new ScriptError(error.issues.map((i) => i.message).join("\n"));
  throw error;
} finally {
  await db.$disconnect();
}
await exit(0);
