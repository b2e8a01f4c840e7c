/** Markdown tables for the benchmark's results. */
import type { RouteBundle } from "./bundle";
import type { Measurement, Scenario } from "./load";

export const TARGET_P95_MS = 150;
export const EXPERT_JS_LIMIT_KB = 150;

function table(head: string[], rows: string[][], right: number[] = []) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (right.includes(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function verdict(m: Measurement): string {
  if (m.scenario.kind === "static") return "baseline";
  if (!m.requests) return "MISS (no response within the run)";
  if (m.scenario.kind === "write") return m.errors ? "errors" : "(no target)";
  const reasons = [m.p95 >= TARGET_P95_MS ? `p95 ≥ ${TARGET_P95_MS}` : "", m.errors ? `${m.errors} errors` : ""].filter(
    Boolean,
  );
  return reasons.length ? `MISS (${reasons.join(", ")})` : "PASS";
}

export function printResults(results: Measurement[], skipped: { scenario: Scenario; reason: string }[]) {
  const baseline = results.find((r) => r.scenario.kind === "static")?.p95 ?? NaN;
  const rows = results.map((m) => [
    m.scenario.name,
    m.scenario.path,
    ms(m.single),
    ms(m.paced),
    m.rps.toFixed(1),
    ms(m.p50),
    ms(m.p95),
    ms(m.p99),
    String(m.errors),
    m.scenario.kind === "static" ? "1.0" : (m.p95 / baseline).toFixed(1),
    verdict(m),
  ]);
  for (const s of skipped)
    rows.push([s.scenario.name, s.scenario.path, "—", "—", "—", "—", "—", "—", "—", "—", `not measured: ${s.reason}`]);
  table(
    [
      "Scenario",
      "Path",
      "1 user ms",
      "paced p95",
      "req/s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "errors",
      "p95 ÷ static",
      `p95 < ${TARGET_P95_MS} ms, 0 errors`,
    ],
    rows,
    [2, 3, 4, 5, 6, 7, 8, 9],
  );

  for (const m of results) {
    const statuses = Object.entries(m.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(", ");
    if (m.errors || m.note)
      console.log(`- ${m.scenario.name}: ${m.requests} responses (${statuses})${m.note ? `; ${m.note}` : ""}`);
  }
  const reads = results.filter((r) => r.scenario.kind === "read");
  const passed = reads.filter((r) => verdict(r) === "PASS").length;
  const notMeasured = skipped.filter((s) => s.scenario.kind === "read").length;
  console.log(
    `\n${passed} of ${reads.length + notMeasured} read pages meet the target${notMeasured ? ` (${notMeasured} not measured)` : ""}.`,
  );
}

export function printBundles(bundles: RouteBundle[], served: { path: string; raw: number; gzip: number }[]) {
  table(
    ["Route", "JS files", "raw kB", "gzip kB", `expert ≤ ${EXPERT_JS_LIMIT_KB} kB gz`],
    bundles.map((b) => [
      b.route,
      String(b.files.length),
      kb(b.rawBytes),
      kb(b.gzipBytes),
      b.route.startsWith("/expert") ? (b.gzipBytes / 1024 > EXPERT_JS_LIMIT_KB ? "OVER" : "ok") : "",
    ]),
    [1, 2, 3],
  );
  if (served.length) {
    console.log("\nCheck against the served HTML (the /_next/static scripts each measured page loads):");
    for (const s of served) console.log(`- ${s.path}: ${kb(s.gzip)} kB gzipped (${kb(s.raw)} kB raw)`);
  }
}
