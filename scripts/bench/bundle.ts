/**
 * The JavaScript each page ships on first load, read from the build's own manifests:
 * build-manifest.json's rootMainFiles (the runtime every page loads) plus every chunk in the page's
 * client reference manifest (entryJSFiles: its layouts, boundaries and client components).
 * Sizes are gzipped with zlib, as `next start` compresses them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type RouteBundle = { route: string; entry: string; files: string[]; rawBytes: number; gzipBytes: number };

const gzipCache = new Map<string, { raw: number; gzip: number }>();

export function fileSize(distDir: string, file: string): { raw: number; gzip: number } {
  const cached = gzipCache.get(file);
  if (cached) return cached;
  const content = readFileSync(path.join(distDir, file));
  const size = { raw: content.length, gzip: gzipSync(content).length };
  gzipCache.set(file, size);
  return size;
}

export function sum(distDir: string, files: string[]): { raw: number; gzip: number } {
  return files.reduce(
    (total, file) => {
      const size = fileSize(distDir, file);
      return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
    },
    { raw: 0, gzip: 0 },
  );
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

export function routeBundles(distDir: string): RouteBundle[] {
  const routes = readJson<Record<string, string>>(path.join(distDir, "app-path-routes-manifest.json"));
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>(path.join(distDir, "build-manifest.json"));
  const bundles: RouteBundle[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifestFile = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!existsSync(manifestFile)) continue;
    const context = vm.createContext({});
    vm.runInContext(readFileSync(manifestFile, "utf8"), context);
    const manifest = (context as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> })
      .__RSC_MANIFEST?.[entry];
    const files = [...new Set([...rootMainFiles, ...Object.values(manifest?.entryJSFiles ?? {}).flat()])];
    const size = sum(distDir, files);
    bundles.push({ route, entry, files, rawBytes: size.raw, gzipBytes: size.gzip });
  }
  return bundles.sort((a, b) => a.route.localeCompare(b.route));
}

/** The same figure from a served page: the /_next/static scripts its HTML loads (not noModule polyfills). */
export function htmlScripts(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\ssrc="\/_next\/(static\/[^"?]+\.js)/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) files.add(src);
  }
  return [...files];
}
