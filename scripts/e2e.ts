/**
 * npm run test:e2e — a fresh database with the demo data (on DATABASE_URL's server, which must be
 * local, or a new in-memory embedded one), a production build if there is none or the sources
 * changed since, a worker delivering email to a real SMTP server on 127.0.0.1 (every message it
 * receives is appended to E2E_MAIL_FILE for the tests to read), then Playwright against
 * `next start`. Arguments go to Playwright. The database is dropped however the run ends
 * (scripts/lib/exit.ts).
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { createMailer } from "../lib/email/transport";
import { startWorker } from "../lib/jobs/worker";
import { seedDemo } from "../prisma/seed/demo";
import { buildIfStale } from "./lib/build";
import { runChild } from "./lib/child";
import { exit, onExit } from "./lib/exit";
import { freshDatabase } from "./lib/fresh-database";
import { startMailCatcher } from "./lib/mail-catcher";

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
  NEXTAUTH_SECRET: "e2e-secret-at-least-32-characters-long",
  NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const built = await buildIfStale(env);
if (built !== 0) await exit(built);

// Not under test-results/: Playwright empties that folder when it starts.
const mailFile = path.resolve(".e2e/mail.jsonl");
mkdirSync(path.dirname(mailFile), { recursive: true });
rmSync(mailFile, { force: true });
const mail = await startMailCatcher({ file: mailFile });
onExit("stop the mail server", () => mail.close());
process.env.DATABASE_URL = database.url;
if (database.embedded) process.env.DATABASE_EMBEDDED = "1";
process.env.NEXTAUTH_URL = env.NEXTAUTH_URL;
const worker = await startWorker({
  url: database.url,
  mailer: createMailer({ ...process.env, SMTP_URL: mail.url, EMAIL_FROM: "Involve <involve@e2e.example>" }),
  pollSeconds: 0.5,
  log: () => {},
});
const unregisterWorker = onExit("stop the worker", () => worker.stop(false));
Object.assign(env, { E2E_MAIL_FILE: mailFile });

const code = await runChild("./node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { env });
await worker.stop(false);
unregisterWorker();
await database.drop();
await exit(code);
