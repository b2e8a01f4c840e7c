/**
 * The expert area on a phone (390 × 844): a compact header whose navigation folds behind
 * "Menu" (and is simply shown without JavaScript), the current section marked in the
 * navigation, larger text and easy read chosen on the profile, the group question shown only
 * when it applies, and the web-app manifest and icons that let an expert add Involve to their
 * home screen.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, newDemoExpert, newStamp, signInAs, test, testDb } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/** A fresh expert of the demo partnership, in one group, so tests never change shared demo data. */
async function newExpert() {
  const db = testDb();
  const partnership = await db.partnership.findFirstOrThrow({
    where: { name: "North Bridge Social Work Teaching Partnership" },
  });
  const group = await db.partner.create({
    data: { partnershipId: partnership.id, name: `Phone Carers ${newStamp()}`, type: "CARERS_CENTRE" },
  });
  return newDemoExpert("phone", { name: "Robin Phone", profile: { partners: { connect: { id: group.id } } } });
}

async function expertPage(
  browser: Browser,
  options: { viewport?: typeof PHONE; javaScriptEnabled?: boolean } = {},
): Promise<Page & { userId: string }> {
  const expert = await newExpert();
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, ...options });
  const page = await context.newPage();
  await signInAs(page, expert.email);
  return Object.assign(page, { userId: expert.id });
}

