/**
 * Hostile input through the running app: markup saved through a form comes back as text (no
 * script runs, no element is injected) wherever it is shown, and password guessing through
 * next-auth's real endpoint is slowed — even the right password must wait at that address.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { testDb } from "../fixtures";
import { demoAccount, expect, test } from "./support";

/** Undo what a test added to the shared demo data, after the test, pass or fail. */
const cleanups: (() => Promise<unknown>)[] = [];
const onCleanup = (fn: () => Promise<unknown>) => cleanups.push(fn);
test.afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined);
});

const PAYLOAD = `<script>window.__xss = 1; alert("xss")</script><img src="x" onerror="window.__xss = 2; alert('xss')">"><svg onload=alert(3)>`;

/** Fails the test if any dialog opens or the payload's markers appear. */
function watchForScript(page: Page, fired: string[]) {
  page.on("dialog", async (dialog) => {
    fired.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
}

async function expectInert(page: Page, fired: string[], where: string) {
  await page.waitForLoadState("networkidle");
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    `${where}: the saved markup ran`,
  ).toBeUndefined();
  expect(
    await page.locator('main img[src="x"], main svg[onload]').count(),
    `${where}: the saved markup became elements`,
  ).toBe(0);
  expect(fired, `${where}: a dialog opened`).toEqual([]);
}

test.describe("hostile input in the running app", () => {
  test("markup in an expert's availability notes is shown as text to them and to their coordinator", async ({ as }) => {
    const fired: string[] = [];
    const expert = await demoAccount("EXPERT");
    // Other specs share the demo data: put the notes back afterwards.
    const { availabilityNotes } = await testDb().expertProfile.findUniqueOrThrow({
      where: { id: expert.expertId! },
      select: { availabilityNotes: true },
    });
    onCleanup(() => testDb().expertProfile.update({ where: { id: expert.expertId! }, data: { availabilityNotes } }));
    const expertPage = await (await as("EXPERT")).newPage();
    watchForScript(expertPage, fired);
    await expertPage.goto("/expert/profile?change=interests");
    await expertPage.getByLabel(/When are you usually free/).fill(PAYLOAD);
    await expertPage.getByRole("button", { name: "Save what you would like to do" }).click();
    await expect(expertPage.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
    await expertPage.reload();
    await expect(expertPage.getByLabel(/When are you usually free/)).toHaveValue(PAYLOAD);
    await expectInert(expertPage, fired, "/expert/profile");

    const coordinatorPage = await (await as("COORDINATOR")).newPage();
    watchForScript(coordinatorPage, fired);
    await coordinatorPage.goto(`/coordinator/experts/${expert.expertId}`);
    await expect(coordinatorPage.getByText(PAYLOAD, { exact: true })).toBeVisible();
    await expectInert(coordinatorPage, fired, "/coordinator/experts/[id]");
  });

  test("markup in a partner group's name is shown as text in the list and on its page", async ({ as }) => {
    const fired: string[] = [];
    const page = await (await as("COORDINATOR")).newPage();
    watchForScript(page, fired);
    const name = `Group ${Date.now()} ${PAYLOAD}`.slice(0, 200);
    await page.goto("/coordinator/partners/new");
    await page.getByLabel("Name of the group").fill(name);
    await page.getByRole("group", { name: "What kind of group is it?" }).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Add group" }).click();
    await expect(page).toHaveURL(/\/coordinator\/partners\/[^/]+\?saved=created/);
    const partnerId = new URL(page.url()).pathname.split("/").pop()!;
    onCleanup(() => testDb().partner.deleteMany({ where: { id: partnerId } }));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
    await expectInert(page, fired, "/coordinator/partners/[id]");
    await page.goto("/coordinator/partners");
    await expect(page.getByText(name).first()).toBeVisible();
    await expectInert(page, fired, "/coordinator/partners");
  });
});

async function attempt(request: APIRequestContext, email: string, password: string, address: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "X-Forwarded-For": address },
    failOnStatusCode: false,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const cookies = (await request.storageState()).cookies;
  return {
    error: new URL(body.url ?? "http://x/").searchParams.get("error") ?? "",
    signedIn: cookies.some((c) => c.name.includes("session-token")),
  };
}

test.describe("sign-in brute force", () => {
  test("after 6 wrong passwords from one address, even the right password from there must wait", async ({
    playwright,
    browser,
    baseURL,
  }) => {
    const email = `gate-bruteforce-${Date.now()}@test.example`;
    const password = "the-right-password-2026";
    const target = await testDb().user.create({
      data: { email, name: "Brute Force Target", role: "EXPERT", passwordHash: await bcrypt.hash(password, 4) },
    });
    onCleanup(() => testDb().user.delete({ where: { id: target.id } }));
    // A made-up client address, so the per-address counter of the test machine is not used up.
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

    for (let i = 1; i <= 6; i++) {
      const request = await playwright.request.newContext({ baseURL });
      const result = await attempt(request, email, `wrong-${i}`, address);
      expect(result.signedIn, `wrong password ${i} signed in`).toBe(false);
      expect(result.error, `wrong password ${i}`).toMatch(/not right/);
      await request.dispose();
    }
    const request = await playwright.request.newContext({ baseURL });
    const locked = await attempt(request, email, password, address);
    expect(locked.signedIn, "the right password during the wait must not sign in").toBe(false);
    expect(locked.error).toContain("Too many attempts");
    await request.dispose();

    // Whoever is at that address sees why, in the form.
    const page = await browser.newPage({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Too many attempts");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.context().close();
  });

  test("an unknown email is slowed the same way, so the wait does not reveal who has an account", async ({
    playwright,
    baseURL,
  }) => {
    const email = `gate-nobody-${Date.now()}@test.example`;
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    let last = "";
    for (let i = 1; i <= 7; i++) {
      const request = await playwright.request.newContext({ baseURL });
      last = (await attempt(request, email, `guess-${i}`, address)).error;
      await request.dispose();
    }
    expect(last).toContain("Too many attempts");
  });
});
