/**
 * What goes out when something changes: every booking decision, a place offered from the waiting
 * list, a session changed or cancelled, a payment sent back or paid. Each writes one message of
 * the right kind in the change's transaction, and the email a real SMTP server receives names the
 * institution and links to the page it is about.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideBookingAction, withdrawBookingAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { toDateInput } from "@/lib/format";
import { deliverMessage } from "@/lib/messages/deliver";
import { siteUrl } from "@/lib/messages/links";
import { markPaidAction, sendBackPaymentAction } from "@/lib/payments/review-actions";
import { cancelSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { startMailCatcher, type MailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";
import { attendedPayment, DAY, expertUserOf, setStatus } from "./payments-helpers";

let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
});
afterAll(async () => {
  await mail.close();
});

/** The one message a change wrote to this person (scheduled runs of other test files may add reminders, check-ins, digests). */
async function onlyMessageTo(userId: string) {
  const messages = await db.message.findMany({
    where: { userId, kind: { notIn: ["REMINDER", "CHECK_IN", "DIGEST"] } },
  });
  expect(messages).toHaveLength(1);
  return messages[0];
}

async function delivered(messageId: string) {
  const mailer = createMailer({ ...process.env, SMTP_URL: mail.url, EMAIL_FROM: "Involve <involve@test.example>" });
  expect(await deliverMessage({ messageId, lastAttempt: false, leaseSeconds: 120, mailer }, db)).toBe("sent");
  return mail.messages.find((m) => m.involveId === messageId)!;
}

/** Swallows Next's redirect after a successful action. */
async function run(result: Promise<unknown>) {
  try {
    return await result;
  } catch (error) {
    if (!String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
  }
}

describe("booking decisions", () => {
  it("confirmed, waitlisted and declined each reach the expert by email", async () => {
    const world = await createWorld(3);
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 3 });
    actAs(world.coordinator);
    const expected = [
      ["CONFIRMED", "Your place is confirmed"],
      ["WAITLISTED", "You are on the waiting list"],
      ["DECLINED", "Not this time"],
    ] as const;
    for (const [i, [decision]] of expected.entries()) {
      const booking = await db.booking.create({
        data: { sessionId: session.id, expertId: world.experts[i].expert.id },
      });
      expect((await decideBookingAction(idle, form({ bookingId: booking.id, decision }))).status).toBe("success");
    }
    for (const [i, [, subject]] of expected.entries()) {
      const message = await onlyMessageTo(world.experts[i].user.id);
      expect(message).toMatchObject({ kind: "BOOKING", status: "QUEUED", institutionId: world.institution.id });
      const email = await delivered(message.id);
      expect(email.subject).toBe(subject);
      expect(email.to).toEqual([world.experts[i].user.email]);
      expect(email.text).toContain(world.institution.name);
      expect(email.text).toContain(`${siteUrl()}/expert/opportunities/${opportunity.id}`);
    }
  });

  it("a place offered from the waiting list, and the contact told of the withdrawal", async () => {
    const world = await createWorld(2);
    const [leaving, waiting] = world.experts;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 1 });
    const mine = await db.booking.create({
      data: { sessionId: session.id, expertId: leaving.expert.id, status: "CONFIRMED" },
    });
    await db.booking.create({ data: { sessionId: session.id, expertId: waiting.expert.id, status: "WAITLISTED" } });
    actAs(leaving.user);
    expect((await withdrawBookingAction(idle, form({ bookingId: mine.id, confirm: "yes" }))).status).toBe("success");
    const offered = await delivered((await onlyMessageTo(waiting.user.id)).id);
    expect(offered.subject).toBe("A place has come up");
    expect(offered.text).toContain("We have booked you in");
    const toContact = await delivered((await onlyMessageTo(world.coordinator.id)).id);
    expect(toContact.subject).toBe("Someone has withdrawn from a session");
    expect(toContact.text).toContain(`${siteUrl()}/coordinator/sessions/${session.id}`);
  });
});

describe("sessions", () => {
  it("a changed time or place, and a cancellation, reach everyone booked", async () => {
    const world = await createWorld(2);
    const [a, b] = world.experts;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { places: 3 });
    await db.booking.create({ data: { sessionId: session.id, expertId: a.expert.id, status: "CONFIRMED" } });
    await db.booking.create({ data: { sessionId: session.id, expertId: b.expert.id, status: "REQUESTED" } });
    actAs(world.coordinator);
    await run(
      updateSessionAction(
        idle,
        form({
          sessionId: session.id,
          date: toDateInput(new Date(Date.now() + 30 * DAY)),
          startTime: "14:00",
          endTime: "16:00",
          location: "Room 3.02",
          places: "3",
        }),
      ),
    );
    const changed = await delivered((await onlyMessageTo(a.user.id)).id);
    expect(changed.subject).toBe("A session has changed");
    expect(changed.text).toContain("2:00pm to 4:00pm, Room 3.02");

    await run(cancelSessionAction(idle, form({ sessionId: session.id, confirm: "yes", reason: "The room flooded." })));
    const cancelled = await db.message.findMany({
      where: { userId: { in: [a.user.id, b.user.id] }, subject: "A session has been cancelled" },
    });
    expect(cancelled).toHaveLength(2);
    const email = await delivered(cancelled[0].id);
    expect(email.text).toContain("The room flooded.");
    expect(cancelled.every((m) => m.kind === "SESSION" && m.institutionId === world.institution.id)).toBe(true);
  });
});

describe("payments", () => {
  it("sent back with the reason, and paid, reach the expert", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const expert = await expertUserOf(expertId);
    await setStatus(payment.id, "SUBMITTED");
    actAs(world.coordinator);
    expect(
      (await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "Add the parking receipt" }))).status,
    ).toBe("success");
    const back = await delivered((await onlyMessageTo(expert.id)).id);
    expect(back.subject).toBe("Your payment needs a change");
    expect(back.text).toContain("Add the parking receipt");
    expect(back.text).toContain(`${siteUrl()}/expert/payments/${payment.id}`);

    await setStatus(payment.id, "SENT_TO_FINANCE", { sentToFinanceAt: new Date(Date.now() - 2 * DAY) });
    expect(
      (
        await markPaidAction(
          idle,
          form({ paymentId: payment.id, paidOn: toDateInput(new Date()), reference: "BACS-7" }),
        )
      ).status,
    ).toBe("success");
    const paid = await db.message.findFirstOrThrow({ where: { userId: expert.id, subject: "You have been paid" } });
    expect(paid.kind).toBe("PAYMENT");
    expect((await delivered(paid.id)).text).toContain("was paid on");
  });
});
