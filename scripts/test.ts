/**
 * npm test — the whole Vitest suite against a real, fresh PostgreSQL: a new database on
 * DATABASE_URL's server (which must be local), or an in-memory embedded one when it is unset. Two
 * passes, each on its own fresh database: unit + integration tests (files in parallel), then the
 * quality gates (tests/gates: authorization matrix, hostile input, concurrency), one file at a time
 * because they compare whole-database snapshots, then the job-worker tests (tests/jobs), alone
 * because a worker takes every job in its database. With arguments, only Vitest with those arguments
 * runs (`npm test -- tests/integration/bookings-expert.test.ts`). VITEST_JSON_DIR writes JSON
 * reports. Each database is dropped however the run ends (scripts/lib/exit.ts).
 */
import { runChild } from "./lib/child";
import { exit } from "./lib/exit";
import { freshDatabase } from "./lib/fresh-database";

/** Vitest on a database of its own, dropped afterwards. */
async function vitest(args: string[]): Promise<number> {
  const database = await freshDatabase("involve_test");
  try {
    const where = database.embedded ? "a new in-memory embedded PostgreSQL" : database.url.replace(/\/\/[^@]*@/, "//");
    console.log(`Testing against a fresh database: ${where}`);
    return await runChild("./node_modules/.bin/vitest", ["run", ...args], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_EMBEDDED: database.embedded ? "1" : undefined,
        NODE_ENV: "test",
        NEXTAUTH_SECRET: "test-secret",
      },
    });
  } finally {
    await database.drop();
  }
}

function reportArgs(name: string): string[] {
  const dir = process.env.VITEST_JSON_DIR;
  return dir ? ["--reporter=default", "--reporter=json", `--outputFile.json=${dir}/${name}.json`] : [];
}

const extra = process.argv.slice(2);
let code: number;
if (extra.length) {
  code = await vitest(extra);
} else {
  const suite = await vitest(reportArgs("vitest-suite"));
  console.log("\nQuality gates (tests/gates), one file at a time:");
  const gates = await vitest(["--config", "tests/gates/vitest.config.ts", ...reportArgs("vitest-gates")]);
  console.log("\nJob workers (tests/jobs), alone on their own database:");
  const jobs = await vitest(["--config", "tests/jobs/vitest.config.ts", ...reportArgs("vitest-jobs")]);
  code = suite || gates || jobs;
}
await exit(code);
