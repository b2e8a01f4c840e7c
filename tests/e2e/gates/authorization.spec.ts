/**
 * Authorization gate over HTTP: every route found in app/ is requested as a signed-out visitor
 * and as each demo role. Signed out → sent to sign in (or 401 for files); allowed roles → 200;
 * other roles → 403 (files may answer 404, which says nothing about what exists); someone
 * else's record (the sample's `foreign`) → 404 or 403 even for an allowed role. A public route
 * proved by a secret in its address (a calendar feed) answers everyone with the right secret, and
 * its `foreign` sample (a reset secret) → a 404 with no calendar data.
 */
import type { APIResponse } from "@playwright/test";
import { accessOf, allowedRoles, expect, ROLES, ROUTES, targetsFor, test, type Caller } from "./support";

async function fetchAs(
  as: (c: Caller) => Promise<import("@playwright/test").BrowserContext>,
  caller: Caller,
  url: string,
): Promise<APIResponse> {
  const context = await as(caller);
  return context.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
}

const isRedirect = (status: number) => status >= 300 && status < 400;

test.describe("authorization gate: every route × every role", () => {
  for (const route of ROUTES) {
    test(`${route.pattern} (${route.kind})`, async ({ as }) => {
      const access = accessOf(route);
      const { url, foreignUrl } = await targetsFor(route);
      const allowed = allowedRoles(access);
      const report: string[] = [];

      const anonymous = await fetchAs(as, "anonymous", url);
      if (access === "PUBLIC") {
        if (anonymous.status() >= 400) report.push(`anonymous: ${anonymous.status()} (a public route should answer)`);
        // A public route proved by a secret in its address (a calendar feed): a wrong one is a 404.
        if (foreignUrl) {
          const foreign = await fetchAs(as, "anonymous", foreignUrl);
          const body = await foreign.text();
          if (foreign.status() !== 404) report.push(`anonymous on ${foreignUrl}: ${foreign.status()} (expected 404)`);
          if (/BEGIN:VCALENDAR/.test(body)) report.push(`anonymous on ${foreignUrl}: the 404 carried calendar data`);
        }
      } else {
        const location = anonymous.headers()["location"] ?? "";
        const sentToSignIn = isRedirect(anonymous.status()) && location.includes("/sign-in");
        if (!sentToSignIn && anonymous.status() !== 401)
          report.push(`anonymous: ${anonymous.status()} ${location} (expected a redirect to /sign-in or 401)`);
      }

      for (const role of ROLES) {
        const response = await fetchAs(as, role, url);
        const status = response.status();
        if (access === "PUBLIC") {
          if (status >= 400) report.push(`${role}: ${status} (a public route should answer)`);
        } else if (allowed.includes(role)) {
          if (status !== 200)
            report.push(`${role}: ${status} ${response.headers()["location"] ?? ""} (allowed: expected 200)`);
          if (foreignUrl) {
            const foreign = (await fetchAs(as, role, foreignUrl)).status();
            if (![403, 404].includes(foreign))
              report.push(`${role} on someone else's record ${foreignUrl}: ${foreign} (expected 404 or 403)`);
          }
        } else {
          const expected = route.kind === "page" ? [403] : [403, 404];
          if (!expected.includes(status))
            report.push(
              `${role}: ${status} ${response.headers()["location"] ?? ""} (refused: expected ${expected.join(" or ")})`,
            );
        }
      }
      expect(report, `${url}\n${report.join("\n")}`).toEqual([]);
    });
  }
});
