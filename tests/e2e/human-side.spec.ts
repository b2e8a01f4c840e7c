/**
 * The human side of involvement (issue 14), across the three roles: an expert reads a sensitive
 * session's briefing, asks for a place with a supporter, gives consent for the recording (a place
 * on recorded content is refused until then), attends, asks for a debrief from the check-in and
 * the coordinator records it (its private note stays private); the expert withdraws the consent
 * and the academic is told; the academic's shared feedback reaches the expert.
 */
import type { Browser, Page } from "@playwright/test";
import { academicYearOf } from "@/lib/time";
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const ACADEMIC = "academic@northbridge.ac.uk";
const DAY = 24 * 3600 * 1000;

async function pageFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

test("briefing, supporter, consent, debrief, withdrawal and shared feedback", async ({ browser }) => {
  test.setTimeout(240_000);
  const db = testDb();
  const expert = await newDemoExpert("human-side", { name: "Rowan Human" });
  const { stamp } = expert;
  const coordinatorUser = await db.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
  const academic = await db.user.findUniqueOrThrow({ where: { email: ACADEMIC } });
  const teachingModule = await db.module.findFirstOrThrow({
    where: { leaderId: academic.id, academicYear: academicYearOf(new Date()) },
    orderBy: { code: "asc" },
  });

  // A recorded talk on a sensitive topic, in the academic's module, published with one session.
  const title = `Recorded talk on leaving care ${stamp}`;
  const sensitiveNote = `Experiences of leaving care at 18, including homelessness (${stamp}).`;
  const whoWillBeThere = `Second-year students and their module lead (${stamp})`;
  const startsAt = new Date(Date.now() + 4 * DAY);
  const opportunity = await db.opportunity.create({
    data: {
      institutionId: coordinatorUser.institutionId!,
      type: "RECORDED_CONTENT",
      stage: "TEACHING_LEARNING",
      title,
      summary: "Record a short talk for the module's learning platform.",
      moduleId: teachingModule.id,
      payRatePence: 2500,
      status: "OPEN",
      publishedAt: new Date(),
      createdById: coordinatorUser.id,
      contactId: coordinatorUser.id,
      sensitiveTopic: true,
      sensitiveTopicNote: sensitiveNote,
      whoWillBeThere,
      supporterWelcome: true,
      debriefOffered: true,
      sessions: {
        create: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000), location: "Studio 1", places: 3 },
      },
    },
    select: { id: true, sessions: { select: { id: true } } },
  });
  const sessionId = opportunity.sessions[0].id;

  // Expert: reads the briefing (the sensitive topic first), asks for a place with a supporter.
  const rowan = await pageFor(browser, expert.email);
  await rowan.goto(`/expert/opportunities/${opportunity.id}`);
  const briefing = rowan.getByRole("region", { name: "Before you sign up" });
  await expect(briefing.getByText("The topic may be upsetting")).toBeVisible();
  await expect(briefing.getByText(sensitiveNote)).toBeVisible();
  await expect(briefing.getByText(whoWillBeThere)).toBeVisible();
  await expect(briefing.getByText("A chat afterwards (debrief) to talk about how it went")).toBeVisible();
  await expect(briefing.getByText("A supporter or personal assistant is welcome to come with you")).toBeVisible();
  await rowan.getByLabel("A supporter or personal assistant will come with me").check();
  await rowan.getByLabel("Their name (optional)").fill(`Sam Support ${stamp}`);
  await rowan.getByRole("button", { name: /Ask for a place/ }).click();
  await expect(rowan.getByRole("status").filter({ hasText: "asked for a place" })).toBeVisible();
  const booking = await db.booking.findFirstOrThrow({ where: { sessionId, expertId: expert.expertId } });
  expect(booking).toMatchObject({ status: "REQUESTED", supporterComing: true, supporterName: `Sam Support ${stamp}` });

  // Coordinator: cannot confirm a place on recorded content before the expert's consent.
  const coordinator = await pageFor(browser, COORDINATOR);
  await coordinator.goto(`/coordinator/sessions/${sessionId}`);
  await coordinator.getByRole("button", { name: `Confirm place for ${expert.name}` }).click();
  await expect(
    coordinator.getByRole("alert").filter({ hasText: `Ask ${expert.name} to give consent for the recording first.` }),
  ).toBeVisible();
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("REQUESTED");

  // Expert: gives consent for the recording on that booking, adding the story there and then.
  const story = `Leaving care at 18 ${stamp}`;
  await rowan.goto(`/expert/opportunities/${opportunity.id}`);
  await rowan.getByRole("link", { name: /Give consent for a story/ }).click();
  await expect(rowan.getByRole("heading", { level: 1, name: "Give consent for a story" })).toBeVisible();
  await rowan.getByRole("radio", { name: "A new story" }).check();
  await rowan.getByLabel("Title of the new story (only for a new story)").fill(story);
  await expect(rowan.getByRole("checkbox", { name: "Recorded (audio or video)" })).toBeChecked();
  await rowan.getByRole("button", { name: "Give consent" }).click();
  await expect(rowan.getByRole("status").filter({ hasText: "Your consent has been recorded" })).toBeVisible();

  // Coordinator: now the place can be confirmed, and the supporter shows on the session.
  await coordinator.goto(`/coordinator/sessions/${sessionId}`);
  await coordinator.getByRole("button", { name: `Confirm place for ${expert.name}` }).click();
  await expect
    .poll(async () => (await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status)
    .toBe("CONFIRMED");
  await coordinator.reload();
  await expect(coordinator.getByText(`Coming: Sam Support ${stamp} (not one of the places)`)).toBeVisible();

  // The session happens: moved a day into the past (attendance, the check-in and the academic's
  // feedback are only for sessions that have taken place), then the coordinator records who came.
  const happened = new Date(Date.now() - DAY);
  await db.session.update({
    where: { id: sessionId },
    data: { startsAt: happened, endsAt: new Date(happened.getTime() + 2 * 3600 * 1000) },
  });
  await coordinator.goto(`/coordinator/sessions/${sessionId}`);
  await coordinator.getByRole("group", { name: expert.name }).getByLabel("Came").check();
  await coordinator.getByRole("button", { name: "Save attendance" }).click();
  await expect
    .poll(async () => (await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status)
    .toBe("ATTENDED");

  // Expert: the check-in link, as the day-after message gives it: how they feel, and a debrief.
  await rowan.goto(`/expert/bookings/${booking.id}/check-in`);
  await expect(rowan.getByRole("heading", { level: 1, name: "How did it go?" })).toBeVisible();
  await rowan.getByRole("radio", { name: "I am OK" }).check();
  await rowan.getByRole("button", { name: "Send my answer" }).click();
  await expect(rowan.getByRole("status").filter({ hasText: "Thank you for letting us know." })).toBeVisible();
  await rowan.getByLabel("Anything you would like us to know (optional)").fill("Mornings are best for a call.");
  await rowan.getByRole("button", { name: "Yes, I would like a debrief" }).click();
  // The form gives way to this once the page is drawn again with the request.
  await expect(rowan.getByText("You have asked for a debrief. There is nothing more you need to do.")).toBeVisible();

  // A sensitive session already owed them a check-in; asking makes it their own request.
  await expect
    .poll(async () => (await db.debriefTask.findUnique({ where: { bookingId: booking.id } }))?.requestedByExpert)
    .toBe(true);

  // Coordinator: opens the task from the list of debriefs and records it with a private note.
  const privateNote = `Talked for twenty minutes; wants to do more recordings (${stamp}).`;
  await coordinator.goto("/coordinator/debriefs");
  await coordinator.getByRole("link", { name: expert.name }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: `Debrief for ${expert.name}` })).toBeVisible();
  await expect(coordinator.getByText("Mornings are best for a call.")).toBeVisible();
  await coordinator.getByLabel("Private note (optional)").fill(privateNote);
  await coordinator.getByRole("button", { name: "Record the debrief" }).click();
  await expect
    .poll(async () => (await db.debriefTask.findUniqueOrThrow({ where: { bookingId: booking.id } })).doneAt)
    .not.toBeNull();
  await coordinator.reload();
  await expect(coordinator.getByText(/^Recorded as done on .* by /)).toBeVisible();
  await expect(coordinator.getByRole("textbox", { name: "Private note", exact: true })).toHaveValue(privateNote);
  await coordinator.goto("/coordinator/debriefs?tab=done");
  await expect(coordinator.getByRole("link", { name: expert.name })).toBeVisible();

  // The expert sees it is done, never the note.
  await rowan.goto(`/expert/bookings/${booking.id}/check-in`);
  await expect(rowan.getByText(/Debrief done on/)).toBeVisible();
  expect(await rowan.content()).not.toContain("twenty minutes");

  // Expert: withdraws the consent in two taps.
  await rowan.goto("/expert/stories");
  await rowan.getByRole("link", { name: `Withdraw consent for ${story}` }).click();
  await expect(rowan.getByRole("heading", { level: 1, name: `Withdraw consent for “${story}”` })).toBeVisible();
  await expect(rowan.getByText("Remove the recording")).toBeVisible();
  await rowan.getByRole("button", { name: "Yes, withdraw my consent" }).click();
  await expect(rowan.getByRole("status").filter({ hasText: "Your consent has been withdrawn." })).toBeVisible();

  // Academic: told in their messages, and the module's consent list shows what to take down.
  const teacher = await pageFor(browser, ACADEMIC);
  await teacher.goto("/academic/messages");
  const notice = teacher.getByRole("listitem").filter({ hasText: `${expert.name} has withdrawn consent for a story` });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(story);
  await expect(notice).toContainText("Remove the recording");
  await teacher.goto(`/academic/modules/${teachingModule.id}`);
  const consents = teacher.getByRole("region", { name: "Consent for experts’ stories" });
  const consent = consents.getByRole("listitem").filter({ hasText: story });
  await expect(consent).toContainText("Withdrawn on");
  await expect(consent).toContainText("To take down: Remove the recording");

  // Academic: feedback on the session, shared with the experts who took part.
  const words = `The students said the honesty about leaving care stayed with them (${stamp})`;
  await teacher.goto(`/academic/feedback/${sessionId}`);
  await teacher.getByRole("radio", { name: "5 – Excellent" }).check();
  await teacher.getByLabel("Comments (optional)").fill(words);
  await teacher.getByLabel("Share this with the experts who took part").check();
  await teacher.getByRole("button", { name: "Save feedback" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Your feedback has been saved" })).toBeVisible();

  // Expert: reads it in their history, without the academic's name.
  await rowan.goto("/expert/history");
  const said = rowan.getByText("What students said about your session").locator("..");
  await expect(said).toContainText(words);
  await expect(said).toContainText("5 – Excellent");
  await expect(said).not.toContainText(academic.name);
});
