/** Production build (in its own dist dir) and `next start` for the benchmark. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DIST_DIR = ".next-bench";
const NEXT = "./node_modules/.bin/next";
const SOURCES = ["app", "components", "lib", "next.config.ts", "proxy.ts", "instrumentation.ts", "package.json"];

function newestSource(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestSource(path.join(entry, child)));
  }
  return newest;
}

/** Why a build is needed, or null. BENCH_REBUILD=1 forces one; BENCH_NO_BUILD=1 never builds. */
export function buildReason(): string | null {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return `${buildId} is missing`;
  if (process.env.BENCH_NO_BUILD === "1") return null;
  if (process.env.BENCH_REBUILD === "1") return "BENCH_REBUILD=1";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.filter((s) => newestSource(s) > built);
  return changed.length ? `sources changed since the last bench build (${changed.join(", ")})` : null;
}

function nextBuild(args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(NEXT, ["build", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/**
 * `next build` into DIST_DIR. When only the type check fails (other people's work in progress),
 * builds again without it (compile, then generate) and says so: the timings are still meaningful.
 */
export function build(): { seconds: number; typeChecked: boolean; routeTable: string } {
  const started = performance.now();
  // next build adds its dist dir to tsconfig.json's include (and reformats it): put it back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    let result = nextBuild([]);
    let log = result.output;
    let typeChecked = true;
    if (!result.ok && /Failed to type check/.test(result.output)) {
      typeChecked = false;
      const compile = nextBuild(["--experimental-build-mode", "compile"]);
      result = compile.ok ? nextBuild(["--experimental-build-mode", "generate"]) : compile;
      log += `\n--- without type check ---\n${compile.output}\n${compile.ok ? result.output : ""}`;
    }
    mkdirSync(DIST_DIR, { recursive: true });
    writeFileSync(path.join(DIST_DIR, "build.log"), log);
    if (!result.ok) {
      console.error(log.split("\n").slice(-40).join("\n"));
      throw new Error(`next build failed; full output in ${DIST_DIR}/build.log`);
    }
    const table = result.output.slice(Math.max(0, result.output.indexOf("Route (app)")));
    return { seconds: (performance.now() - started) / 1000, typeChecked, routeTable: table.trim() };
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
}

export type Server = { origin: string; stop: () => Promise<void>; logFile: string };

export async function startServer(databaseUrl: string, port: number, logName = "server"): Promise<Server> {
  const origin = `http://localhost:${port}`;
  if (await answers(`${origin}/sign-in`))
    throw new Error(`Port ${port} is already in use: stop whatever is running there first.`);
  const logFile = path.join(DIST_DIR, `${logName}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(NEXT, ["start", "-p", String(port)], {
    detached: true, // own process group, so stop() ends next and its workers
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-secret-at-least-32-characters-long",
      NEXTAUTH_URL: origin,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    if (await answers(`${origin}/sign-in`)) return { origin, stop, logFile };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin}/sign-in within 90 s; see ${logFile}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}
