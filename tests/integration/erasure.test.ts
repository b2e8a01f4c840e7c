/**
 * Erasure of an expert who has left, on the real database: their personal details are gone from
 * every table (searched for as text), their sign-in is disabled, and what finance and the modules'
 * evidence need stays — under a pseudonym. The refusals, the audit event, the admin's retention
 * setting and the nightly job that applies it.
 */
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { eraseExpertAction, setErasureRetentionAction } from "@/lib/erasure/actions";
import { pseudonymFor } from "@/lib/erasure/erase";
import { eraseExpertsPastRetention } from "@/lib/erasure/retention";
import { createDraftPayment } from "@/lib/payments/create-draft";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle, TEST_PASSWORD, unique } from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

/** Gives expert `index` a life in Involve; returns the personal words that must disappear. */
async function giveHistory(world: World, index = 0, { paid = true } = {}) {
  const { user, expert } = world.experts[index]!;
  const secrets = {
    name: unique("Erin Example"),
    email: `${unique("erin")}@example.org`,
    phone: "07700 900123",
    lived: unique("sectioned under the Mental Health Act"),
    access: unique("needs a quiet room and breaks"),
    bio: unique("I was a young carer"),
    notes: unique("free on Tuesdays"),
    support: unique("Sam Supporter"),
    reason: unique("moved to Leeds"),
    expense: unique("taxi because of my anxiety"),
    feedback: unique("it brought back hard memories"),
    booking: unique("Erin, please bring your notes"),
    supporter: unique("Pat Assistant"),
    storyTitle: unique("Leaving care at sixteen"),
    storyText: unique("the night I left the children's home"),
    debriefNote: unique("I could not sleep afterwards"),
    privateNote: unique("talked for an hour, she is OK"),
    training: unique("asked for a refresher"),
  };
  await db.user.update({
    where: { id: user.id },
    data: { name: secrets.name, email: secrets.email, phone: secrets.phone, calendarFeedToken: unique("feed") },
  });
  await db.expertProfile.update({
    where: { id: expert.id },
    data: {
      livedExperience: [secrets.lived],
      accessNeeds: secrets.access,
      biography: secrets.bio,
      availabilityNotes: secrets.notes,
      supportContactName: secrets.support,
      supportContactPhone: "07700 900999",
      status: "LEFT",
      statusReason: secrets.reason,
      statusChangedAt: new Date(),
      partners: {
        create: { partnershipId: world.partnership.id, name: unique("Voices group"), type: "USER_LED_GROUP" },
      },
    },
  });
  const opportunity = await createOpportunity(world);
  const session = await createSession(opportunity.id, { startsAt: new Date("2026-03-10T10:00:00Z") });
  const booking = await db.booking.create({
    data: {
      sessionId: session.id,
      expertId: expert.id,
      status: "ATTENDED",
      message: secrets.booking,
      supporterComing: true,
      supporterName: secrets.supporter,
      checkInFeeling: "NOT_OK",
    },
  });
  const payment = await db.$transaction((tx) =>
    createDraftPayment({ bookingId: booking.id, actorId: world.coordinator.id }, tx),
  );
  await db.expenseItem.create({
    data: { paymentId: payment.id, type: "TRAVEL", amountPence: 1250, note: secrets.expense, addedById: user.id },
  });
  if (paid) await db.payment.update({ where: { id: payment.id }, data: { status: "PAID", paidAt: new Date() } });
  await db.expertFeedback.create({
    data: { bookingId: booking.id, sessionId: session.id, expertId: expert.id, worthIt: 4, comments: secrets.feedback },
  });
  await db.debriefTask.create({
    data: {
      bookingId: booking.id,
      expertId: expert.id,
      institutionId: world.institution.id,
      reason: "ASKED",
      requestedByExpert: true,
      expertNote: secrets.debriefNote,
      privateNote: secrets.privateNote,
      dueOn: new Date(),
    },
  });
  const story = await db.story.create({
    data: { expertId: expert.id, title: secrets.storyTitle, attachedText: secrets.storyText },
  });
  await db.storyConsent.create({
    data: { storyId: story.id, expertId: expert.id, bookingId: booking.id, scopes: ["RECORDED"] },
  });
  await db.trainingRecord.create({
    data: {
      expertId: expert.id,
      course: "EQUALITY",
      completedOn: new Date("2026-01-10"),
      note: secrets.training,
      recordedById: world.coordinator.id,
    },
  });
  await db.involvementRecord.create({
    data: {
      moduleId: world.module.id,
      date: session.startsAt,
      stage: "TEACHING_LEARNING",
      minutes: 120,
      description: "Talk to first-year students",
      sessionId: session.id,
      loggedById: world.academic.id,
    },
  });
  await db.notification.create({ data: { userId: user.id, title: "Your place", body: `Hello ${secrets.name}` } });
  await db.message.create({
    data: {
      userId: user.id,
      kind: "BOOKING",
      status: "TO_CALL",
      toAddress: secrets.email,
      subject: "Your place",
      textBody: `Dear ${secrets.name}`,
      htmlBody: `<p>Dear ${secrets.name}</p>`,
    },
  });
  await db.passwordToken.create({ data: { userId: user.id, tokenHash: unique("hash"), expiresAt: new Date() } });
  await db.loginThrottle.create({ data: { key: `pair:${secrets.email}|192.0.2.1`, succeededAt: new Date() } });
  await db.auditEvent.createMany({
    data: [
      {
        actorId: world.coordinator.id,
        partnershipId: world.partnership.id,
        action: "expert.status.changed",
        entityType: "ExpertProfile",
        entityId: expert.id,
        after: { status: "LEFT", reason: secrets.reason },
      },
      {
        actorId: null,
        partnershipId: world.partnership.id,
        action: "user.sign-in.failed",
        entityType: "User",
        entityId: user.id,
        after: { email: secrets.email, address: "192.0.2.1" },
      },
    ],
  });
  return { user, expert, payment, booking, session, secrets };
}

