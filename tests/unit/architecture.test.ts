/**
 * The rails, checked from the source so a new file cannot quietly leave them: database modules
 * are server-only, ids are never made up, notifications go through notify(), downloads through
 * defineRoute, and lib/ and components/ keep to their side of the line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    if (entry === "generated" || entry === "node_modules" || entry.startsWith(".")) continue;
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...files(rel));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const APP_CODE = [...files("lib"), ...files("app"), ...files("components")];
const matching = (list: string[], test: (text: string, file: string) => boolean) =>
  list.filter((file) => test(source(file), file));

describe("architecture rails", () => {
  it('marks every module that touches the database with import "server-only"', () => {
    const missing = matching(
      APP_CODE.filter((f) => !f.startsWith("lib/db/")),
      (text) => /from "@\/lib\/db";/.test(text) && !text.includes('import "server-only";'),
    );
    expect(missing).toEqual([]);
  });

  it('exports only server actions from "use server" files (Next refuses anything else at build time)', () => {
    const serverFiles = APP_CODE.filter((f) => /^\s*(\/\*[\s\S]*?\*\/\s*)?"use server";/.test(source(f)));
    expect(serverFiles.length).toBeGreaterThan(0);
    const offending = serverFiles.flatMap((file) =>
      [...source(file).matchAll(/^export (?:const|let|var) (\w+)\s*(?::[^=]+)?=\s*(.{0,40})/gm)]
        .filter(([, , value]) => !/^(define(Public)?Action\(|async\b)/.test(value!))
        .map(([, name]) => `${file}#${name}`),
    );
    expect(offending).toEqual([]);
  });

  it("never invents a placeholder id for a missing institution, partnership or expert", () => {
    const placeholders = matching(APP_CODE, (text) => /(Id|\.id)\s*\?\?\s*"[-]?"/.test(text));
    expect(placeholders, "use the area-typed caller from requireArea/defineAction instead").toEqual([]);
  });

  it("keeps role lists in lib/auth/roles.ts, not copied per file", () => {
    expect(matching(APP_CODE, (text) => /const COORDINATORS\s*=/.test(text))).toEqual([]);
    expect(matching(APP_CODE, (text) => /function (institutionOf|partnershipOf)\(/.test(text))).toEqual([]);
  });

  it("writes every notification through notify()", () => {
    const direct = matching(
      APP_CODE.filter((f) => f !== "lib/notifications/notify.ts"),
      (text) => /\.notification\.(create|createMany|upsert)\(/.test(text),
    );
    expect(direct).toEqual([]);
  });

  it("serves every download through defineRoute (or, for the public calendar feeds, definePublicRoute; for the health probes, defineProbeRoute)", () => {
    const routes = files("app").filter((f) => /\/route\.ts$/.test(f) && !f.startsWith("app/api/auth/"));
    expect(routes.length).toBeGreaterThan(0);
    expect(matching(routes, (text) => !/export const GET = define(Public|Probe)?Route\b/.test(text))).toEqual([]);
    // Probes answer one fixed word and are listed as public on purpose (tests/gates/routes.ts).
    expect(matching(routes, (text) => /defineProbeRoute/.test(text))).toEqual([
      "app/api/health/route.ts",
      "app/api/ready/route.ts",
    ]);
    // The public variant reads no session: only the calendar feed route (a token in its address) uses it.
    expect(
      matching(routes, (text) => /definePublicRoute/.test(text)),
      "a new public route needs a deliberate entry in ROUTE_POLICY (tests/gates/routes.ts) and here",
    ).toEqual(["app/calendar/[token]/route.ts"]);
  });

  it("keeps lib/ free of components and components/ free of the database", () => {
    expect(matching(files("lib"), (text) => /from "@\/components\//.test(text))).toEqual([]);
    // Components get data and actions as props: no value import of anything that reaches the database.
    const serverOnly = (text: string) =>
      /^import (?!type )[^;]*from "@\/lib\/[^"]+";/m.test(text) &&
      [...text.matchAll(/^import (?!type )[^;]*from "(@\/lib\/[^"]+)";/gm)].some(([, mod]) =>
        existsSync(path.join(ROOT, `${mod!.slice(2)}.ts`))
          ? source(`${mod!.slice(2)}.ts`).includes('import "server-only"')
          : /^@\/lib\/db/.test(mod!),
      );
    expect(matching(files("components"), serverOnly)).toEqual([]);
  });

  it("has one CSV writer", () => {
    expect(
      matching(
        APP_CODE.filter((f) => f !== "lib/csv.ts"),
        (text) => /function (csvCell|toCsv)\(/.test(text),
      ),
    ).toEqual([]);
  });
});
