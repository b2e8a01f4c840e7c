/**
 * Messages timed around sessions (reminders, check-ins), coordinators' digests and the debrief
 * request: who gets what, once, with what words. Each kind is also delivered to a real SMTP
 * server (deliverMessage called here: integration tests run no worker, see tests/jobs).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askForDebriefAction } from "@/lib/bookings/debrief-actions";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { deliverMessage } from "@/lib/messages/deliver";
import { previousHour, sendCoordinatorDigests } from "@/lib/messages/digests";
import { siteUrl } from "@/lib/messages/links";
import { sendSessionMessages } from "@/lib/messages/session-messages";
import { fromLondon } from "@/lib/time";
import { startMailCatcher, type MailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createUser, createWorld, form, idle } from "../helpers/factories";
import { attendedPayment, DAY } from "./payments-helpers";

const HOUR = 3600 * 1000;
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher();
});
afterAll(async () => {
  await mail.close();
});

/** Delivers the message to the real SMTP server and returns what it received. */
async function delivered(messageId: string) {
  const mailer = createMailer({ ...process.env, SMTP_URL: mail.url, EMAIL_FROM: "Involve <involve@test.example>" });
  expect(await deliverMessage({ messageId, lastAttempt: false, leaseSeconds: 120, mailer }, db)).toBe("sent");
  return mail.messages.find((m) => m.involveId === messageId)!;
}

const messagesTo = (userId: string, kind?: "REMINDER" | "CHECK_IN" | "DIGEST") =>
  db.message.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

describe("reminders two days before", () => {
  it("reminds confirmed people 24–48 hours ahead, once, with what to expect, where, access and who to contact", async () => {
    const now = new Date();
    const world = await createWorld(4);
    const [confirmed, requested, tooSoon, cancelled] = world.experts;
    const opportunity = await createOpportunity(world);
    await db.opportunity.update({
      where: { id: opportunity.id },
      data: { preparationOffered: true, preparationMinutes: 60, debriefOffered: true },
    });
    await db.user.update({ where: { id: world.coordinator.id }, data: { phone: "0113 496 0001" } });
    const inTwoDays = await createSession(opportunity.id, { startsAt: new Date(now.getTime() + 40 * HOUR), places: 3 });
    await db.session.update({ where: { id: inTwoDays.id }, data: { accessInfo: "Step-free entrance on Park Road." } });
    const tomorrow = await createSession(opportunity.id, { startsAt: new Date(now.getTime() + 20 * HOUR) });
    const called = await createSession(opportunity.id, { startsAt: new Date(now.getTime() + 30 * HOUR) });
    await db.session.update({ where: { id: called.id }, data: { cancelledAt: now } });
    await db.booking.createMany({
      data: [
        { sessionId: inTwoDays.id, expertId: confirmed.expert.id, status: "CONFIRMED" },
        { sessionId: inTwoDays.id, expertId: requested.expert.id, status: "REQUESTED" },
        { sessionId: tomorrow.id, expertId: tooSoon.expert.id, status: "CONFIRMED" },
        { sessionId: called.id, expertId: cancelled.expert.id, status: "CONFIRMED" },
      ],
    });

    await sendSessionMessages({ now }, db);
    await sendSessionMessages({ now: new Date(now.getTime() + 15 * 60 * 1000) }, db); // the next run
    const [reminder, ...more] = await messagesTo(confirmed.user.id, "REMINDER");
    expect(more).toHaveLength(0);
    for (const other of [requested, tooSoon, cancelled]) expect(await messagesTo(other.user.id)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: confirmed.user.id } })).toBe(1);

    const email = await delivered(reminder.id);
    expect(email.subject).toBe(`Reminder: ${opportunity.title}, ${reminder.subject.split(", ").slice(1).join(", ")}`);
    expect(email.text).toContain("What to expect: Speak for 20 minutes");
    expect(email.text).toContain("Room 1.01");
    expect(email.text).toContain("Access: Step-free entrance on Park Road.");
    expect(email.text).toContain("Preparation is offered and paid (1 hour)");
    expect(email.text).toContain("A debrief is offered afterwards");
    expect(email.text).toContain(`contact ${world.coordinator.name}, 0113 496 0001, ${world.coordinator.email}`);
    expect(email.text).toContain(`${siteUrl()}/expert/opportunities/${opportunity.id}`);
    expect(email.text).toContain(world.institution.name);
  });
});

