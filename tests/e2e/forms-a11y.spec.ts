/**
 * Forms and pages as GOV.UK's patterns expect (issue 13): a group in error is described by its
 * error and the summary link lands on its first radio; "Error: " in the title after a failed
 * submit; titles naming the record; focus on the message an in-page action shows; phone numbers
 * and emails as links; dates typed as day, month and year.
 */
import type { Page } from "@playwright/test";
import { formatDayMonth } from "@/lib/format";
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const ACADEMIC = "academic@northbridge.ac.uk";
const DAY = 24 * 3600 * 1000;

async function signedIn(browser: import("@playwright/test").Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

/** A fresh active expert with a phone number, and an open opportunity with one session in 9 days. */
async function world() {
  const db = testDb();
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
  const expert = await newDemoExpert("forms", { name: "Sam Forms", user: { phone: "07700 900 123" } });
  const { stamp } = expert;
  const title = `Skills day ${stamp}`;
  const startsAt = new Date(Date.now() + 9 * DAY);
  const opportunity = await db.opportunity.create({
    data: {
      institutionId: coordinator.institutionId!,
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title,
      summary: "Talk with students about caring.",
      payRatePence: 2500,
      status: "OPEN",
      publishedAt: new Date(),
      createdById: coordinator.id,
      contactId: coordinator.id,
      sessions: {
        create: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000), location: "Room 1.10", places: 3 },
      },
    },
    select: { id: true, sessions: { select: { id: true } } },
  });
  return { db, expert, title, startsAt, opportunity, sessionId: opportunity.sessions[0].id };
}

test("a radio group in error: described by its error, and the summary link focuses its first radio", async ({
  browser,
}) => {
  const page = await signedIn(browser, ACADEMIC);
  await page.goto("/academic/request");
  await page.waitForLoadState("networkidle");
  const titleBefore = await page.title();
  expect(titleBefore).not.toMatch(/^Error: /);
  const form = page.getByRole("form", { name: "Request involvement" });
  await form.getByRole("button", { name: /Send|Request|Ask/ }).click();
  const summary = form.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  // GOV.UK: the title says there is an error while the summary is on screen.
  await expect(page).toHaveTitle(`Error: ${titleBefore}`);

  const fieldset = form.locator("fieldset", { has: page.locator('input[name="stage"]') });
  const errorId = await fieldset.locator(".error-message").getAttribute("id");
  expect(errorId).toBeTruthy();
  expect((await fieldset.getAttribute("aria-describedby"))?.split(" ")).toContain(errorId);
  const errorText = (await fieldset.locator(".error-message").innerText()).replace(/^Error:\s*/, "");

  await summary.getByRole("link", { name: errorText }).click();
  const firstRadio = fieldset.locator('input[type="radio"]').first();
  await expect(firstRadio).toBeFocused();
  await expect(firstRadio).toHaveAccessibleName(/.+/);
  // ...and the radios are GOV.UK's size.
  const box = await firstRadio.boundingBox();
  expect(Math.round(box!.width)).toBe(40);
  expect(Math.round(box!.height)).toBe(40);
});

test("page titles name the record; the 404 page has a real title and the footer", async ({ browser }) => {
  const { title, startsAt, opportunity, sessionId, expert } = await world();
  const day = formatDayMonth(startsAt);
  const coordinator = await signedIn(browser, COORDINATOR);
  await coordinator.goto(`/coordinator/opportunities/${opportunity.id}`);
  await expect(coordinator).toHaveTitle(`${title}, ${day} – Opportunity – Involve`);
  await coordinator.goto(`/coordinator/sessions/${sessionId}`);
  await expect(coordinator).toHaveTitle(`${title}, ${day} – Session – Involve`);
  await coordinator.goto(`/coordinator/experts/${expert.expertId}`);
  await expect(coordinator).toHaveTitle(`${expert.name} – Expert – Involve`);
  await coordinator.goto("/coordinator/opportunities");
  await expect(coordinator).toHaveTitle("Opportunities – Involve");

  const expertPage = await signedIn(browser, expert.email);
  await expertPage.goto(`/expert/opportunities/${opportunity.id}`);
  await expect(expertPage).toHaveTitle(`${title}, ${day} – Opportunity – Involve`);
  await expertPage.goto("/expert/opportunities");
  await expect(expertPage).toHaveTitle(/^[A-Z].* – Involve$/);

  const academic = await signedIn(browser, ACADEMIC);
  await academic.goto("/academic/request");
  await expect(academic).toHaveTitle(/^[A-Z].* – Involve$/);

  const response = await coordinator.goto("/coordinator/opportunities/no-such-record");
  expect(response?.status()).toBe(404);
  await expect(coordinator).toHaveTitle("Page not found – Involve");
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(coordinator.getByRole("contentinfo")).toBeVisible();
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/no-such-page");
  await expect(anonymous).toHaveTitle("Page not found – Involve");
  await expect(anonymous.getByRole("contentinfo").getByRole("link", { name: "Privacy" })).toBeVisible();
});

