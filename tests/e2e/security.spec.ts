/**
 * Production security as a browser and an attacker see it, against the built app: the headers on
 * a page, a download and an error page; the app still works with its Content-Security-Policy on;
 * sign-in timing that does not tell known emails from unknown ones; a guesser who cannot lock the
 * real person out; sessions that can be ended everywhere.
 */
import { hashPassword } from "@/lib/auth/password";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect, signInAs, test, testDb } from "./fixtures";

const cleanups: (() => Promise<unknown>)[] = [];
test.afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null, what: string) {
  expect(response, what).not.toBeNull();
  const headers = response!.headers();
  expect(headers["content-security-policy"], `${what}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(headers["content-security-policy"], `${what}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], `${what}: no unsafe-inline`).not.toContain("unsafe-inline");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("no-referrer");
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  // Each request's id, for the logs and for a person reporting a problem to quote.
  expect(headers["x-request-id"], `${what}: X-Request-Id`).toMatch(/^[0-9a-f-]{36}$/);
  // The test server is plain http://localhost: HSTS would be wrong there.
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
}

async function newUser(role: "EXPERT" | "COORDINATOR", password: string) {
  const email = `security-${role.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@test.example`;
  const user = await testDb().user.create({
    data: { email, name: "Security Test", role, passwordHash: await hashPassword(password) },
  });
  cleanups.push(() => testDb().user.delete({ where: { id: user.id } }));
  return user;
}

async function attempt(request: APIRequestContext, email: string, password: string, address?: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const started = performance.now();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: address ? { "X-Forwarded-For": address } : {},
    failOnStatusCode: false,
  });
  const ms = performance.now() - started;
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const cookies = (await request.storageState()).cookies;
  return {
    ms,
    error: new URL(body.url ?? "http://x/").searchParams.get("error") ?? "",
    signedIn: cookies.some((c) => c.name.includes("session-token")),
  };
}

