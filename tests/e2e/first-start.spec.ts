/**
 * Production start-up rules on the built app: `next start` without a session secret stops at once
 * with one message naming the variable — it never serves a page or makes a secret up.
 */
import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

test("next start without NEXTAUTH_SECRET stops, naming it, and serves nothing", async () => {
  const port = 3198;
  const env = { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/involve" };
  delete env.NEXTAUTH_SECRET;
  env.NEXTAUTH_URL = `http://localhost:${port}`;
  const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port)], { env });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill();
      resolve(null);
    }, 30_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(log).toContain("Involve cannot start because of its configuration");
  expect(log).toContain("NEXTAUTH_SECRET is not set");
  expect(code).toBe(1);
  const answer = await fetch(`http://localhost:${port}/sign-in`).catch(() => null);
  expect(answer).toBeNull();
});
