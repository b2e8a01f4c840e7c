/**
 * Runs one TypeScript script with the Node flags every script needs, so package.json names them
 * once:  node scripts/run.mjs scripts/start.ts [arguments…]
 *   --experimental-wasm-modules  @prisma/schema-engine-wasm imports its .wasm as an ES module (Node 20/22)
 *   --import tsx                 TypeScript without a build step
 *   --conditions=react-server    the server side of packages: `server-only` is then an empty module,
 *                                so scripts (the worker, npm start's in-process worker) can use lib/
 * The script runs as a child process: SIGINT, SIGTERM and SIGHUP are passed on to it, and it
 * exits with the script's exit code (or signal).
 */
import { spawn } from "node:child_process";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("Usage: node scripts/run.mjs <script.ts> [arguments…]");
  process.exit(2);
}

const flags = [
  "--experimental-wasm-modules",
  "--no-warnings=ExperimentalWarning",
  "--conditions=react-server",
  "--import",
  "tsx",
];
const child = spawn(process.execPath, [...flags, script, ...args], { stdio: "inherit" });

const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
const pass = (signal) => child.kill(signal);
for (const signal of signals) process.on(signal, pass);

child.on("error", (error) => {
  console.error(`Could not run ${script}: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    // End the same way the script did, so a caller sees the signal, not a code.
    for (const s of signals) process.off(s, pass);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
