import type { Instrumentation } from "next";

/**
 * At boot, check the configuration (lib/config/env.ts): `next start` runs as production, so a
 * missing DATABASE_URL, NEXTAUTH_SECRET or NEXTAUTH_URL stops the server here with one message
 * naming it, before anyone is served. Then start this instance's job producer (lib/jobs/boss.ts), so the first change that tells
 * someone something does not wait for it inside its transaction. A database that is down is
 * reported here and retried on first use.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkConfig, ConfigError } = await import("./lib/config/env");
    try {
      checkConfig();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(`[involve] ${error.message}`);
      process.exit(1);
    }
  }
  if (!process.env.DATABASE_URL) return;
  const { getProducer } = await import("./lib/jobs/boss");
  // Not awaited: a database that is down must not hold up the server (it shows a plain error page).
  void getProducer().catch((error: Error) =>
    console.error(`[involve] The job queue could not start yet (${error.message}); it will be retried on first use.`),
  );
}

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Can't reach database|P1001|connect ECONN|Connection terminated/i;

/** One clear log line when the database is down, instead of a wall of stack. */
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  const text = `${(error as Error)?.message ?? ""} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  if (UNREACHABLE.test(text)) {
    let where = "the configured database";
    try {
      const url = new URL(process.env.DATABASE_URL ?? "");
      where = `${url.hostname}:${url.port || 5432}`;
    } catch {}
    console.error(
      `[involve] Cannot reach the database at ${where} while serving ${request.method} ${request.path}. Is PostgreSQL running, and is DATABASE_URL right?`,
    );
  }
};
