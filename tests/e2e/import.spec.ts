/**
 * A coordinator imports a spreadsheet of 20 experts: the first file has one bad row (named, and
 * nothing can be confirmed), the corrected file imports all 20, and they are in the pool.
 * An admin sees the admin import page. Screenshots at 390 px and 1280 px go to .e2e/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, signInAs, test, testDb } from "./fixtures";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");
const shot = async (page: import("@playwright/test").Page, name: string) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.e2e/screens/${name}-${width}.png`, fullPage: true });
  }
};

test("a coordinator imports 20 experts, fixing one bad row first", async ({ page }) => {
  const db = testDb();
  // The fixture's addresses, made new for this run, so a retry (or a second run on one database) imports them afresh.
  const domain = `bad-row-${Date.now().toString(36)}.fixture.example`;
  const fixtureFile = (name: string) => ({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(readFileSync(path.join(FIXTURES, name), "utf8").replaceAll("bad-row.fixture.example", domain)),
  });
  const coordinator = await db.user.findUniqueOrThrow({
    where: { email: "coordinator@northbridge.ac.uk" },
    select: { institution: { select: { partnershipId: true } } },
  });
  const partnershipId = coordinator.institution!.partnershipId;
  await db.partner.upsert({
    where: { partnershipId_name: { partnershipId, name: "Carers Together" } },
    create: { partnershipId, name: "Carers Together", type: "CARERS_CENTRE" },
    update: {},
  });

  await signInAs(page, "coordinator@northbridge.ac.uk");
  await page.goto("/coordinator");
  await page.getByRole("link", { name: "Import" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from a spreadsheet" })).toBeVisible();
  await shot(page, "coordinator-import");

  // Not a spreadsheet: refused with a message on the file field.
  await page.getByLabel("Spreadsheet file").setInputFiles(path.join(FIXTURES, "not-really.xlsx"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("is not an Excel workbook").first()).toBeVisible();

  await page.getByRole("radio", { name: "Experts" }).check();
  await page.getByLabel("Spreadsheet file").setInputFiles(fixtureFile("experts-one-bad-row.csv"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview: experts-one-bad-row.csv" })).toBeVisible();
  await expect(page.getByText("Row 8, Email:")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await shot(page, "coordinator-import-problems");

  await page.getByRole("link", { name: "upload it again" }).click();
  await page.getByRole("radio", { name: "Experts" }).check();
  await page.getByLabel("Spreadsheet file").setInputFiles(fixtureFile("experts-one-bad-row-fixed.csv"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("20 new experts to create")).toBeVisible();
  await expect(page.getByLabel("Email an invitation to the new experts")).not.toBeChecked();
  await shot(page, "coordinator-import-preview");
  await page.getByRole("button", { name: "Import 20 experts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imported: experts-one-bad-row-fixed.csv" })).toBeVisible();
  await expect(page.getByText("20 created")).toBeVisible();
  await shot(page, "coordinator-import-done");

  await page.goto(`/coordinator/experts?q=${domain}`);
  await expect(page.getByText(`expert20@${domain}`).or(page.getByText("20 experts")).first()).toBeVisible();
  expect(
    await db.expertProfile.count({
      where: { partnershipId, user: { email: { endsWith: `@${domain}` } } },
    }),
  ).toBe(20);
});

test("an admin has the admin import page", async ({ page }) => {
  await signInAs(page, "admin@northbridge.ac.uk");
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import from a spreadsheet" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Excel template for modules/ })).toBeVisible();
  const download = await page.request.get("/admin/import/template?kind=staff&format=csv");
  expect(download.headers()["content-disposition"]).toContain("involve-staff-template.csv");
  expect(await download.text()).toContain("Name,Email,Role,Institution");
  await shot(page, "admin-import");
});
