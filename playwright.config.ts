import Module, { createRequire } from "node:module";
import { defineConfig, devices } from "@playwright/test";

// "server-only" throws outside a React Server environment, and the fixtures import server modules
// (to seed, to issue tokens). The runner and each worker load this file first: there it is an
// empty module already in the require cache, as it is the empty module under Vitest.
const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
const empty = new Module(serverOnly);
empty.filename = serverOnly;
empty.loaded = true;
require.cache[serverOnly] = empty;

/**
 * End-to-end tests run the production build in Debian's Chromium. `npm run test:e2e` prepares a
 * fresh database with demo data and builds first (scripts/e2e.ts); E2E_BASE_URL points the tests
 * at an already-running server instead (the embedded smoke run in CI).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `./node_modules/.bin/next start -p ${port}`,
        // As behind one reverse proxy, so sign-in tests can act from different client addresses.
        env: { TRUST_PROXY_HOPS: "1" },
        url: `${baseURL}/sign-in`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: "ignore",
        stderr: "pipe",
      },
});
