/**
 * Finds every server action in the code, so the gates never depend on a hand-kept list:
 * every file under lib/ and app/ whose first statement is "use server", and every function it
 * exports. Inline "use server" (a directive inside a function) is reported separately, because
 * such actions cannot go through defineAction.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { actionRegistry, type ActionConfig } from "@/lib/actions/registry";
import type { FormState } from "@/lib/actions/form-state";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["lib", "app"];
const SKIP_DIRS = new Set(["generated", "node_modules"]);

export type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export type DiscoveredAction = {
  /** "lib/bookings/actions.ts#withdrawBookingAction" — the key used by the policy table. */
  key: string;
  file: string;
  name: string;
  fn: ServerAction;
  /** undefined when the export was not made with defineAction. */
  config: ActionConfig | undefined;
};

export function walk(dir: string, accept: (file: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (SKIP_DIRS.has(entry) || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, accept, out);
    else if (accept(full)) out.push(full);
  }
  return out;
}

/** Source with comments removed, enough to find the leading directive. */
function leadingDirective(source: string): string | null {
  const stripped = source.replace(/^\uFEFF/, "").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  const match = /^(["'])(use (?:server|client))\1/.exec(stripped);
  return match?.[2] ?? null;
}

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    walk(path.join(ROOT, dir), (f) => /\.(ts|tsx|mts|js|jsx)$/.test(f) && !f.endsWith(".d.ts")),
  );
}

/** Files (relative to the repository root) whose first statement is "use server". */
export function serverActionFiles(): string[] {
  return sourceFiles()
    .filter((file) => leadingDirective(readFileSync(file, "utf8")) === "use server")
    .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
    .sort();
}

/** Files with a "use server" directive that is not the file's first statement (inline actions). */
export function inlineServerActionFiles(): string[] {
  return sourceFiles()
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      if (leadingDirective(source) === "use server") return false;
      return /^\s*(["'])use server\1;?\s*$/m.test(source);
    })
    .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
    .sort();
}

let cached: Promise<DiscoveredAction[]> | undefined;

/** Imports every "use server" file and returns every exported function, registered or not. */
export function discoverActions(): Promise<DiscoveredAction[]> {
  cached ??= (async () => {
    const found: DiscoveredAction[] = [];
    for (const file of serverActionFiles()) {
      const mod = (await import(pathToFileURL(path.join(ROOT, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function") continue;
        found.push({
          key: `${file}#${name}`,
          file,
          name,
          fn: value as ServerAction,
          config: actionRegistry.get(value),
        });
      }
    }
    return found.sort((a, b) => a.key.localeCompare(b.key));
  })();
  return cached;
}

/** Finds one action by its policy key, e.g. for the concurrency tests. */
export async function actionByKey(key: string): Promise<DiscoveredAction | undefined> {
  return (await discoverActions()).find((a) => a.key === key);
}

/** Finds an action by export name anywhere (for tests that follow an action across a file move). */
export async function actionByName(name: string): Promise<DiscoveredAction | undefined> {
  return (await discoverActions()).find((a) => a.name === name);
}