/** Every row that refers to the person, as text: the personal words must be in none of it. */
async function everythingAbout(userId: string, expertId: string) {
  const rows = await Promise.all([
    db.user.findUnique({ where: { id: userId } }),
    db.expertProfile.findUnique({ where: { id: expertId }, include: { partners: true } }),
    db.booking.findMany({ where: { expertId } }),
    db.payment.findMany({ where: { expertId }, include: { expenses: true } }),
    db.feedback.findMany({ where: { authorId: userId } }),
    db.expertFeedback.findMany({ where: { expertId } }),
    db.debriefTask.findMany({ where: { expertId } }),
    db.story.findMany({ where: { expertId }, include: { consents: true } }),
    db.trainingRecord.findMany({ where: { expertId } }),
    db.notification.findMany({ where: { userId } }),
    db.message.findMany({ where: { userId } }),
    db.passwordToken.findMany({ where: { userId } }),
    db.auditEvent.findMany({ where: { OR: [{ entityId: { in: [userId, expertId] } }, { actorId: userId }] } }),
    db.loginThrottle.findMany(),
  ]);
  return JSON.stringify(rows);
}

describe("erasing an expert who has left", () => {
  it("removes every personal detail, keeps payments, bookings and evidence under a pseudonym, and audits it", async () => {
    const world = await createWorld(2);
    const { user, expert, payment, secrets } = await giveHistory(world, 0);
    const other = await giveHistory(world, 1);
    const before = await everythingAbout(user.id, expert.id);
    for (const secret of Object.values(secrets)) expect(before).toContain(secret);

    actAs(world.coordinator);
    await expect(eraseExpertAction(idle, form({ expertId: expert.id, confirm: "yes" }))).rejects.toThrow(
      "NEXT_REDIRECT",
    );
    actAs(null);

    const after = await everythingAbout(user.id, expert.id);
    for (const [what, secret] of Object.entries(secrets)) expect(after, `${what} is gone`).not.toContain(secret);

    const erased = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, email: true, active: true, passwordHash: true, calendarFeedToken: true },
    });
    expect(erased).toEqual({
      name: pseudonymFor(expert.id),
      email: `erased-${user.id}@erased.invalid`,
      active: false,
      passwordHash: null,
      calendarFeedToken: null,
    });
    // Finance's records and the modules' evidence keep their figures.
    const kept = await db.payment.findUniqueOrThrow({ where: { id: payment.id }, include: { expenses: true } });
    expect(kept).toMatchObject({ status: "PAID", feePence: payment.feePence });
    expect(kept.expenses.map((e) => e.amountPence)).toEqual([1250]);
    expect(await db.booking.count({ where: { expertId: expert.id, status: "ATTENDED" } })).toBe(1);
    // How they felt after a session is about their health: it goes with the rest.
    expect(await db.booking.count({ where: { expertId: expert.id, checkInFeeling: { not: null } } })).toBe(0);
    expect(await db.expertFeedback.findFirstOrThrow({ where: { expertId: expert.id } })).toMatchObject({
      worthIt: 4,
      comments: "",
    });
    // Consent records stay, dated, with their scope.
    expect(await db.storyConsent.findFirstOrThrow({ where: { expertId: expert.id } })).toMatchObject({
      scopes: ["RECORDED"],
    });
    expect(await db.involvementRecord.count({ where: { moduleId: world.module.id } })).toBe(2);

    // Nobody can sign in as them, and any session they had has ended.
    await expect(
      authenticate({ credentials: { email: secrets.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow();
    expect(await loadSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();

    // One audit event: who, when, which categories, why; nothing about the person.
    const events = await db.auditEvent.findMany({ where: { action: "expert.erased", entityId: expert.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: world.coordinator.id,
      partnershipId: world.partnership.id,
      after: { reason: "requested" },
    });
    expect((events[0]!.after as { categories: string[] }).categories.length).toBeGreaterThan(5);

    // The other expert is untouched.
    const untouched = await everythingAbout(other.user.id, other.expert.id);
    for (const secret of Object.values(other.secrets)) expect(untouched).toContain(secret);

    // Erasure is final: not again, and no status change brings the record back.
    actAs(world.coordinator);
    const again = await eraseExpertAction(idle, form({ expertId: expert.id, confirm: "yes" }));
    expect(again).toMatchObject({ status: "error", message: "This person's details have already been erased." });
  });

  it("refuses someone who has not left, is still owed money, or belongs to another partnership", async () => {
    const world = await createWorld(2);
    const owed = await giveHistory(world, 0, { paid: false });
    const active = world.experts[1]!.expert;
    const elsewhere = await createWorld(1);
    await db.expertProfile.update({ where: { id: elsewhere.experts[0]!.expert.id }, data: { status: "LEFT" } });

    actAs(world.coordinator);
    expect(await eraseExpertAction(idle, form({ expertId: active.id, confirm: "yes" }))).toMatchObject({
      status: "error",
      message: "Only someone who has left can be erased. Change their status to left first.",
    });
    expect(await eraseExpertAction(idle, form({ expertId: owed.expert.id, confirm: "yes" }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("a payment not yet paid"),
    });
    expect(
      await eraseExpertAction(idle, form({ expertId: elsewhere.experts[0]!.expert.id, confirm: "yes" })),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await eraseExpertAction(idle, form({ expertId: owed.expert.id }))).toMatchObject({
      status: "error",
      code: "INVALID",
    });
    actAs(null);
    // Nothing changed.
    const stillThere = await everythingAbout(owed.user.id, owed.expert.id);
    for (const secret of Object.values(owed.secrets)) expect(stillThere).toContain(secret);
    expect(await db.auditEvent.count({ where: { action: "expert.erased", entityId: owed.expert.id } })).toBe(0);
  });
});

describe("the partnership's retention setting and the nightly job", () => {
  it("erases those who left longer ago than the setting, waits for those still owed money, and leaves the rest", async () => {
    const world = await createWorld(3);
    const longGone = await giveHistory(world, 0);
    const owed = await giveHistory(world, 1, { paid: false });
    const recent = await giveHistory(world, 2);
    const now = new Date("2027-06-01T02:30:00Z");
    const monthsAgo = (n: number) => new Date(Date.UTC(2027, 5 - n, 1));
    await db.expertProfile.updateMany({
      where: { id: { in: [longGone.expert.id, owed.expert.id] } },
      data: { statusChangedAt: monthsAgo(13) },
    });
    await db.expertProfile.update({ where: { id: recent.expert.id }, data: { statusChangedAt: monthsAgo(11) } });

    actAs(world.admin);
    expect(await setErasureRetentionAction(idle, form({ months: "12" }))).toMatchObject({ status: "success" });
    expect(await setErasureRetentionAction(idle, form({ months: "3" }))).toMatchObject({
      status: "error",
      fieldErrors: { months: ["Enter a whole number of months from 6 to 120, or choose never"] },
    });
    actAs(null);
    expect(
      await db.auditEvent.count({ where: { action: "partnership.retention.changed", entityId: world.partnership.id } }),
    ).toBe(1);

    const result = await eraseExpertsPastRetention({ now }, db);
    expect(result.erased).toBeGreaterThanOrEqual(1);
    const erasedAt = async (id: string) =>
      (await db.expertProfile.findUniqueOrThrow({ where: { id }, select: { erasedAt: true } })).erasedAt;
    expect(await erasedAt(longGone.expert.id)).not.toBeNull();
    expect(await erasedAt(owed.expert.id)).toBeNull();
    expect(await erasedAt(recent.expert.id)).toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "expert.erased", entityId: longGone.expert.id } }),
    ).toMatchObject({ actorId: null, partnershipId: world.partnership.id, after: { reason: "retention" } });

    // "Never": the job leaves everyone alone.
    actAs(world.admin);
    await setErasureRetentionAction(idle, form({ months: "never" }));
    actAs(null);
    await db.payment.updateMany({ where: { expertId: owed.expert.id }, data: { status: "PAID" } });
    await eraseExpertsPastRetention({ now }, db);
    expect(await erasedAt(owed.expert.id)).toBeNull();
  });
});
