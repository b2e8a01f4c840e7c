/**
 * Is the production build older than the sources? `npm start` and `npm run test:e2e` rebuild
 * when any file or folder below (lib/generated, node_modules and dot-entries excepted) changed
 * after the build's BUILD_ID was written. A stat per entry: a few milliseconds for this tree.
 * Folder times count too, so deleting or renaming a file also rebuilds.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runChild } from "./child";

export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];
const SKIPPED = new Set(["generated", "node_modules"]);

export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? ".next";
}

/** The newest modification time under `entry` and the file or folder that has it. */
export function newestInput(entry: string): { file: string; mtimeMs: number } | null {
  if (!existsSync(entry)) return null;
  const stat = statSync(entry);
  let newest = { file: entry, mtimeMs: stat.mtimeMs };
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry)) {
      if (child.startsWith(".") || SKIPPED.has(child)) continue;
      const found = newestInput(path.join(entry, child));
      if (found && found.mtimeMs > newest.mtimeMs) newest = found;
    }
  }
  return newest;
}

/** Why a build is needed (no build, or the newest changed source), or null when the build is current. */
export function staleBuildReason(dir = distDir()): string | null {
  const marker = path.join(dir, "BUILD_ID");
  if (!existsSync(marker)) return `no build in ${dir}/`;
  const built = statSync(marker).mtimeMs;
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const input of BUILD_INPUTS) {
    const found = newestInput(input);
    if (found && found.mtimeMs > built && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest ? `${newest.file} changed after the last build` : null;
}

/** `next build` when the build is missing or stale; returns its exit code (0 when nothing to do). */
export async function buildIfStale(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const reason = staleBuildReason();
  if (!reason) return 0;
  console.log(`Building Involve (${reason})…`);
  return runChild("./node_modules/.bin/next", ["build"], { env });
}
