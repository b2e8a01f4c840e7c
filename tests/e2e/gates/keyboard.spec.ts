/**
 * Keyboard-only journey: the demo expert signs in, finds an open opportunity, asks for a place
 * and withdraws (through the confirmation page) with Tab, Enter and typing only. Every element
 * Tab reaches must show a visible focus indicator; a failed submit puts focus on the error
 * summary; the first Tab stop is the skip link.
 */
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { testDb } from "../fixtures";
import { demoAccount, emailOf, expect, focusIndicator, test } from "./support";

type Target = { tag?: string; text?: RegExp; href?: RegExp; testId?: string; label?: RegExp };

/** Presses Tab until the focused element matches; every stop on the way must look focused. */
async function tabTo(page: Page, target: Target, unfocused: string[], max = 120): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    if (!focus.indicator) unfocused.push(`${page.url()}: ${focus.element}`);
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const labelled = el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "";
      return {
        tag: el?.tagName.toLowerCase() ?? "",
        text: (el?.textContent ?? "").replace(/\s+/g, " ").trim(),
        href: el?.getAttribute("href") ?? "",
        testId: el?.getAttribute("data-testid") ?? "",
        label: labelled.trim(),
      };
    });
    const matches =
      (!target.tag || here.tag === target.tag) &&
      (!target.text || target.text.test(here.text)) &&
      (!target.href || target.href.test(here.href)) &&
      (!target.testId || here.testId === target.testId) &&
      (!target.label || target.label.test(here.label));
    if (matches) return here.text;
  }
  throw new Error(
    `Tab never reached ${JSON.stringify({ ...target, text: target.text?.source, href: target.href?.source, label: target.label?.source })} on ${page.url()}`,
  );
}

/** An open opportunity on the list's first page with a session the demo expert can ask for. */
async function askableOpportunities(): Promise<string[]> {
  const expert = await demoAccount("EXPERT");
  const sessions = await testDb().session.findMany({
    where: {
      startsAt: { gt: new Date(Date.now() + 86_400_000) },
      cancelledAt: null,
      opportunity: { status: "OPEN", institution: { partnershipId: expert.partnershipId! } },
      bookings: { none: { expertId: expert.expertId!, status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] } } },
    },
    select: { opportunityId: true, places: true, _count: { select: { bookings: { where: { status: "CONFIRMED" } } } } },
  });
  return [...new Set(sessions.filter((s) => s._count.bookings < s.places).map((s) => s.opportunityId))];
}

test("an expert signs in, asks for a place and withdraws with the keyboard only", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const unfocused: string[] = [];
  const started = new Date();

  await page.goto("/sign-in");
  await page.waitForLoadState("networkidle");

  // The skip link comes first.
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => document.activeElement?.getAttribute("href")),
    "the first Tab stop is the skip link",
  ).toBe("#main");

  // An empty submit: the error summary takes focus.
  await tabTo(page, { tag: "button", text: /^Sign in$/ }, unfocused);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("error-summary")).toBeFocused();

  await tabTo(page, { tag: "input", label: /Email address/ }, unfocused);
  await page.keyboard.type(emailOf("EXPERT"));
  await tabTo(page, { tag: "input", label: /Password/ }, unfocused);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/expert$/);
  await page.waitForLoadState("networkidle");

  await tabTo(page, { tag: "a", href: /^\/expert\/opportunities$/ }, unfocused);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/expert\/opportunities$/);
  await page.waitForLoadState("networkidle");

  const askable = new Set(await askableOpportunities());
  const listed = await page
    .locator("main a[href^='/expert/opportunities/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!.split("/").pop()!));
  const chosen = listed.find((id) => askable.has(id));
  expect(chosen, "an opportunity on the first page of the list has a session with a free place").toBeDefined();

  await tabTo(page, { tag: "a", href: new RegExp(`/expert/opportunities/${chosen}$`) }, unfocused);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/expert/opportunities/${chosen}$`));
  await page.waitForLoadState("networkidle");

  const asked = await tabTo(page, { tag: "button", text: /^Ask for a place/ }, unfocused);
  const when = asked.replace(/^Ask for a place on /, "");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /asked for a place/i })).toBeVisible();

  await tabTo(
    page,
    { tag: "a", text: new RegExp(`^Withdraw from ${when.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) },
    unfocused,
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Are you sure you want to withdraw?" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  await tabTo(page, { tag: "button", text: /^Yes, withdraw$/ }, unfocused);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/expert\?done=withdrawn/);

  const expert = await demoAccount("EXPERT");
  const booking = await testDb().booking.findFirst({
    where: { expertId: expert.expertId!, session: { opportunityId: chosen } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, status: true, sessionId: true },
  });
  expect(booking?.status, "the booking is withdrawn in the database").toBe("WITHDRAWN");
  // Other specs share the demo data: take the journey's booking and its messages out again.
  await testDb().$transaction([
    testDb().auditEvent.deleteMany({ where: { entityId: booking!.id } }),
    testDb().notification.deleteMany({
      where: { createdAt: { gte: started }, link: { contains: booking!.sessionId } },
    }),
    testDb().booking.delete({ where: { id: booking!.id } }),
  ]);
  expect(
    [...new Set(unfocused)],
    `focused elements with no visible focus indicator:\n${[...new Set(unfocused)].join("\n")}`,
  ).toEqual([]);
  await context.close();
});