describe("check-in the day after", () => {
  it("asks attended people how it went, once, with a link to ask for a debrief; the debrief reaches the contact once", async () => {
    const now = new Date();
    const world = await createWorld(2);
    const [came, didNotCome] = world.experts;
    const opportunity = await createOpportunity(world);
    const yesterday = await createSession(opportunity.id, { startsAt: new Date(now.getTime() - 26 * HOUR) });
    const bookings = await db.booking.createManyAndReturn({
      data: [
        { sessionId: yesterday.id, expertId: came.expert.id, status: "ATTENDED" },
        { sessionId: yesterday.id, expertId: didNotCome.expert.id, status: "NO_SHOW" },
      ],
    });
    const booking = bookings.find((b) => b.expertId === came.expert.id)!;

    await sendSessionMessages({ now }, db);
    await sendSessionMessages({ now }, db);
    const [checkIn, ...more] = await messagesTo(came.user.id, "CHECK_IN");
    expect(more).toHaveLength(0);
    expect(await messagesTo(didNotCome.user.id)).toHaveLength(0);
    const email = await delivered(checkIn.id);
    expect(email.subject).toBe(`How did "${opportunity.title}" go?`);
    expect(email.text).toContain("you can ask for a debrief");
    const link = `${siteUrl()}/expert/bookings/${booking.id}/check-in`;
    expect(email.text).toContain(link);
    expect(email.html).toContain(`href="${link}"`);

    // The one click on that page.
    actAs(came.user);
    const first = await askForDebriefAction(idle, form({ bookingId: booking.id, note: "Mornings are best" }));
    expect(first).toMatchObject({ status: "success", message: expect.stringContaining("told your coordinator") });
    const again = await askForDebriefAction(idle, form({ bookingId: booking.id }));
    expect(again).toMatchObject({ status: "success", message: expect.stringContaining("already asked") });
    const told = await db.message.findMany({ where: { userId: world.coordinator.id, kind: "CHECK_IN" } });
    expect(told).toHaveLength(1);
    const toCoordinator = await delivered(told[0].id);
    expect(toCoordinator.subject).toBe(`${came.user.name} would like a debrief`);
    expect(toCoordinator.text).toContain("Mornings are best");
    const task = await db.debriefTask.findUniqueOrThrow({ where: { bookingId: booking.id } });
    expect(toCoordinator.text).toContain(`${siteUrl()}/coordinator/debriefs/${task.id}`);
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.debrief_requested" } })).toBe(1);

    // Someone else's booking, and a session still to come, are refused with nothing written.
    actAs(didNotCome.user);
    expect((await askForDebriefAction(idle, form({ bookingId: booking.id }))).status).toBe("error");
    const future = await createSession(opportunity.id);
    const upcoming = await db.booking.create({
      data: { sessionId: future.id, expertId: didNotCome.expert.id, status: "CONFIRMED" },
    });
    expect((await askForDebriefAction(idle, form({ bookingId: upcoming.id }))).status).toBe("error");
    expect(await db.message.count({ where: { userId: world.coordinator.id, kind: "CHECK_IN" } })).toBe(1);
  });
});

describe("a debrief when the named contact has left", () => {
  it("goes to every active coordinator of the university instead of the deactivated contact", async () => {
    const world = await createWorld(1);
    const [came] = world.experts;
    const colleague = await createUser("COORDINATOR", { institutionId: world.institution.id });
    const opportunity = await createOpportunity(world);
    await db.opportunity.update({ where: { id: opportunity.id }, data: { contactId: world.coordinator.id } });
    await db.user.update({ where: { id: world.coordinator.id }, data: { active: false } });
    const session = await createSession(opportunity.id, { startsAt: new Date(Date.now() - 26 * HOUR) });
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: came.expert.id, status: "ATTENDED" },
    });
    actAs(came.user);
    expect((await askForDebriefAction(idle, form({ bookingId: booking.id }))).status).toBe("success");
    expect(await db.message.count({ where: { userId: world.coordinator.id, kind: "CHECK_IN" } })).toBe(0);
    expect(await db.message.count({ where: { userId: colleague.id, kind: "CHECK_IN" } })).toBe(1);
  });
});

