/**
 * With the database unreachable, people get a plain error page (no stack trace) and the server
 * log gets one clear line saying which database could not be reached.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";

const PORT = 3197;
let server: ChildProcess;
let log = "";

test.beforeAll(async () => {
  server = spawn("./node_modules/.bin/next", ["start", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/involve",
      NEXTAUTH_SECRET: "down-secret-at-least-32-characters-long",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
    },
  });
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  for (let i = 0; i < 60 && !/Ready in/.test(log); i++) await new Promise((r) => setTimeout(r, 500));
});

test.afterAll(() => {
  server.kill();
});

test("a database that cannot be reached gives a clear page and a clear log line", async ({ page }) => {
  const response = await page.goto(`http://localhost:${PORT}/sign-in`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Sorry, there is a problem with Involve" })).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/ECONNREFUSED|at [\w.]+ \(|node_modules/);
  await expect.poll(() => log).toContain("[involve] Cannot reach the database at 127.0.0.1:1");
});
