/**
 * Public route handlers under hostile requests: every route handler anyone may open without
 * signing in (PUBLIC in tests/gates/routes.ts; next-auth's own handler aside) is found from the
 * file system and called as a signed-out visitor with hostile query strings, path values,
 * headers and methods. Whatever arrives, the answer is never a 500 and reveals nothing: no stack
 * trace, no SQL, no environment (database address, secrets, versions, paths), no migration
 * names. A health probe (defineProbeRoute) answers exactly what it answers a plain GET: its
 * one fixed word, not cached. Each route exports GET only, so Next itself answers any other
 * method with an empty 405 (and HEAD with GET's headers).
 *
 * GATES_RUNS (default 25) sets the runs per route; GATES_SEED replays a failure.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migrationNames } from "@/lib/health/readiness";
import { runAs } from "../helpers/actor";
import { ROOT } from "./discover";
import { HOSTILE_STRINGS } from "./hostile";
import { enumerateRoutes, fillPattern, policyFor, type RouteInfo } from "./routes";

const RUNS = Number(process.env.GATES_RUNS ?? 25);
const SEED = process.env.GATES_SEED ? Number(process.env.GATES_SEED) : undefined;

/** next-auth's endpoints are its own (tests/e2e/gates/hostile.spec.ts drives them over HTTP). */
const NOT_OURS = new Set(["/api/auth/[...nextauth]"]);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const publicRoutes = enumerateRoutes().filter(
  (r) => r.kind === "route" && policyFor(r) === "PUBLIC" && !NOT_OURS.has(r.pattern),
);
const isProbe = (route: RouteInfo) => /defineProbeRoute/.test(readFileSync(path.join(ROOT, route.file), "utf8"));

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function load(route: RouteInfo): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path.join(ROOT, route.file)).href)) as Record<string, unknown>;
}

/** What must never appear in an answer to a stranger. */
function secrets(): string[] {
  const out = [process.version, ROOT, ...migrationNames()];
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]) {
    const value = process.env[name];
    if (value) out.push(value);
  }
  try {
    const url = new URL(process.env.DATABASE_URL ?? "");
    out.push(`${url.hostname}:${url.port || 5432}`, url.pathname.slice(1));
    if (url.password) out.push(url.password);
  } catch {}
  return out.filter((s) => s.length >= 4);
}

const LEAKS: [string, RegExp][] = [
  ["a stack trace", /\n\s+at\s|\bat\s+\S+\s+\(|node:internal|\.(ts|js|mjs):\d+:\d+/],
  [
    "SQL",
    /\b(select|insert|update|delete)\b[\s\S]{0,80}\b(from|into|set|where)\b|_prisma_migrations|syntax error|relation "/i,
  ],
  ["the database driver", /prisma|postgres|ECONN|ETIMEDOUT|DriverAdapter|P\d{4}\b/i],
  ["an error object", /\b(Error|TypeError|RangeError):/],
];

function revealed(text: string): string[] {
  const found = LEAKS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
  for (const secret of secrets()) if (text.includes(secret)) found.push(`"${secret.slice(0, 12)}…"`);
  return found;
}

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string(), fc.string({ unit: "binary" }));

const hostileQuery = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?debug=1&verbose=true&trace=1",
    "?__proto__[x]=1&constructor[prototype][y]=1",
    "?%00=%00",
    "?q=%E0%A4%A",
    `?${"a=1&".repeat(2_000)}`,
    "?sql=' OR 1=1 --",
    "?status=not%20ok",
  ),
  fc.dictionary(hostileString, hostileString, { maxKeys: 5 }).map((params) => `?${new URLSearchParams(params)}`),
);

const hostileHeaders = fc.dictionary(
  fc.constantFrom("accept", "x-forwarded-for", "x-forwarded-host", "cookie", "authorization", "user-agent", "x-debug"),
  fc.constantFrom(
    "*/*",
    "text/html",
    "1.2.3.4, ::1",
    "evil.example",
    "a=b; next-auth.session-token=x",
    "Bearer x",
    "x".repeat(8_000),
    "1",
  ),
  { maxKeys: 4 },
);

const hostileMethod = fc.constantFrom("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "PROPFIND");

async function call(
  handler: Handler,
  route: RouteInfo,
  params: Record<string, string>,
  query: string,
  headers: Record<string, string>,
  method: string,
) {
  let url: string;
  try {
    url = `http://involve.test${fillPattern(route.pattern, params)}${query}`;
    new URL(url);
  } catch {
    url = `http://involve.test${fillPattern(route.pattern, Object.fromEntries(route.params.map((p) => [p, "x"])))}`;
  }
  const body = ["GET", "HEAD"].includes(method) ? undefined : "' OR 1=1 --";
  const request = new Request(url, { method, headers, body });
  return runAs(null, () => handler(request, { params: Promise.resolve(params) }));
}

async function answerOf(response: Response) {
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
  return { status: response.status, body: await response.text(), headers };
}

describe("public route handlers answer hostile requests without revealing anything", () => {
  it("finds the public route handlers, the probes among them", () => {
    expect(publicRoutes.map((r) => r.pattern)).toEqual(
      expect.arrayContaining(["/api/health", "/api/ready", "/calendar/[token]"]),
    );
  });

  for (const route of publicRoutes) {
    it(route.pattern, async () => {
      const mod = await load(route);
      // Next answers methods a route does not export with an empty 405, HEAD from GET: export GET only.
      expect(
        HTTP_METHODS.filter((m) => m in mod),
        `${route.file}: a public route exports GET only`,
      ).toEqual(["GET"]);
      const handler = mod.GET as Handler;
      const probe = isProbe(route);
      const plainParams = Object.fromEntries(route.params.map((p) => [p, "x"]));
      const baseline = await answerOf(await call(handler, route, plainParams, "", {}, "GET"));
      if (probe) {
        expect([200, 503], `${route.pattern} as a plain GET`).toContain(baseline.status);
        expect(Object.keys(JSON.parse(baseline.body) as object)).toEqual(["status"]);
        expect(baseline.body).toMatch(/^\{"status":"[a-z ]{1,20}"\}$/);
      }

      const run = await fc.check(
        fc.asyncProperty(
          fc.record(Object.fromEntries(route.params.map((p) => [p, hostileString]))) as fc.Arbitrary<
            Record<string, string>
          >,
          hostileQuery,
          hostileHeaders,
          hostileMethod,
          async (params, query, headers, method) => {
            const answer = await answerOf(await call(handler, route, params, query, headers, method));
            const what = `${method} ${route.pattern} ${JSON.stringify(params).slice(0, 200)} ${query.slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 300)}`;
            if (answer.status >= 500 && !(probe && answer.status === 503))
              throw new Error(`answered ${answer.status}: ${what}`);
            const leaks = revealed(`${answer.body}\n${answer.headers}`);
            if (leaks.length) throw new Error(`revealed ${leaks.join(", ")}: ${what}`);
            if (!/no-store/.test(answer.headers))
              throw new Error(`answer may be cached (no Cache-Control: no-store): ${what}`);
            if (probe && (answer.status !== baseline.status || answer.body !== baseline.body))
              throw new Error(
                `a probe's answer changed with the request (was ${baseline.status} ${baseline.body}): ${what}`,
              );
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (run.failed) {
        const error = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
        throw new Error(`${error}\n(after ${run.numRuns} runs; replay with GATES_SEED=${run.seed})`);
      }
    });
  }
});
