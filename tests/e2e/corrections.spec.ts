/**
 * Corrections people need, in the running app: a coordinator changes saved attendance (a reason
 * is required, what was chosen is kept on error, and the draft payment goes); an expert whose
 * limit a session's fee would pass is warned beside "Ask for a place", and may still ask.
 */
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const HOUR = 3600 * 1000;

/** A fresh expert and a one-session opportunity of the demo coordinator's university. */
async function expertAndSession(startsAt: Date, limitPence: number | null = null) {
  const db = testDb();
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
  const expert = await newDemoExpert("correct", {
    name: "Alex Correct",
    profile: { earningsLimitPence: limitPence, earningsLimitPeriod: limitPence === null ? null : "WEEK" },
  });
  const { stamp } = expert;
  const opportunity = await db.opportunity.create({
    data: {
      institutionId: coordinator.institutionId!,
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title: `Carers' voices ${stamp}`,
      summary: "Talk with second-year students about caring.",
      payRatePence: 2500,
      status: "OPEN",
      publishedAt: new Date(),
      createdById: coordinator.id,
      contactId: coordinator.id,
      sessions: {
        create: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), location: "Room 1.10", places: 2 },
      },
    },
    select: { id: true, sessions: { select: { id: true } } },
  });
  return { db, expert, opportunityId: opportunity.id, sessionId: opportunity.sessions[0]!.id };
}

test("a coordinator changes saved attendance: a reason is needed, and the draft payment goes", async ({ page }) => {
  const { db, expert, sessionId } = await expertAndSession(new Date(Date.now() - 3 * HOUR));
  const booking = await db.booking.create({
    data: { sessionId, expertId: expert.expertId, status: "CONFIRMED", decidedAt: new Date() },
  });
  await signInAs(page, COORDINATOR);
  await page.goto(`/coordinator/sessions/${sessionId}`);
  await page.getByRole("group", { name: expert.name }).getByLabel("Came", { exact: true }).check();
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByText(/Attendance recorded: 1 person came/)).toBeVisible();
  await expect.poll(async () => db.payment.count({ where: { bookingId: booking.id } })).toBe(1);

  await page.reload();
  await page.getByRole("link", { name: `Change attendance for ${expert.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Change attendance for ${expert.name}` })).toBeVisible();
  await page.getByLabel("Did not come", { exact: true }).check();
  await page.getByRole("button", { name: "Change attendance" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Say why you are changing the attendance" })).toBeVisible();
  await expect(page.getByLabel("Did not come", { exact: true })).toBeChecked();
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("ATTENDED");

  await page.getByLabel("Why are you changing it?").fill("Marked by mistake: they sent apologies");
  await page.getByRole("button", { name: "Change attendance" }).click();
  await expect(page.getByText(/is now recorded as not having come\. Their payment has been removed\./)).toBeVisible();
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("NO_SHOW");
  expect(await db.payment.count({ where: { bookingId: booking.id } })).toBe(0);
});

test("an expert is warned beside Ask for a place when the fee would pass their limit, and may still ask", async ({
  page,
}) => {
  // £25 an hour for two hours is £50; their limit is £49.99 a week.
  const { db, expert, opportunityId, sessionId } = await expertAndSession(new Date(Date.now() + 10 * 24 * HOUR), 4999);
  await signInAs(page, expert.email);
  await page.goto(`/expert/opportunities/${opportunityId}`);
  const warning = page.getByText("This would take you over your earnings limit");
  await expect(warning).toBeVisible();
  await expect(page.getByText(/£0\.01 over/)).toBeVisible();
  await expect(page.getByText("This is not benefits advice.", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Citizens Advice" })).toHaveAttribute(
    "href",
    "https://www.citizensadvice.org.uk/benefits/",
  );
  await page.getByRole("button", { name: /Ask for a place/ }).click();
  await expect.poll(async () => (await db.booking.findFirst({ where: { sessionId } }))?.status).toBe("REQUESTED");
});
