/**
 * Involve's configuration: every environment variable it reads, checked in one place with zod.
 * The launcher (`npm start`, `npm run dev`), the worker, the setup command and the server's boot
 * (instrumentation.ts) all call `checkConfig`, so a mistake stops the process with one message
 * naming the variable, not a stack trace on the first request.
 *
 * Production (NODE_ENV=production, which `next start` always sets) must be told its database,
 * session secret and address: nothing is generated or assumed there. Without NODE_ENV=production,
 * the launcher fills those in for a local try-out (embedded database, a secret kept in .data/).
 * No "server-only": scripts and instrumentation.ts import it too.
 */
import { z } from "zod";

const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(
        POSTGRES_URL,
        "DATABASE_URL must be a PostgreSQL address, e.g. postgresql://user:password@host:5432/involve",
      )
      .optional(),
    DATABASE_EMBEDDED: z.enum(["0", "1"], { error: "DATABASE_EMBEDDED must be 1 or left unset" }).optional(),
    DATABASE_POOL_SIZE: whole("DATABASE_POOL_SIZE", 1, 200).optional(),
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: z
      .url({
        protocol: /^https?$/,
        error: "NEXTAUTH_URL must be the address people use to reach Involve, e.g. https://involve.example.ac.uk",
      })
      .optional(),
    PORT: whole("PORT", 1, 65535).optional(),
    SEED_DEMO: z.enum(["true", "false"], { error: "SEED_DEMO must be true or false" }).optional(),
    TRUST_PROXY_HOPS: whole("TRUST_PROXY_HOPS", 0, 10).optional(),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…:465" })
      .optional(),
    EMAIL_FROM: z.string().max(300, "EMAIL_FROM is too long").optional(),
    JOBS_POLL_SECONDS: z.coerce
      .number({ error: "JOBS_POLL_SECONDS must be a number" })
      .min(0.5, "JOBS_POLL_SECONDS must be at least 0.5")
      .max(600, "JOBS_POLL_SECONDS must be at most 600")
      .optional(),
    JOBS_SUPERVISE_SECONDS: whole("JOBS_SUPERVISE_SECONDS", 1, 3600).optional(),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent",
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    const missing = (variable: string, why: string) =>
      ctx.addIssue({ code: "custom", path: [variable], message: `${variable} is not set: ${why}` });
    if (!env.DATABASE_URL) missing("DATABASE_URL", "production needs its own PostgreSQL database.");
    if (!env.NEXTAUTH_URL) missing("NEXTAUTH_URL", "set it to the address people use to reach Involve.");
    if (!env.NEXTAUTH_SECRET) missing("NEXTAUTH_SECRET", "make one with `openssl rand -base64 32`.");
    else if (env.NEXTAUTH_SECRET.length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET is too short: use at least 32 characters, e.g. from `openssl rand -base64 32`.",
      });
    }
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Involve cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Empty values (`DATABASE_URL=` in .env) count as unset, as .env.example shows them. */
function withoutEmpty(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
}

/** The checked configuration, or a ConfigError listing every problem by variable name. */
export function checkConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
}

/** Whether this process is production (nothing may be generated or assumed). */
export const isProduction = (env: Record<string, string | undefined> = process.env) => env.NODE_ENV === "production";

/**
 * Whether to load the demo partnership into an empty database: on the embedded default unless
 * SEED_DEMO=false; on a database of your own (DATABASE_URL) only when SEED_DEMO=true is given.
 */
export function shouldSeedDemo({ embedded, seedDemo }: { embedded: boolean; seedDemo?: "true" | "false" }) {
  return embedded ? seedDemo !== "false" : seedDemo === "true";
}
