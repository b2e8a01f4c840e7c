/**
 * One JSON line per event on stdout (pino), for whatever collects the logs where Involve runs.
 * Lines name the request, the action or route and the user id — never names, emails, form
 * values or message bodies: logs travel further than the database and are kept by others.
 * LOG_LEVEL sets the level (default "info"; tests default to "silent").
 */
import pino from "pino";

type Sink = (line: string) => void;
const toStdout: Sink = (line) => void process.stdout.write(line);
let sink: Sink = toStdout;

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // A safety net for fields that must never be logged, should someone pass them by mistake.
    redact: {
      paths: ["email", "password", "values", "formData", "*.email", "*.password", "*.values"],
      censor: "[removed]",
    },
  },
  { write: (line: string) => sink(line) },
);

/** Tests: the lines logged from now on, parsed, at every level; `stop()` puts things back. */
export function captureLogs(): { lines: Record<string, unknown>[]; stop: () => void } {
  const lines: Record<string, unknown>[] = [];
  const level = logger.level;
  logger.level = "debug";
  sink = (line) => void lines.push(JSON.parse(line) as Record<string, unknown>);
  return {
    lines,
    stop: () => {
      sink = toStdout;
      logger.level = level;
    },
  };
}
