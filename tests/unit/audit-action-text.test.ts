/**
 * Every action the code audits has plain words in the audit log, and can be chosen in its
 * "What" filter (which lists ACTION_TEXT): found from the source, so a new action cannot be missed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_TEXT } from "@/lib/audit-log/describe";

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((entry) => {
    if (entry === "generated") return [];
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.tsx?$/.test(entry) ? [rel] : [];
  });
}

describe("audit log words", () => {
  it("names every audited action of lib/ in plain words", () => {
    const audited = new Set<string>();
    for (const file of files("lib")) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const [, action] of text.matchAll(/\baction: "([a-z][a-zA-Z_-]*(?:\.[a-zA-Z_-]+)+)"/g)) audited.add(action!);
      // `booking.${decision}`: the decisions a coordinator can make.
      for (const [, prefix] of text.matchAll(/\baction: `([a-z_]+)\.\$\{/g))
        for (const known of Object.keys(ACTION_TEXT)) if (known.startsWith(`${prefix}.`)) audited.add(known);
    }
    expect(audited.size).toBeGreaterThan(50);
    expect([...audited].filter((action) => !ACTION_TEXT[action]).sort()).toEqual([]);
  });
});
