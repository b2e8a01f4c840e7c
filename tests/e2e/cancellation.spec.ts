/**
 * A coordinator cancels a session: the expert's email (as the SMTP server received it, from the
 * worker the e2e runner starts) and the expert's calendar feed both show it.
 */
import ICAL from "ical.js";
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const DAY = 24 * 3600 * 1000;

function eventsOf(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((e) => ({
    uid: String(e.getFirstPropertyValue("uid")),
    status: String(e.getFirstPropertyValue("status") ?? ""),
    sequence: Number(e.getFirstPropertyValue("sequence") ?? 0),
    summary: String(e.getFirstPropertyValue("summary")),
  }));
}

test("a cancelled session reaches the expert by email and leaves their calendar feed", async ({ browser }) => {
  const db = testDb();
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
  const expert = await newDemoExpert("cancel", { name: "Robin Cancel" });
  const { stamp } = expert;
  const title = `Carers' voices ${stamp}`;
  const startsAt = new Date(Date.now() + 9 * DAY);
  const opportunity = await db.opportunity.create({
    data: {
      institutionId: coordinator.institutionId!,
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title,
      summary: "Talk with second-year students about caring.",
      payRatePence: 2500,
      status: "OPEN",
      publishedAt: new Date(),
      createdById: coordinator.id,
      contactId: coordinator.id,
      sessions: {
        create: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000), location: "Room 1.10", places: 2 },
      },
    },
    select: { id: true, sessions: { select: { id: true } } },
  });
  const sessionId = opportunity.sessions[0].id;
  const booking = await db.booking.create({
    data: { sessionId, expertId: expert.expertId, status: "CONFIRMED", decidedAt: new Date() },
  });

  // The expert turns on their calendar address and their calendar app reads it.
  const expertPage = await (await browser.newContext()).newPage();
  await signInAs(expertPage, expert.email);
  await expertPage.goto("/expert/calendar");
  await expertPage.getByRole("button", { name: "Turn on my calendar address" }).click();
  const field = expertPage.getByRole("textbox", { name: "Calendar address" });
  await expect(field).toBeVisible();
  const address = await field.inputValue();
  expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}/);
  const before = eventsOf(await (await expertPage.request.get(address)).text());
  const event = before.find((e) => e.uid === `booking-${booking.id}@involve`);
  expect(event).toMatchObject({ summary: title });
  expect(event!.status).not.toBe("CANCELLED");

  // The coordinator cancels the session, with a message.
  const coordinatorPage = await (await browser.newContext()).newPage();
  await signInAs(coordinatorPage, COORDINATOR);
  await coordinatorPage.goto(`/coordinator/sessions/${sessionId}`);
  await coordinatorPage.getByRole("link", { name: "Cancel session" }).click();
  await coordinatorPage
    .getByLabel("Message to them (optional)")
    .fill("The building is closed that day. We will offer a new date.");
  await coordinatorPage.getByRole("button", { name: "Yes, cancel this session" }).click();
  await expect(coordinatorPage.getByText("Cancelled", { exact: true }).first()).toBeVisible();

  // The email, as the mail server received it.
  const email = await waitForEmail({ to: expert.email, subject: "A session has been cancelled", timeoutMs: 30_000 });
  expect(email.text).toContain(title);
  expect(email.text).toContain("The building is closed that day.");
  expect(email.text).toContain("Northbridge University");
  await expertPage.goto(linkIn(email.text, `${process.env.NEXTAUTH_URL}/expert/opportunities/`));
  await expect(expertPage.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The feed keeps the event, now cancelled, with a higher sequence, so calendars remove it.
  const after = eventsOf(await (await expertPage.request.get(address)).text());
  const cancelled = after.find((e) => e.uid === `booking-${booking.id}@involve`);
  expect(cancelled?.status).toBe("CANCELLED");
  expect(cancelled!.sequence).toBeGreaterThan(event!.sequence);
});
