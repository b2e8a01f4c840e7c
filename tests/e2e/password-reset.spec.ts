/**
 * "Forgotten your password?" end to end: an expert asks on the sign-in page, the e2e runner's
 * worker emails the link to a real SMTP server, the test reads that email, follows the link in the
 * browser, chooses a new password and signs in with it. A fresh expert per run: the demo accounts'
 * passwords are used by the other tests.
 */
import { RESET_REQUESTED, RESET_SUBJECT } from "@/lib/invitations/words";
import { expect, newDemoExpert, test } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const OLD_PASSWORD = "the-old-forgotten-one";
const NEW_PASSWORD = "three words together";

async function freshExpert() {
  return newDemoExpert("reset", { name: "Sam Reset", password: OLD_PASSWORD });
}

test.describe("forgotten password", () => {
  test("an expert gets a link by email, sets a new password and signs in with it", async ({ page, baseURL }) => {
    const expert = await freshExpert();

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole("heading", { level: 1, name: "Forgotten your password?" })).toBeVisible();

    // Nothing typed, then a mistake: said plainly, and what was typed is kept.
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await page.getByLabel("Email address").fill("sam at example");
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("sam at example");

    await page.getByLabel("Email address").fill(expert.email.toUpperCase());
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeFocused();
    await expect(page.getByText(RESET_REQUESTED)).toBeVisible();

    // The email, as the SMTP server received it.
    const email = await waitForEmail({ to: expert.email, subject: RESET_SUBJECT });
    expect(email.text).toContain("Someone asked to reset the password for your Involve account.");
    expect(email.text).not.toContain("change how we contact you");
    const link = linkIn(email.text, `${baseURL}/set-password?token=`);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expect(page.getByText(expert.email)).toBeVisible();
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByLabel("Type the same password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set password" }).click();
    await expect(page.getByText("Your password is set. You can now sign in.")).toBeVisible();

    // The link worked once.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();

    // The old password no longer works; the new one does.
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(expert.email);
    await page.getByLabel("Password").fill(OLD_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("The email address or password is not right");
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/expert$/);
    await expect(page.getByText(expert.name).first()).toBeVisible();
  });

  test("an address with no account gets the same answer", async ({ page }) => {
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(`nobody-${Date.now()}@test.example`);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expect(page.getByText(RESET_REQUESTED)).toBeVisible();
    // "Try a different email address" starts again with an empty form.
    await page.getByRole("button", { name: "Try a different email address" }).click();
    await expect(page.getByLabel("Email address")).toHaveValue("");
  });

  test("screenshots of the page and its answer, on a phone and a desktop", async ({ page }, testInfo) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/forgot-password");
      await page.screenshot({ path: testInfo.outputPath(`forgot-password-${width}.png`), fullPage: true });
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`forgot-password-error-${width}.png`), fullPage: true });
      await page.getByLabel("Email address").fill(`nobody-${width}@test.example`);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`forgot-password-sent-${width}.png`), fullPage: true });
    }
  });
});
