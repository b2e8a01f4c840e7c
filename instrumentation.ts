import type { Instrumentation } from "next";

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
