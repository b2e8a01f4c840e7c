/**
 * Every route of the app, read from the file system (page.tsx and route.ts under app/), with
 * who may open it. Route groups "(…)" are dropped from the URL and decide the policy; dynamic
 * segments stay as placeholders ("[id]") and need a sample in tests/e2e/gates/samples.ts.
 * A route outside the known groups fails the gate until it is given a policy here.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROOT, walk } from "./discover";

export type RouteInfo = {
  /** Path of the file from the repository root. */
  file: string;
  kind: "page" | "route";
  /** URL pattern with placeholders: "/expert/bookings/[id]/calendar.ics". */
  pattern: string;
  /** The route group the file sits in ("expert" for "(expert)"), or null. */
  group: string | null;
  /** Dynamic segment names in order: ["id"]; catch-alls keep their name ("nextauth"). */
  params: string[];
};

export type RouteAccess = "PUBLIC" | readonly Role[];

const COORDINATORS = ["COORDINATOR", "ADMIN"] as const;

/** Policy by route group: every route in a group gets it. */
export const GROUP_POLICY: Record<string, RouteAccess> = {
  auth: "PUBLIC",
  // The privacy notice and accessibility statement: anyone may read them, signed in or not.
  public: "PUBLIC",
  coordinator: COORDINATORS,
  expert: ["EXPERT"],
  academic: ["ACADEMIC"],
  admin: ["ADMIN"],
};

/** Routes outside a role group, each decided on purpose. */
export const ROUTE_POLICY: Record<string, RouteAccess> = {
  "/": "PUBLIC", // sends people to their home or to sign in
  "/api/auth/[...nextauth]": "PUBLIC", // next-auth's own endpoints (csrf, session, callback)
  // Calendar subscription feeds: calendar apps cannot sign in, so the secret token in the
  // address is the proof (definePublicRoute); anything but a live token is a plain 404.
  "/calendar/[token]": "PUBLIC",
  // Health probes for load balancers and orchestrators (defineProbeRoute): 200 or 503 and one
  // fixed word, nothing else, whoever asks (tests/gates/public-routes.test.ts).
  "/api/health": "PUBLIC",
  "/api/ready": "PUBLIC",
};

const APP = path.join(ROOT, "app");

export function enumerateRoutes(): RouteInfo[] {
  if (!existsSync(APP)) return [];
  const files = walk(APP, (f) => /[\\/](page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(f));
  return files
    .map((full): RouteInfo | null => {
      const rel = path.relative(APP, full).split(path.sep);
      const fileName = rel.pop()!;
      // Private folders (_x) are not routes; parallel slots (@x) and groups ((x)) are not URL segments.
      if (rel.some((s) => s.startsWith("_"))) return null;
      const groups = rel.filter((s) => /^\(.+\)$/.test(s) && !/^\(\.+\)/.test(s)).map((s) => s.slice(1, -1));
      const segments = rel.filter((s) => !/^\(.+\)$/.test(s) && !s.startsWith("@"));
      const params = segments
        .map((s) => /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(s)?.[1])
        .filter((p): p is string => Boolean(p));
      return {
        file: path.relative(ROOT, full).split(path.sep).join("/"),
        kind: fileName.startsWith("page.") ? "page" : "route",
        pattern: `/${segments.join("/")}`,
        group: groups.at(-1) ?? null,
        params,
      };
    })
    .filter((r): r is RouteInfo => r !== null)
    .sort((a, b) => a.pattern.localeCompare(b.pattern) || a.kind.localeCompare(b.kind));
}

export function policyFor(route: RouteInfo): RouteAccess | undefined {
  return ROUTE_POLICY[route.pattern] ?? (route.group ? GROUP_POLICY[route.group] : undefined);
}

/** The URL for a pattern with its params filled in ("[...x]" takes a "/"-joined value). */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${pattern}`);
    return value.split("/").map(encodeURIComponent).join("/");
  });
}

export const isDynamic = (route: RouteInfo) => route.params.length > 0;
