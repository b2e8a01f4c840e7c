/**
 * A new partnership starts by itself, end to end in Chromium: `npm run setup` prints the first
 * admin's one-time link → the admin chooses a password and signs in → adds an institution, a
 * programme and a module → invites an academic, who is emailed a short code (through the e2e
 * runner's real worker and SMTP server), types it on the /join page as one would from a phone,
 * chooses a password and finds the module under "My modules".
 */
import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test, testDb } from "./fixtures";
import { waitForEmail } from "./mail";

const PASSWORD = "a partnership of our own";

/** `npm run setup -- …` as an operator runs it, on the e2e database; what it printed. */
function runSetup(args: string[], baseURL: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/run.mjs", "scripts/setup.ts", ...args], {
      env: { ...process.env, NEXTAUTH_URL: baseURL },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("close", (code) => resolve({ code, out }));
  });
}

async function choosePassword(page: Page) {
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("Type the same password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password" }).click();
  await page.getByRole("link", { name: "Sign in" }).click();
}

async function signIn(page: Page, email: string) {
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Wait for the sign-in to finish before going anywhere, or the navigation cancels it.
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test("a new partnership: first admin from the command line, an institution, a module, an academic who finds it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const adminEmail = `first-admin-${stamp}@riverside.example`;
  const academicEmail = `lena-${stamp}@riverside.example`;
  const partnership = `Riverside Partnership ${stamp}`;
  const college = `Riverside College ${stamp}`;

  // 1. The operator makes the first admin and passes on the link it prints.
  const setup = await runSetup(
    [
      "--email",
      adminEmail,
      "--name",
      "Morgan Reed",
      "--partnership",
      partnership,
      "--institution",
      `Riverside University ${stamp}`,
    ],
    baseURL!,
  );
  expect(setup.out).toContain("Created the partnership, the institution, the admin account.");
  expect(setup.code).toBe(0);
  const link = /(http\S+\/set-password\?token=[A-Za-z0-9_-]+)/.exec(setup.out)?.[1];
  expect(link, setup.out).toBeTruthy();

  // 2. The admin chooses a password and signs in; the admin area is theirs.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await choosePassword(page);
  await signIn(page, adminEmail);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // 3. An institution, a programme in it and (after inviting its academic) a module.
  await page.getByRole("navigation").getByRole("link", { name: "Institutions" }).click();
  await page.getByRole("link", { name: /Add an institution/ }).click();
  await page.getByLabel("Full name").fill(college);
  await page.getByLabel("Short name").fill("RC");
  await page.getByRole("button", { name: "Add institution" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(college) })).toBeVisible();

  const db = testDb();
  const institution = await db.institution.findUniqueOrThrow({ where: { name: college } });
  await page.goto(`/admin/modules/programmes/new?institution=${institution.id}`);
  await page.getByLabel("Name of the programme").fill("BA (Hons) Social Work");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Add programme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /BA \(Hons\) Social Work/ })).toBeVisible();

  // 4. The academic is invited by email.
  await page.getByRole("navigation").getByRole("link", { name: "Staff" }).click();
  await page
    .getByRole("link", { name: /Invite/ })
    .first()
    .click();
  await page.getByLabel("Full name").fill("Dr Lena Fox");
  await page.getByLabel("Email address").fill(academicEmail);
  await page.getByRole("radio", { name: /Academic/ }).check();
  await page.getByLabel("University").selectOption({ label: college });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(/Dr Lena Fox/).first()).toBeVisible();

  await page.goto(`/admin/modules/new?institution=${institution.id}`);
  await page.getByLabel("Module code").fill("SW140");
  await page.getByLabel("Title").fill("Listening to people who use services");
  await page.getByLabel("Module leader").selectOption({ label: `Dr Lena Fox (${academicEmail})` });
  await page.getByRole("button", { name: "Add module" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /SW140/ })).toBeVisible();

  // 5. The academic types the code from the email, as one would from a phone: any case, spaced.
  const email = await waitForEmail({ to: academicEmail });
  const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(email.text)?.[1];
  expect(code, email.text).toBeTruthy();
  const academic = await page.context().browser()!.newContext({ baseURL });
  const phone = await academic.newPage();
  await phone.goto("/join");
  await phone.getByRole("textbox", { name: "Invitation code" }).fill(code!.toLowerCase().replaceAll("-", " "));
  await phone.getByRole("button", { name: "Continue" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await choosePassword(phone);
  await signIn(phone, academicEmail);
  await expect(phone.getByRole("heading", { level: 1, name: "My modules" })).toBeVisible();
  await expect(phone.getByText("Listening to people who use services")).toBeVisible();
  await academic.close();
});