test.describe("the expert area on a phone", () => {
  test("the header folds the navigation behind Menu at 390 px, keeping Sign out and the unread count", async ({
    browser,
  }) => {
    const page = await expertPage(browser, { viewport: PHONE });
    await page.goto("/expert");
    await page.waitForLoadState("networkidle");
    const header = page.locator("header").first();
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = page.getByRole("button", { name: /^Menu/ });

    const height = (await header.boundingBox())?.height ?? Infinity;
    expect(height, "the header at 390 px (it was 268–316 px)").toBeLessThanOrEqual(100);
    await expect(nav).toBeHidden();
    await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toHaveAttribute("aria-controls", "service-navigation");

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "Payments" })).toBeVisible();
    await nav.getByRole("link", { name: "Payments" }).click();
    await expect(page).toHaveURL(/\/expert\/payments$/);
    // Moving to another page closes the menu again.
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("the Menu button shows how many messages are unread", async ({ browser }) => {
    const page = await expertPage(browser, { viewport: PHONE });
    await testDb().notification.createMany({
      data: [1, 2].map((n) => ({ userId: page.userId, title: `Hello ${n}`, body: "A message" })),
    });
    await page.goto("/expert");
    await expect(page.getByRole("button", { name: "Menu 2 unread messages" })).toBeVisible();
  });

  test("at desktop width the navigation is shown and there is no Menu button", async ({ browser }) => {
    const page = await expertPage(browser);
    await page.goto("/expert");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Menu/ })).toBeHidden();
    await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
  });

  test("without JavaScript the navigation is simply shown at 390 px", async ({ browser }) => {
    const page = await expertPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto("/expert/payments");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "Opportunities" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Menu/ })).toBeHidden();
    await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
  });

  test("the navigation marks the current section with aria-current and a visible bar", async ({ browser }) => {
    const page = await expertPage(browser);
    const nav = page.getByRole("navigation", { name: "Main" });
    const current = nav.locator('[aria-current="page"]');
    const opportunity = await testDb().opportunity.findFirstOrThrow({
      where: {
        status: "OPEN",
        institution: { partnership: { name: "North Bridge Social Work Teaching Partnership" } },
      },
      select: { id: true },
    });

    for (const [path, label] of [
      ["/expert", "Home"],
      ["/expert/opportunities", "Opportunities"],
      [`/expert/opportunities/${opportunity.id}`, "Opportunities"],
      ["/expert/payments", "Payments"],
      ["/expert/profile", "My profile"],
      ["/expert/statement", null], // under /expert, but not the home page itself
    ] as const) {
      await page.goto(path);
      if (label === null) {
        await expect(current, path).toHaveCount(0);
        continue;
      }
      await expect(current, path).toHaveCount(1);
      await expect(current, path).toHaveText(label);
      // Not colour alone: the current link carries a thick bar the others do not.
      expect(await current.evaluate((el) => getComputedStyle(el).borderBottomWidth), path).toBe("4px");
      const other = nav.getByRole("link", { name: label === "Home" ? "Payments" : "Home" });
      expect(await other.evaluate((el) => getComputedStyle(el).borderBottomWidth), path).toBe("0px");
    }
  });

  test("larger text and easy read, chosen on the profile, change the expert's pages", async ({ browser }) => {
    const page = await expertPage(browser, { viewport: PHONE });
    const opportunity = await testDb().opportunity.findFirstOrThrow({
      where: {
        status: "OPEN",
        institution: { partnership: { name: "North Bridge Social Work Teaching Partnership" } },
      },
      select: { id: true },
    });
    await page.goto("/expert");
    await expect(page.getByRole("heading", { name: "Coming up" })).toBeVisible();
    // Body text in px, rounded: the root size is a percentage, so it can come out as 22.0001.
    const bodySize = async () =>
      Math.round(
        parseFloat(
          await page
            .locator("main p")
            .first()
            .evaluate((el) => getComputedStyle(el).fontSize),
        ),
      );
    expect(await bodySize()).toBe(18);

    await page.goto("/expert/profile?change=display");
    const display = page.getByRole("form", { name: "How your pages look" });
    await display.getByLabel("Larger text").check();
    await display.getByLabel("Easy read").check();
    await display.getByRole("button", { name: "Save how your pages look" }).click();
    await expect(display.getByRole("status")).toContainText("saved");

    await page.goto("/expert");
    await expect(page.locator("main")).toHaveClass(/larger-text/);
    expect(await bodySize()).toBe(22);
    await expect(page.getByRole("heading", { name: "Your next sessions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Coming up" })).toHaveCount(0);

    await page.goto(`/expert/opportunities/${opportunity.id}`);
    await expect(page.getByRole("heading", { name: "When it is" })).toBeVisible();
    await page.goto("/expert/payments");
    await expect(page.getByText("You get money after each session.")).toBeVisible();

    // Turned off again, the standard wording and size come back.
    await page.goto("/expert/profile?change=display");
    await display.getByLabel("Larger text").uncheck();
    await display.getByLabel("Easy read").uncheck();
    await display.getByRole("button", { name: "Save how your pages look" }).click();
    await expect(display.getByRole("status")).toContainText("saved");
    await page.goto("/expert");
    await expect(page.getByRole("heading", { name: "Coming up" })).toBeVisible();
    expect(await bodySize()).toBe(18);
  });

  test("the profile is a short summary: Change opens one part's own form, saved on its own", async ({ browser }) => {
    const page = await expertPage(browser, { viewport: PHONE });
    await page.goto("/expert/profile");
    await expect(page.getByRole("form")).toHaveCount(0);
    await page.getByRole("link", { name: "Change contact details" }).click();
    const form = page.getByRole("form", { name: "Contact details" });
    await expect(page.getByRole("form")).toHaveCount(1);
    await form.getByLabel("Your phone number (optional)").fill("07700 900 123");
    await form.getByRole("button", { name: "Save contact details" }).click();
    await expect(form.getByRole("status")).toContainText("saved");
    await page.getByRole("link", { name: "Back to your profile" }).click();
    await expect(page.getByRole("form")).toHaveCount(0);
    await expect(page.getByText("07700 900 123")).toBeVisible();
  });

  test("“Which group pays you?” shows only while paid through a group is chosen, with or without JavaScript", async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await expertPage(browser, { viewport: PHONE, javaScriptEnabled });
      await page.goto("/expert/profile?change=pay");
      const pay = page.getByRole("form", { name: "How you are paid" });
      const group = pay.getByLabel("Which group pays you?");
      await expect(group).toBeHidden();
      await pay.getByLabel("Paid through my group").check();
      await expect(group).toBeVisible();
      await pay.getByLabel("Bank transfer").check();
      await expect(group).toBeHidden();
    }
  });

  test("an expert can add Involve to their home screen: manifest and icons, open to anyone", async ({ page }) => {
    const manifest = await page.request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as {
      name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(body).toMatchObject({
      name: "Involve",
      start_url: "/expert",
      display: "standalone",
      theme_color: "#1d4f5c",
    });
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const src of [...body.icons.map((i) => i.src), "/favicon.ico", "/icons/apple-touch-icon.png"]) {
      const icon = await page.request.get(src);
      expect(icon.status(), src).toBe(200);
      expect(icon.headers()["content-type"], src).toMatch(/^image\//);
    }

    await page.goto("/sign-in");
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveCount(1);
    await expect(page.locator('head meta[name="theme-color"]')).toHaveAttribute("content", "#1d4f5c");
  });
});
