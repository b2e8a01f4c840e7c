import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { expect, signInAs, test } from "./fixtures";

const homes = { COORDINATOR: "/coordinator", ACADEMIC: "/academic", EXPERT: "/expert", ADMIN: "/coordinator" } as const;

test.describe("signing in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.label} signs in and lands on their home @smoke`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/sign-in/);
      await page.getByLabel("Email address").fill(account.email);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(new RegExp(`${homes[account.role]}$`));
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(page.getByText(account.name).first()).toBeVisible();
    });
  }

  test("a wrong password shows a clear message and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(DEMO_ACCOUNTS[0].email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("The email address or password is not right");
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Email address")).toHaveValue(DEMO_ACCOUNTS[0].email);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields are named in the error summary and linked", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your password" })).toBeVisible();
  });

  test("an expert opening a coordinator page is refused by the server", async ({ page }) => {
    await signInAs(page, "expert@involve.example");
    const response = await page.goto("/coordinator");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You cannot see this page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  });

  test("a signed-out visitor is sent to sign in", async ({ page }) => {
    await page.goto("/expert");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "academic@northbridge.ac.uk");
    await page.goto("/sign-out");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/academic");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an unknown address gets a helpful 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
