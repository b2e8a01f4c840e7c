/**
 * npm test — unit and integration tests (Vitest) against a real, fresh PostgreSQL:
 * a new database on DATABASE_URL's server, or an in-memory embedded one when it is unset.
 * Extra arguments go to Vitest (`npm test -- tests/integration/bookings`).
 */
import { spawn } from "node:child_process";
import { freshDatabase } from "./lib/fresh-database";

const database = await freshDatabase("involve_test");
console.log(`Testing against a fresh database: ${database.url.replace(/\/\/[^@]*@/, "//")}`);
const vitest = spawn("./node_modules/.bin/vitest", ["run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "test", NEXTAUTH_SECRET: "test-secret" },
});
const code: number = await new Promise((resolve) => vitest.on("exit", (c) => resolve(c ?? 1)));
await database.drop();
process.exit(code);
