/**
 * What a script must undo however it ends. `onExit(name, fn)` registers a clean-up (drop a test
 * database, stop the embedded database, end a child process) and returns a function that
 * unregisters it; `exit(code)` runs the clean-ups, newest first, then exits. SIGINT, SIGTERM,
 * SIGHUP, an uncaught exception and an unhandled rejection (a failed top-level await included) run
 * them too. Scripts end through `exit()`, never `process.exit()`, so nothing they made is left behind.
 */
import { ScriptError } from "./script-error";

type Cleanup = { name: string; run: () => unknown };

const cleanups: Cleanup[] = [];
let exiting: Promise<never> | null = null;
/** Clean-ups that take longer than this are abandoned (and named) so a script never hangs on exit. */
const CLEANUP_LIMIT_MS = 30_000;

export function onExit(name: string, run: () => unknown): () => void {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export function exit(code: number): Promise<never> {
  exiting ??= (async () => {
    const limit = setTimeout(() => {
      console.error(`Clean-up did not finish in ${CLEANUP_LIMIT_MS / 1000} s; left undone: ${names()}`);
      process.exit(code || 1);
    }, CLEANUP_LIMIT_MS);
    limit.unref();
    let status = code;
    for (let entry = cleanups.pop(); entry; entry = cleanups.pop()) {
      try {
        await entry.run();
      } catch (error) {
        console.error(`Clean-up "${entry.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
        status ||= 1;
      }
    }
    process.exit(status);
  })();
  return exiting;
}

function names(): string {
  return cleanups.map((c) => c.name).join(", ") || "(none)";
}

function report(error: unknown) {
  console.error(error instanceof ScriptError ? `\n${error.message}` : error);
}

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const [signal, code] of Object.entries(SIGNAL_CODES)) {
  process.on(signal, () => {
    // A terminal's Ctrl-C reaches the whole process group, and scripts/run.mjs passes signals on:
    // a second signal while cleaning up must not cut the clean-up short.
    if (exiting) return;
    if (cleanups.length) console.error(`\n${signal}: cleaning up (${names()})…`);
    void exit(code);
  });
}
process.on("uncaughtException", (error) => {
  report(error);
  void exit(1);
});
process.on("unhandledRejection", (error) => {
  report(error);
  void exit(1);
});
