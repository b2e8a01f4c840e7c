/**
 * A group meeting of the expert cohort (issue 14): the coordinator posts it from "New group
 * meeting" (no kind, stage or module to choose), pays it from the rate card and publishes it; an
 * expert whose interests are elsewhere still finds it among their matches and asks for a place;
 * once attendance is recorded it is paid and never a module's evidence.
 */
import type { Browser, Page } from "@playwright/test";
import { toDateInput } from "@/lib/format";
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";

async function pageFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

test("a coordinator posts a group meeting, an expert signs up, and it is never module evidence", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const db = testDb();
  const expert = await newDemoExpert("group-meeting", {
    name: "Morgan Meeting",
    profile: { interests: ["RESEARCH"], livedExperience: ["nothing in common"] },
  });
  const title = `Experts' group meeting ${expert.stamp}`;

  const coordinator = await pageFor(browser, COORDINATOR);
  await coordinator.goto("/coordinator/opportunities");
  await coordinator.getByRole("link", { name: "New group meeting" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "New group meeting" })).toBeVisible();
  // Nothing to choose that would make it a module's evidence.
  await expect(coordinator.getByLabel("Kind of involvement")).toHaveCount(0);
  await expect(coordinator.getByLabel("Stage of the programme")).toHaveCount(0);
  await expect(coordinator.getByLabel("Module (optional)")).toHaveCount(0);
  await coordinator.getByLabel("Title", { exact: true }).fill(title);
  await coordinator.getByLabel("Short description").fill("News, peer support and lunch.");
  await coordinator.getByLabel("Use the rate card amount").check();
  await coordinator.getByRole("button", { name: "Save draft" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByText("Never counted: a group meeting is not part of a module")).toBeVisible();
  const meetingId = coordinator.url().split("/").pop() as string;

  await coordinator.getByRole("link", { name: "Add a session" }).click();
  const [year, month, day] = toDateInput(new Date(Date.now() + 5 * 86_400_000)).split("-");
  const date = coordinator.getByRole("group", { name: "Date" });
  await date.getByLabel("Day").fill(day);
  await date.getByLabel("Month").fill(month);
  await date.getByLabel("Year").fill(year);
  await coordinator.getByLabel("Start time").fill("12:30");
  await coordinator.getByLabel("End time").fill("14:30");
  await coordinator.getByLabel("Place", { exact: true }).fill("Room 2.14, Ashworth Building");
  await coordinator.getByLabel("Number of places").fill("15");
  await coordinator.getByRole("button", { name: "Add session" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/coordinator/opportunities/${meetingId}$`));
  await coordinator.getByRole("button", { name: "Publish" }).click();
  await expect
    .poll(async () => (await db.opportunity.findUniqueOrThrow({ where: { id: meetingId } })).status)
    .toBe("OPEN");
  const saved = await db.opportunity.findUniqueOrThrow({ where: { id: meetingId } });
  expect(saved).toMatchObject({ type: "GROUP_MEETING", stage: null, moduleId: null });
  expect(saved.payRatePence).toBeGreaterThan(0);

  // The expert finds it among "Matches for you", though nothing in their profile matches it.
  const morgan = await pageFor(browser, expert.email);
  await morgan.goto("/expert/opportunities");
  const card = morgan.getByRole("listitem").filter({ hasText: title });
  await expect(card.getByText("Group meeting (peer support)")).toBeVisible();
  await card.getByRole("link", { name: title }).click();
  await morgan.getByRole("button", { name: /Ask for a place/ }).click();
  await expect(morgan.getByRole("status").filter({ hasText: "asked for a place" })).toBeVisible();

  // Confirmed, the meeting happens, the coordinator records who came.
  const session = await db.session.findFirstOrThrow({ where: { opportunityId: meetingId } });
  await db.booking.updateMany({ where: { sessionId: session.id }, data: { status: "CONFIRMED" } });
  await db.session.update({
    where: { id: session.id },
    data: { startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 3600_000) },
  });
  await coordinator.goto(`/coordinator/sessions/${session.id}`);
  await coordinator.getByRole("group", { name: "Morgan Meeting" }).getByLabel("Came", { exact: true }).check();
  await coordinator.getByRole("button", { name: "Save attendance" }).click();
  await expect
    .poll(async () => (await db.booking.findFirstOrThrow({ where: { sessionId: session.id } })).status)
    .toBe("ATTENDED");
  expect(await db.payment.count({ where: { booking: { sessionId: session.id } } })).toBe(1);
  expect(await db.involvementRecord.count({ where: { sessionId: session.id } })).toBe(0);
});
