/**
 * The reports and fair suggestions (issue 15), in the built app: every chart is named by its text
 * summary and followed by the table behind it; printed to PDF (A4, as a person would "Save as
 * PDF"), no table is wider than the paper; and a coordinator invites a suggested expert.
 */
import type { Page } from "@playwright/test";
import { expect, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const ACADEMIC = "academic@northbridge.ac.uk";

/** Each `svg[role=img]` is named by a summary with words in it, and a table follows it. */
async function expectChartsExplained(page: Page, expected: number) {
  const charts = page.locator("svg[role=img]");
  await expect(charts).toHaveCount(expected);
  for (const chart of await charts.all()) {
    const summaryId = await chart.getAttribute("aria-labelledby");
    expect(summaryId, "the chart is named by its summary").toBeTruthy();
    const summary = page.locator(`#${summaryId}`);
    await expect(summary).toContainText(/\w+ \w+ \w+/);
    const tableAfter = await chart.evaluate((svg) => {
      const tables = [...document.querySelectorAll("table")];
      return tables.some((t) => svg.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(tableAfter, "the table behind the chart follows it").toBe(true);
  }
}

/**
 * Printed on A4 with 1 cm margins, the content is 190 mm (718 px) wide: laid out at that width
 * for print, no table may reach past the paper's edge. Then the PDF itself is made.
 */
async function expectPrintsWithoutCutOffTables(page: Page) {
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("table")]
      .filter(
        (t) =>
          t.getBoundingClientRect().right > document.documentElement.clientWidth + 1 ||
          t.scrollWidth > t.clientWidth + 1,
      )
      .map((t) => t.querySelector("caption")?.textContent ?? "a table"),
  );
  expect(overflowing, "tables wider than the paper").toEqual([]);
  await expect(page.locator("header").first()).toBeHidden();
  const pdf = await page.pdf({ format: "A4", margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" } });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });
}

test("the coordinator's reports explain every chart and print cleanly", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, COORDINATOR);
  await page.goto("/coordinator/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Involvement report" })).toBeVisible();
  await expect(page.locator("#heat-map-summary")).toContainText("sessions of involvement");
  await expect(page.getByRole("table", { name: /Sessions and hours by module and stage/ })).toBeVisible();
  await expectChartsExplained(page, 1);
  await expectPrintsWithoutCutOffTables(page);

  await page.getByRole("link", { name: "The partnership, by university" }).click();
  await expect(page.getByRole("table", { name: /Sessions and hours by university and stage/ })).toBeVisible();
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Download the heat-map as CSV" }).getAttribute("href"))!,
  );
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toContain("Academic year,University,");

  await page.getByRole("link", { name: "Fair shares across the pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fair shares across the pool" })).toBeVisible();
  await expect(page.locator("#share-summary")).toContainText("of the sessions");
  await expectChartsExplained(page, 1);
  await expect(page.getByRole("table", { name: /by partner group/ })).toBeVisible();
  await expectPrintsWithoutCutOffTables(page);
});

test("the evidence pack maps stages to the regulator's standards and prints cleanly", async ({ page }) => {
  await signInAs(page, COORDINATOR);
  await page.goto("/coordinator/reports");
  await page.getByRole("link", { name: "Evidence for the regulator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evidence for the regulator" })).toBeVisible();
  await expect(page.locator("#evidence-summary")).toContainText("Mapped to Social Work England");
  const table = page.getByRole("table", { name: /Involvement by stage/ });
  await expect(table.getByRole("columnheader", { name: "Social Work England standard" })).toBeVisible();
  // The one clause verified against the published standards; the others carry no number.
  await expect(table.getByRole("row", { name: /Admissions and selection/ })).toContainText("Standard 1.3");
  await expect(table.getByRole("row", { name: /Teaching and learning/ })).toContainText("No clause number given");
  await expect(page.getByRole("heading", { level: 2, name: "Examples" })).toBeVisible();
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Download the stages as CSV" }).getAttribute("href"))!,
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Admissions and selection,1.3,");
  await expectPrintsWithoutCutOffTables(page);
});

test("an academic's programme report is figures only, and prints cleanly", async ({ page }) => {
  await signInAs(page, ACADEMIC);
  await page.goto("/academic/report");
  await page.getByRole("link", { name: /programme report/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programme report" })).toBeVisible();
  await expect(page.getByRole("table", { name: /by programme and stage/ })).toBeVisible();
  await expectChartsExplained(page, 1);
  await expectPrintsWithoutCutOffTables(page);
  // The coordinators' reports are not theirs.
  const response = await page.goto("/coordinator/reports/equity");
  expect(response?.status()).toBe(403);
});

test("a coordinator invites a suggested expert to ask for a place", async ({ page }) => {
  const db = testDb();
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
  const upcoming = await db.session.findMany({
    where: {
      opportunity: { institutionId: coordinator.institutionId!, status: "OPEN", type: { not: "GROUP_MEETING" } },
      startsAt: { gt: new Date(Date.now() + 86_400_000) },
      cancelledAt: null,
    },
    select: { id: true, places: true, _count: { select: { bookings: { where: { status: "CONFIRMED" } } } } },
    orderBy: { startsAt: "asc" },
  });
  // A session with a free place: only those are offered suggestions.
  const session = upcoming.find((s) => s._count.bookings < s.places);
  expect(session, "the demo data has an upcoming session with a free place").toBeDefined();
  await signInAs(page, COORDINATOR);
  await page.goto(`/coordinator/sessions/${session!.id}`);
  await page.getByRole("link", { name: "Suggest experts to invite, fairly" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suggested experts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How people are ranked" })).toBeVisible();
  const first = page.locator("ol > li").first();
  const name = (await first.getByRole("heading").getByRole("link").textContent())!;
  await first.getByRole("button", { name: /Invite to apply/ }).click();
  await expect(page.getByRole("status")).toContainText(`${name} has been invited to ask for a place.`);
  await expect(page.getByRole("status"), "focus goes to what happened").toBeFocused();
  await expect(page.locator("ol > li").filter({ hasText: name }).getByText("Invited", { exact: true })).toBeVisible();
  await expect.poll(() => db.sessionInvitation.count({ where: { sessionId: session!.id } })).toBeGreaterThan(0);

  // Changing the weighting ranks again, from the address.
  await page.getByLabel("Time since they were last involved").selectOption("0");
  await page.getByRole("button", { name: "Rank again" }).click();
  await expect(page).toHaveURL(/waiting=0/);
});