describe("coordinators' digests", () => {
  it("gathers the last hour's requests into one email per coordinator, to the named contact or else every coordinator", async () => {
    const now = new Date();
    const { from } = previousHour(now);
    const world = await createWorld(3);
    const second = await createUser("COORDINATOR", { institutionId: world.institution.id });
    const named = await createOpportunity(world); // contact: world.coordinator
    const unnamed = await createOpportunity(world);
    await db.opportunity.update({ where: { id: unnamed.id }, data: { contactId: null } });
    const a = await createSession(named.id);
    const b = await createSession(unnamed.id);
    const inWindow = new Date(from.getTime() + 10 * 60 * 1000);
    await db.booking.createMany({
      data: [
        { sessionId: a.id, expertId: world.experts[0].expert.id, requestedAt: inWindow },
        { sessionId: a.id, expertId: world.experts[1].expert.id, requestedAt: inWindow },
        { sessionId: b.id, expertId: world.experts[2].expert.id, requestedAt: inWindow },
        // In the hour before: a run that was missed; this run catches it up in a digest of its own.
        { sessionId: b.id, expertId: world.experts[0].expert.id, requestedAt: new Date(from.getTime() - 60 * 1000) },
      ],
    });

    await sendCoordinatorDigests({ now }, db);
    await sendCoordinatorDigests({ now }, db); // a repeated run writes nothing new
    // Only the requests digests (from 7 London time the daily summary is written too), by hour.
    const hourKey = (at: Date) => at.toISOString().slice(0, 13);
    const requestDigests = async (userId: string, hour: Date) =>
      (await messagesTo(userId, "DIGEST")).filter((m) => m.dedupeKey === `requests-digest:${userId}:${hourKey(hour)}`);
    const [toNamed, ...moreNamed] = await requestDigests(world.coordinator.id, from);
    const [toSecond, ...moreSecond] = await requestDigests(second.id, from);
    expect(moreNamed).toHaveLength(0);
    expect(moreSecond).toHaveLength(0);
    expect(toNamed.subject).toBe("3 places asked for");
    expect(toSecond.subject).toBe("1 place asked for");
    // The earlier hour's request, caught up: its own digest to every coordinator (no named contact), once.
    const earlier = new Date(from.getTime() - 60 * 1000);
    for (const coordinator of [world.coordinator.id, second.id]) {
      const caughtUp = await requestDigests(coordinator, earlier);
      expect(caughtUp.map((m) => m.subject)).toEqual(["1 place asked for"]);
    }
    // Digests are email only: the dashboard already lists the requests.
    expect(await db.notification.count({ where: { userId: { in: [world.coordinator.id, second.id] } } })).toBe(0);
    const email = await delivered(toSecond.id);
    expect(email.text).toContain(`${world.experts[2].user.name} asked for a place on "${unnamed.title}"`);
    expect(email.text).not.toContain(named.title);
    expect(email.text).toContain(`${siteUrl()}/coordinator`);
  });

  it("sends the daily summary from 7 o'clock London time (a missed run caught up), once, only when something is waiting", async () => {
    const world = await createWorld(1);
    const quiet = await createWorld(0);
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id);
    await db.booking.create({ data: { sessionId: session.id, expertId: world.experts[0].expert.id } });
    // A session 40 days ago whose payment is still a draft: late.
    await attendedPayment(world, { startsAt: new Date(Date.now() - 40 * DAY) });
    const day = new Date();
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    })
      .formatToParts(day)
      .reduce<Record<string, number>>(
        (acc, p) => (p.type === "literal" ? acc : { ...acc, [p.type]: Number(p.value) }),
        {},
      );
    const at = (hour: number) => fromLondon(parts.year, parts.month, parts.day, hour, 5);

    await sendCoordinatorDigests({ now: at(6) }, db);
    expect(
      (await messagesTo(world.coordinator.id, "DIGEST")).filter((m) => m.dedupeKey?.startsWith("daily")),
    ).toHaveLength(0);
    // The 7 and 8 o'clock runs were missed (no worker up): the 9 o'clock run sends it; later runs do not again.
    await sendCoordinatorDigests({ now: at(9) }, db);
    await sendCoordinatorDigests({ now: at(10) }, db);
    const daily = (await messagesTo(world.coordinator.id, "DIGEST")).filter((m) => m.dedupeKey?.startsWith("daily"));
    expect(daily).toHaveLength(1);
    expect(daily[0].textBody).toContain("1 request for a place is waiting for your decision.");
    expect(daily[0].textBody).toContain("1 payment is late (not paid 30 days after the session).");
    expect(await messagesTo(quiet.coordinator.id, "DIGEST")).toHaveLength(0);
  });
});
