/**
 * Child processes that end with the script: each is registered with onExit, so a script that is
 * interrupted, fails or exits never leaves a `next`, Vitest or Playwright process behind.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { onExit } from "./exit";

/** Ends `child` (SIGTERM, then SIGKILL after `graceMs`) and waits until it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Starts a child process that is stopped when the script exits; `exited` resolves to its exit code. */
export function startChild(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  const unregister = onExit(`${command.replace(/^.*\//, "")} ${args[0] ?? ""}`.trim(), () => stopChild(child));
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      unregister();
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      unregister();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { child, exited };
}

/** Runs a command to its end (stopped with the script if interrupted) and returns its exit code. */
export function runChild(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return startChild(command, args, options).exited;
}
