/**
 * Route gate, without a browser: every page and route handler found in app/ has an access
 * policy and, when dynamic, a sample for the end-to-end gates; every page in a role area
 * checks access itself (layouts are not a security boundary) and every route handler reads
 * the session itself. The HTTP behaviour is checked by tests/e2e/gates/authorization.spec.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_EXEMPT, FORM_FAILING_INPUT } from "../e2e/gates/forms";
import { PAGE_VARIANTS, SAMPLES } from "../e2e/gates/samples";
import { ROOT } from "./discover";
import { enumerateRoutes, fillPattern, GROUP_POLICY, isDynamic, policyFor, ROUTE_POLICY } from "./routes";

const routes = enumerateRoutes();
const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** Public routes and next-auth's handler do not check a role. */
const NO_SESSION_CHECK: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own handler",
  "/": "redirects to the caller's home or to sign in; reads the session itself",
};

describe("every route is known", () => {
  it("finds the routes", () => {
    expect(
      routes.some((r) => r.pattern === "/sign-in"),
      "route discovery found no /sign-in: is it broken?",
    ).toBe(true);
  });

  it("turns file paths into URL patterns", () => {
    const find = (pattern: string) => routes.find((r) => r.pattern === pattern);
    expect(find("/api/auth/[...nextauth]")).toMatchObject({ kind: "route", group: null, params: ["nextauth"] });
    expect(find("/sign-in")).toMatchObject({ kind: "page", group: "auth", params: [] });
    expect(fillPattern("/a/[id]/b/[...rest]", { id: "x y", rest: "1/2" })).toBe("/a/x%20y/b/1/2");
  });

  it("has an access policy for every route", () => {
    const missing = routes.filter((r) => !policyFor(r)).map((r) => `${r.pattern} (${r.file})`);
    expect(
      missing,
      "give these routes a policy in tests/gates/routes.ts: a route group in GROUP_POLICY or an entry in ROUTE_POLICY",
    ).toEqual([]);
    const patterns = new Set(routes.map((r) => r.pattern));
    expect(
      Object.keys(ROUTE_POLICY).filter((p) => !patterns.has(p)),
      "ROUTE_POLICY entries for routes that no longer exist",
    ).toEqual([]);
  });

  it("has a sample for every dynamic route, and none for routes that are gone", () => {
    const missing = routes.filter((r) => isDynamic(r) && !SAMPLES[r.pattern]).map((r) => `${r.pattern} (${r.file})`);
    expect(missing, "add a sample for this new route to tests/e2e/gates/samples.ts").toEqual([]);
    const dynamic = new Set(routes.filter(isDynamic).map((r) => r.pattern));
    expect(
      Object.keys(SAMPLES).filter((p) => !dynamic.has(p)),
      "samples for routes that no longer exist",
    ).toEqual([]);
  });

  it("has no page variants or form entries for pages that are gone", () => {
    const pages = new Set(routes.filter((r) => r.kind === "page").map((r) => r.pattern));
    const stale = [...Object.keys(PAGE_VARIANTS), ...Object.keys(FORM_FAILING_INPUT), ...Object.keys(FORM_EXEMPT)]
      .map((key) => key.split("#")[0]!)
      .filter((pattern) => !pages.has(pattern));
    expect(stale, "remove these from tests/e2e/gates/samples.ts (PAGE_VARIANTS) or tests/e2e/gates/forms.ts").toEqual(
      [],
    );
  });

  it("checks access in every page of a role area, not only in its layout", () => {
    const unchecked = routes
      .filter((r) => r.kind === "page" && r.group && Array.isArray(GROUP_POLICY[r.group]))
      .filter((r) => !new RegExp(`requireArea\\(\\s*["']${r.group}["']\\s*\\)`).test(source(r.file)))
      .map((r) => r.file);
    expect(unchecked, `every page in a role area starts with requireArea("<area>") (lib/auth/guard.ts)`).toEqual([]);
  });

  it("makes every route handler of a role area with defineRoute for that area", () => {
    const unchecked = routes
      .filter((r) => r.kind === "route" && !NO_SESSION_CHECK[r.pattern] && policyFor(r) !== "PUBLIC")
      .filter(
        (r) => !new RegExp(`defineRoute(<[^>]*>)?\\(\\s*\\{[^}]*area:\\s*["']${r.group}["']`).test(source(r.file)),
      )
      .map((r) => r.file);
    expect(unchecked, `route handlers are made with defineRoute({ name, area }) (lib/routes/route.ts)`).toEqual([]);
  });

  it("makes every public route handler with definePublicRoute or defineProbeRoute, and only those", () => {
    const routeHandlers = routes.filter((r) => r.kind === "route" && !NO_SESSION_CHECK[r.pattern]);
    const publicOnes = routeHandlers.filter((r) => policyFor(r) === "PUBLIC");
    expect(
      publicOnes
        .filter((r) => !/export const GET = define(Public|Probe)Route(<[^>]*>)?\(/.test(source(r.file)))
        .map((r) => r.file),
      "a public route handler (no sign-in) is made with definePublicRoute, or for a health probe defineProbeRoute (lib/routes/route.ts)",
    ).toEqual([]);
    expect(
      routeHandlers
        .filter((r) => policyFor(r) !== "PUBLIC" && /define(Public|Probe)Route/.test(source(r.file)))
        .map((r) => r.file),
      "definePublicRoute and defineProbeRoute read no session: use them only for routes with PUBLIC in ROUTE_POLICY",
    ).toEqual([]);
  });

  it("answers every health probe per request, never once at build time", () => {
    const probes = routes.filter((r) => r.kind === "route" && /defineProbeRoute/.test(source(r.file)));
    expect(probes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/health", "/api/ready"]));
    expect(
      probes.filter((r) => !/^export const dynamic = "force-dynamic";$/m.test(source(r.file))).map((r) => r.file),
      'a probe reads nothing from the request: add export const dynamic = "force-dynamic" or Next answers it at build time',
    ).toEqual([]);
  });
});