test("after asking for a place and marking a message read, focus is on what happened", async ({ browser }) => {
  const { db, expert, opportunity } = await world();
  const page = await signedIn(browser, expert.email);
  await page.goto(`/expert/opportunities/${opportunity.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /^Ask for a place/ }).click();
  const said = page.getByRole("status").filter({ hasText: /./ }).first();
  await expect(said).toBeVisible();
  await expect(said).toBeFocused();

  await db.notification.create({
    data: { userId: expert.id, title: "Forms check", body: "A message to mark as read." },
  });
  await page.goto("/expert/messages");
  await page.waitForLoadState("networkidle");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Forms check/ }) });
  await expect(item, `${page.url()}: ${await page.locator("main").innerText()}`).toBeVisible();
  await item.getByRole("button", { name: /^Mark as read/ }).click();
  const marked = page.getByRole("status").filter({ hasText: "Marked as read." });
  await expect(marked).toBeVisible();
  await expect(marked).toBeFocused();
});

test("the coordinator's session page links phone numbers and emails", async ({ browser }) => {
  const { db, expert, sessionId } = await world();
  await db.booking.create({ data: { sessionId, expertId: expert.expertId, status: "REQUESTED" } });
  const page = await signedIn(browser, COORDINATOR);
  await page.goto(`/coordinator/sessions/${sessionId}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: expert.name }) });
  await expect(card.getByRole("link", { name: "07700 900 123" })).toHaveAttribute("href", "tel:07700900123");
  await expect(card.getByRole("link", { name: expert.email })).toHaveAttribute("href", `mailto:${expert.email}`);
});

test("a session's date is typed as day, month and year, with GOV.UK's errors", async ({ browser }) => {
  const { db, opportunity } = await world();
  const page = await signedIn(browser, COORDINATOR);
  await page.goto(`/coordinator/opportunities/${opportunity.id}/sessions/new`);
  await page.waitForLoadState("networkidle");
  const date = page.getByRole("group", { name: "Date" });
  await expect(date).toHaveAccessibleDescription(/For example, 27 3 2027/);
  await expect(date.locator('input[type="date"]')).toHaveCount(0);
  const day = date.getByLabel("Day");
  const month = date.getByLabel("Month");
  const year = date.getByLabel("Year");
  for (const box of [day, month, year]) await expect(box).toHaveAttribute("inputmode", "numeric");
  const nextYear = String(new Date().getFullYear() + 1);
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("End time").fill("12:00");
  await page.getByLabel("Place", { exact: true }).fill("Room 3.01");
  await page.getByLabel("Number of places").fill("2");

  // A month missing: the summary link lands on the Month box, and the typed day and year stay.
  await day.fill("4");
  await year.fill(nextYear);
  await page.getByRole("button", { name: "Add session" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole("link", { name: "Date of the session must include a month" }).click();
  await expect(month).toBeFocused();
  await expect(day).toHaveValue("4");
  await expect(year).toHaveValue(nextYear);
  await expect(month).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/Date of the session must include a month/);

  // 31 April: not a real date; the Day box is the one marked.
  await day.fill("31");
  await month.fill("4");
  await page.getByRole("button", { name: "Add session" }).click();
  await summary.getByRole("link", { name: "Date of the session must be a real date" }).click();
  await expect(day).toBeFocused();

  await day.fill("30");
  await page.getByRole("button", { name: "Add session" }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/opportunities/${opportunity.id}$`));
  await expect(page).not.toHaveTitle(/^Error: /);
  const sessions = await db.session.findMany({
    where: { opportunityId: opportunity.id },
    orderBy: { startsAt: "asc" },
  });
  expect(sessions.at(-1)!.startsAt.toISOString()).toBe(`${nextYear}-04-30T09:00:00.000Z`);
});
