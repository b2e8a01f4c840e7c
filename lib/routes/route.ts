/**
 * The one wrapper every route handler (CSV, calendar and zip downloads) goes through, the twin of
 * defineAction: authenticate → area (role and the ids it needs) → run with the typed caller →
 * send the file with the common download headers. The handler returns a `Download`, or null
 * for "not found" (someone else's record gets the same answer as a missing one).
 *
 *   export const GET = defineRoute({ name: "statementCsv", area: "expert" }, async ({ user }) => ...);
 *
 * definePublicRoute is its one exception, for addresses opened without signing in (calendar
 * subscription feeds: calendar apps cannot sign in). No session is read; the handler's own
 * secret in the URL is the only proof, and every failure of it must return null, so a wrong
 * secret and a missing record look the same. Same headers and error handling.
 *
 * defineProbeRoute is for the health probes (/api/health, /api/ready) that load balancers and
 * orchestrators poll: no session, no secret, and an answer that is only ever 200 or 503 with
 * one of two fixed words, so nothing about the server can leak through it.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { checkCaller, INCOMPLETE_ACCOUNT, type CallerFor } from "@/lib/auth/caller";
import type { Area } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

export type Download = {
  /** Text, or the bytes of a binary file (an Excel template, a zip). */
  body: string | Uint8Array;
  /** Made safe for Content-Disposition here. */
  filename: string;
  type: "csv" | "calendar" | "xlsx" | "zip";
};

type RouteContext<A extends Area, P> = { request: Request; user: CallerFor<A>; params: P };

const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  calendar: "text/calendar; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
} as const;

/** Headers every answer from a route handler carries: nothing cached, nothing sniffed. */
const COMMON_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

export function safeFilename(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 120) || "download";
}

export function downloadResponse(download: Download): Response {
  // The byte-order mark makes Excel read names with accents as UTF-8.
  const body =
    typeof download.body === "string"
      ? download.type === "csv"
        ? `\uFEFF${download.body}`
        : download.body
      : new Blob([download.body as Uint8Array<ArrayBuffer>]);
  return new Response(body, {
    headers: {
      ...COMMON_HEADERS,
      "Content-Type": CONTENT_TYPE[download.type],
      "Content-Disposition": `attachment; filename="${safeFilename(download.filename)}"`,
    },
  });
}

/** One log line per call, as for actions: route, user id, request id, status, time. Never the file. */
function logRoute(
  route: string,
  request: Request | null,
  userId: string | null,
  started: number,
  response: Response,
  error?: unknown,
): Response {
  const line = {
    requestId: request?.headers.get(REQUEST_ID_HEADER) ?? undefined,
    route,
    userId,
    status: response.status,
    ms: Math.round(performance.now() - started),
  };
  if (error) logger.error({ ...line, err: error }, `route ${route} failed`);
  else logger.info(line, `route ${route}`);
  return response;
}

/** Run a handler and turn its result into the answer: the file, a plain 404, or a plain 500 (logged). */
async function answer(
  config: { name: string; notFound?: string },
  { request, userId, started }: { request: Request; userId: string | null; started: number },
  handler: () => Promise<Download | null>,
): Promise<Response> {
  try {
    const download = await handler();
    const response = download
      ? downloadResponse(download)
      : plain(404, config.notFound ?? "That file could not be found.");
    return logRoute(config.name, request, userId, started, response);
  } catch (error) {
    unstable_rethrow(error);
    const response = plain(500, "Something went wrong on our side. Try again in a moment.");
    return logRoute(config.name, request, userId, started, response, error);
  }
}

export function defineRoute<const A extends Area, P extends Record<string, string> = Record<string, never>>(
  config: { name: string; area: A; notFound?: string },
  handler: (ctx: RouteContext<A, P>) => Promise<Download | null>,
) {
  return async function route(request: Request, segment?: { params?: Promise<P> }): Promise<Response> {
    const started = performance.now();
    const user = await getSessionUser();
    if (!user) return logRoute(config.name, request, null, started, plain(401, "Sign in to download this file."));
    const check = checkCaller(config.area, user);
    if (!check.ok) {
      const refusal = plain(
        403,
        check.reason === "incomplete" ? INCOMPLETE_ACCOUNT : "You do not have permission to download this file.",
      );
      return logRoute(config.name, request, user.id, started, refusal);
    }
    return answer(config, { request, userId: user.id, started }, async () => {
      const params = ((await segment?.params) ?? {}) as P;
      return handler({ request, user: check.caller, params });
    });
  };
}

/**
 * A route anyone may open, proved by a secret in its own URL (see above). Return null for
 * anything that is not exactly right: the answer is then the same plain 404 for all of them.
 *
 *   export const GET = definePublicRoute<{ token: string }>({ name: "calendarFeed" }, async ({ params }) => ...);
 */
export function definePublicRoute<P extends Record<string, string> = Record<string, never>>(
  config: { name: string; notFound?: string },
  handler: (ctx: { request: Request; params: P }) => Promise<Download | null>,
) {
  return async function publicRoute(request: Request, segment?: { params?: Promise<P> }): Promise<Response> {
    return answer(config, { request, userId: null, started: performance.now() }, async () => {
      const params = ((await segment?.params) ?? {}) as P;
      return handler({ request, params });
    });
  };
}

/** What a probe answers: 200 {"status": ok} when the handler says true, else 503 {"status": failed}. */
export type ProbeConfig = { name: string; ok: string; failed: string };

/** Probes are polled, never cached, and carry no cookies: plain no-store. */
const PROBE_HEADERS = {
  "Cache-Control": "no-store",
  "Content-Type": "application/json",
  "X-Content-Type-Options": "nosniff",
} as const;

function probeAnswer(status: 200 | 503, word: string): Response {
  return new Response(JSON.stringify({ status: word }), { status, headers: PROBE_HEADERS });
}

/**
 * A health probe anyone may call (see above). The handler returns true or false and logs its
 * own reason; a throw is logged here and answers like false. The body is one of the two words
 * in the config, whatever happens. The route file also says `export const dynamic = "force-dynamic"`:
 * a probe reads nothing from the request, so Next would otherwise answer it once at build time.
 *
 *   export const dynamic = "force-dynamic";
 *   export const GET = defineProbeRoute({ name: "ready", ok: "ready", failed: "not ready" }, isReady);
 */
export function defineProbeRoute(config: ProbeConfig, handler: () => Promise<boolean>) {
  return async function probeRoute(): Promise<Response> {
    try {
      return (await handler()) ? probeAnswer(200, config.ok) : probeAnswer(503, config.failed);
    } catch (error) {
      logger.error({ route: config.name, err: error }, `probe ${config.name} failed`);
      return probeAnswer(503, config.failed);
    }
  };
}