/** Every CSP violation the page reports, from the DOM event and from the console. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test.describe("security headers", () => {
  test("a page, a download, an error page and a file all carry them", async ({ page, request }) => {
    expectSecurityHeaders(await page.goto("/sign-in"), "sign-in page");
    expectSecurityHeaders(await page.goto("/no-such-page"), "404 page");

    await signInAs(page, "expert@involve.example");
    expectSecurityHeaders(await page.request.get("/expert/statement/csv"), "CSV download");
    expectSecurityHeaders(await page.goto("/coordinator"), "403 page");

    // Next's own static files get the fixed headers (no CSP needed on a script file).
    const html = await (await request.get("/sign-in")).text();
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script, "a static script on the page").toBeTruthy();
    const file = await request.get(script!);
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    expect(file.headers()["referrer-policy"]).toBe("no-referrer");
  });

  test("each response has its own nonce, and the page's scripts carry it", async ({ request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const nonceOf = (r: APIResponse) => r.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "every script tag").toContain(`nonce="${nonceOf(first)}"`);
  });

  test("the app hydrates and works with the policy on: no violations", async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto("/sign-in");
    // A client-side check (React) runs only once hydrated: the empty form's errors appear.
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await page.getByLabel("Email address").fill("expert@involve.example");
    await page.getByLabel("Password").fill("involve-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/expert$/);
    // Client-side navigation and a server action.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link").nth(1).click();
    await page.waitForLoadState("networkidle");
    await page.goto("/coordinator/no-such-page").catch(() => {});
    expect(violations).toEqual([]);
  });

  test("a page cannot be framed by another site", async ({ page, baseURL }) => {
    const violations = watchCsp(page);
    await page.setContent(`<iframe id="f" src="${baseURL}/sign-in" width="600" height="400"></iframe>`);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f.url().includes("/sign-in"));
    const framedHeading = frame
      ? await frame
          .locator("h1")
          .count()
          .catch(() => 0)
      : 0;
    expect(framedHeading, "the sign-in page must not render inside a foreign frame").toBe(0);
    expect(violations.join(" ")).toMatch(/frame-ancestors|Refused to (display|frame)/i);
  });
});

test.describe("sign-in an attacker cannot use", () => {
  test("an unknown email takes as long to refuse as a wrong password (medians within 20 %)", async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const request = await playwright.request.newContext({ baseURL });
    // Warm up the route, the dummy hash and a real one.
    const warm = await newUser("EXPERT", "the-right-password-2026");
    await attempt(request, `warm-${Date.now()}@nobody.example`, "warm-up-guess", "198.51.100.1");
    await attempt(request, warm.email, "warm-up-guess", "198.51.100.1");
    // The other test worker shares the two cores, so a batch can be skewed by what runs beside it;
    // the refusal is timing-safe if a batch measured in the same conditions shows it.
    const batches: string[] = [];
    let gap = Infinity;
    for (let batch = 0; batch < 3 && gap >= 0.2; batch++) {
      const rounds = 25;
      const known: { email: string }[] = [];
      // One at a time: hashing 25 at once would load the machine just before measuring.
      for (let i = 0; i < rounds; i++) known.push(await newUser("EXPERT", "the-right-password-2026"));
      const knownMs: number[] = [];
      const unknownMs: number[] = [];
      for (let i = 0; i < rounds; i++) {
        // Interleaved, each email once and each pair from an address of its own (no throttle applies,
        // and up to 150 failures do not slow other tests' sign-ins from the default address), and
        // each kind first in turn, so drift and whatever the previous request left behind hit both alike.
        const address = `203.0.113.${batch * rounds + i + 1}`;
        const tryKnown = async () => knownMs.push((await attempt(request, known[i]!.email, `wrong-${i}`, address)).ms);
        const tryUnknown = async () =>
          unknownMs.push(
            (await attempt(request, `nobody-${Date.now()}-${i}@nobody.example`, `wrong-${i}`, address)).ms,
          );
        if (i % 2 === 0) {
          await tryKnown();
          await tryUnknown();
        } else {
          await tryUnknown();
          await tryKnown();
        }
      }
      const [k, u] = [median(knownMs), median(unknownMs)];
      gap = Math.abs(k - u) / Math.max(k, u);
      batches.push(`known email ${k.toFixed(0)} ms, unknown email ${u.toFixed(0)} ms`);
    }
    await request.dispose();
    console.log(`sign-in refusal medians: ${batches.join("; ")}`);
    expect(gap, batches.join("; ")).toBeLessThan(0.2);
  });

  test("a guesser at one address is slowed; the real person at their usual address still signs in", async ({
    playwright,
    baseURL,
  }) => {
    const password = "the-right-password-2026";
    const target = await newUser("COORDINATOR", password);
    const attacker = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const home = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const request = await playwright.request.newContext({ baseURL });
    for (let i = 1; i <= 6; i++) {
      const result = await attempt(request, target.email, `wrong-${i}`, attacker);
      expect(result.signedIn).toBe(false);
      expect(result.error).toContain("not right");
    }
    const refused = await attempt(request, target.email, password, attacker);
    expect(refused.signedIn, "the right password during the wait does not sign in").toBe(false);
    expect(refused.error).toMatch(/Too many attempts to sign in\. Wait \d+ seconds?, then try again\./);
    await request.dispose();

    // The real person, from their own address, is not locked out.
    const theirs = await playwright.request.newContext({ baseURL });
    expect((await attempt(theirs, target.email, password, home)).signedIn).toBe(true);
    await theirs.dispose();
  });
});

test.describe("ending sessions", () => {
  test("sign out everywhere ends the sessions on other devices too", async ({ browser }) => {
    const password = "the-right-password-2026";
    const user = await newUser("COORDINATOR", password);
    // Coordinators need an institution to use their area.
    const institution = await testDb().institution.findFirstOrThrow({ select: { id: true } });
    await testDb().user.update({ where: { id: user.id }, data: { institutionId: institution.id } });

    const laptop = await browser.newPage();
    const phone = await browser.newPage();
    await signInAs(laptop, user.email, password);
    await signInAs(phone, user.email, password);
    await phone.goto("/coordinator");
    await expect(phone).toHaveURL(/\/coordinator$/);

    await laptop.goto("/sign-out");
    await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(laptop).toHaveURL(/\/sign-in/);
    await laptop.goto("/coordinator");
    await expect(laptop).toHaveURL(/\/sign-in/);

    // The phone still has its cookie, but its session has ended.
    await phone.goto("/coordinator");
    await expect(phone).toHaveURL(/\/sign-in/);
    await laptop.context().close();
    await phone.context().close();
  });
});
