import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { MessageKind, MessageStatus } from "@/lib/generated/prisma/enums";
import { markPhonedAction, updateContactPreferenceAction } from "@/lib/messages/actions";
import {
  countNotSent,
  countToCall,
  findMessagePerson,
  findSentMessage,
  listCallList,
  listRecentMessagesTo,
  listSentMessages,
} from "@/lib/messages/queries";
import { notify } from "@/lib/notifications/notify";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { actAs, runAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { createExpert, createPartnership, createUser, createWorld, form, idle, unique } from "../helpers/factories";

const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

let minutes = 0;
async function createMessage(data: {
  userId: string;
  institutionId: string | null;
  status?: MessageStatus;
  kind?: MessageKind;
  subject?: string;
  textBody?: string;
  lastError?: string | null;
}) {
  const user = await db.user.findUniqueOrThrow({ where: { id: data.userId }, select: { email: true } });
  return db.message.create({
    data: {
      userId: data.userId,
      institutionId: data.institutionId,
      kind: data.kind ?? "BOOKING",
      status: data.status ?? "SENT",
      lastError: data.lastError ?? null,
      toAddress: user.email,
      subject: data.subject ?? unique("Subject"),
      textBody: data.textBody ?? "Hello,\n\nYour place is confirmed.\n\n---\n\nYou can choose how we contact you.",
      htmlBody: "<p>Hello</p>",
      // Distinct, increasing times so "newest first" is well defined.
      createdAt: new Date(Date.now() - 60 * 60_000 + ++minutes * 1000),
    },
  });
}

/** Institution A and a sibling B in one partnership, and a foreign partnership with institution C. */
async function messageWorld() {
  const home = await createWorld(2);
  const sibling = await db.institution.create({
    data: { name: unique("Sibling"), shortName: "Sib", partnershipId: home.partnership.id, costCentre: "CC-9" },
  });
  const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
  const foreign = await createPartnership();
  const foreignCoordinator = await createUser("COORDINATOR", { institutionId: foreign.institution.id });
  const foreignExpert = await createExpert(foreign.partnership.id);
  const expert = nth(home.experts);
  const scopeA = { institutionId: home.institution.id, partnershipId: home.partnership.id };
  const scopeB = { institutionId: sibling.id, partnershipId: home.partnership.id };
  const scopeC = { institutionId: foreign.institution.id, partnershipId: foreign.partnership.id };
  const m = {
    a: await createMessage({ userId: expert.user.id, institutionId: home.institution.id }),
    b: await createMessage({ userId: expert.user.id, institutionId: sibling.id }),
    poolNoInstitution: await createMessage({ userId: expert.user.id, institutionId: null, status: "NOT_SENT" }),
    staffNoInstitution: await createMessage({ userId: home.academic.id, institutionId: null }),
    foreignNoInstitution: await createMessage({ userId: foreignExpert.user.id, institutionId: null }),
    c: await createMessage({ userId: foreignExpert.user.id, institutionId: foreign.institution.id }),
  };
  return {
    ...home,
    expert,
    sibling,
    siblingCoordinator,
    foreign,
    foreignCoordinator,
    foreignExpert,
    scopeA,
    scopeB,
    scopeC,
    m,
  };
}

describe("a person's own in-app messages", () => {
  it("lists only their own, newest first, a page at a time, with the unread count", async () => {
    const world = await createWorld(1);
    const me = world.coordinator;
    const base = Date.now() - 100 * 60_000;
    await db.notification.createMany({
      data: [
        ...Array.from({ length: 22 }, (_, i) => ({
          userId: me.id,
          title: `Note ${i}`,
          body: "Body",
          createdAt: new Date(base + i * 60_000),
          readAt: i < 19 ? new Date() : null,
        })),
        { userId: world.academic.id, title: "Not mine", body: "Body" },
      ],
    });
    const first = await listNotifications({ userId: me.id });
    expect(first.total).toBe(22);
    expect(first.unread).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((n) => n.title).slice(0, 3)).toEqual(["Note 21", "Note 20", "Note 19"]);
    expect(first.items.every((n) => n.title !== "Not mine")).toBe(true);
    const second = await listNotifications({ userId: me.id, page: "2" });
    expect(second.items.map((n) => n.title)).toEqual(["Note 1", "Note 0"]);
    expect(await countUnreadNotifications({ userId: me.id })).toBe(3);
    expect(await countUnreadNotifications({ userId: world.academic.id })).toBe(1);
  });

  it("lets coordinators, admins and academics mark their own as read, one or all", async () => {
    const world = await createWorld(0);
    for (const person of [world.coordinator, world.admin, world.academic]) {
      const [one] = await db.notification.createManyAndReturn({
        data: [
          { userId: person.id, title: "One", body: "B" },
          { userId: person.id, title: "Two", body: "B" },
          { userId: person.id, title: "Three", body: "B" },
        ],
      });
      actAs(person);
      const single = await markNotificationReadAction(idle, form({ notificationId: one!.id }));
      expect(single).toMatchObject({ status: "success", message: "Marked as read." });
      expect(await countUnreadNotifications({ userId: person.id })).toBe(2);
      const all = await markNotificationReadAction(idle, form({ all: "yes" }));
      expect(all).toMatchObject({ status: "success", message: "2 messages marked as read." });
      expect(await countUnreadNotifications({ userId: person.id })).toBe(0);
    }
    actAs(null);
  });

  it("treats someone else's message as missing, and changes nothing", async () => {
    const world = await createWorld(2);
    const theirs = await db.notification.create({
      data: { userId: nth(world.experts).user.id, title: "T", body: "B" },
    });
    for (const intruder of [nth(world.experts, 1).user, world.coordinator, world.academic]) {
      actAs(intruder);
      const result = await markNotificationReadAction(idle, form({ notificationId: theirs.id }));
      expect(result).toMatchObject({ status: "error", code: "NOT_FOUND" });
      // "Mark all" marks only the caller's own.
      await markNotificationReadAction(idle, form({ all: "yes" }));
    }
    actAs(null);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("refuses an empty request", async () => {
    const world = await createWorld(0);
    actAs(world.academic);
    expect(await markNotificationReadAction(idle, form({}))).toMatchObject({ status: "error", code: "INVALID" });
    actAs(null);
  });
});

describe("how we contact you", () => {
  const auditsFor = (userId: string) =>
    db.auditEvent.findMany({ where: { entityId: userId, action: "user.contactPreference.updated" } });

  it("refuses 'please phone me' for an expert with no phone number, on that field, writing nothing", async () => {
    const world = await createWorld(1);
    const { user } = nth(world.experts);
    actAs(user);
    const result = await updateContactPreferenceAction(
      idle,
      form({ contactPreference: "PHONE", phone: "0113 496 0000" }),
    );
    actAs(null);
    expect(result).toMatchObject({ status: "error", code: "INVALID", values: { contactPreference: "PHONE" } });
    expect(result.fieldErrors?.contactPreference?.[0]).toMatch(/My profile/);
    // The phone typed into this form is not an expert's way to add one: their profile is.
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ contactPreference: "EMAIL", phone: null });
    expect(await auditsFor(user.id)).toHaveLength(0);
  });

  it("saves an expert's choice when their profile has a phone number, and audits it", async () => {
    const world = await createWorld(1);
    const { user } = nth(world.experts);
    await db.user.update({ where: { id: user.id }, data: { phone: "07700 900123" } });
    actAs(user);
    const result = await updateContactPreferenceAction(idle, form({ contactPreference: "PHONE" }));
    expect(result).toMatchObject({ status: "success" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).contactPreference).toBe("PHONE");
    expect(await updateContactPreferenceAction(idle, form({ contactPreference: "IN_APP" }))).toMatchObject({
      status: "success",
    });
    actAs(null);
    const audits = await auditsFor(user.id);
    expect(audits.map((a) => [a.before, a.after])).toEqual(
      expect.arrayContaining([
        [{ contactPreference: "EMAIL" }, { contactPreference: "PHONE" }],
        [{ contactPreference: "PHONE" }, { contactPreference: "IN_APP" }],
      ]),
    );
    expect(audits.every((a) => a.actorId === user.id)).toBe(true);

    // What the choice does: the next message is not emailed.
    await db.$transaction((tx) => notify({ userId: user.id, kind: "BOOKING", title: "Hello", body: "Hi" }, tx));
    const message = await db.message.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(message.status).toBe("SKIPPED");
  });

  it("lets staff give a phone number in the same form; without one, 'phone me' is refused on the phone field", async () => {
    const world = await createWorld(0);
    actAs(world.academic);
    const refused = await updateContactPreferenceAction(idle, form({ contactPreference: "PHONE", phone: "" }));
    expect(refused).toMatchObject({ status: "error", code: "INVALID" });
    expect(refused.fieldErrors?.phone?.[0]).toMatch(/phone number/);
    expect(await db.user.findUniqueOrThrow({ where: { id: world.academic.id } })).toMatchObject({
      contactPreference: "EMAIL",
      phone: null,
    });
    expect(await auditsFor(world.academic.id)).toHaveLength(0);

    const saved = await updateContactPreferenceAction(
      idle,
      form({ contactPreference: "PHONE", phone: "0113 496 0000" }),
    );
    actAs(null);
    expect(saved).toMatchObject({ status: "success" });
    expect(await db.user.findUniqueOrThrow({ where: { id: world.academic.id } })).toMatchObject({
      contactPreference: "PHONE",
      phone: "0113 496 0000",
    });
    const [event] = await auditsFor(world.academic.id);
    // The number itself stays out of the audit trail.
    expect(event?.after).toEqual({ contactPreference: "PHONE", phoneChanged: true });
  });

  it("refuses an unknown choice and a malformed phone number", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const unknown = await updateContactPreferenceAction(idle, form({ contactPreference: "PIGEON" }));
    expect(unknown.fieldErrors?.contactPreference).toBeTruthy();
    const bad = await updateContactPreferenceAction(idle, form({ contactPreference: "EMAIL", phone: "<script>" }));
    expect(bad.fieldErrors?.phone).toBeTruthy();
    actAs(null);
    expect(await auditsFor(world.coordinator.id)).toHaveLength(0);
  });
});

describe("sent messages, scoped to the coordinator's university", () => {
  it("shows the university's messages and the unassigned ones of its pool and staff, nobody else's", async () => {
    const w = await messageWorld();
    const ids = async (scope: typeof w.scopeA) => (await listSentMessages(scope)).items.map((x) => x.id).sort();
    expect(await ids(w.scopeA)).toEqual([w.m.a.id, w.m.poolNoInstitution.id, w.m.staffNoInstitution.id].sort());
    expect(await ids(w.scopeB)).toEqual([w.m.b.id, w.m.poolNoInstitution.id].sort());
    expect(await ids(w.scopeC)).toEqual([w.m.c.id, w.m.foreignNoInstitution.id].sort());
    // Newest first.
    expect((await listSentMessages(w.scopeA)).items.map((x) => x.id)).toEqual([
      w.m.staffNoInstitution.id,
      w.m.poolNoInstitution.id,
      w.m.a.id,
    ]);
  });

  it("filters by status and by person, still within scope", async () => {
    const w = await messageWorld();
    const failed = await createMessage({
      userId: w.expert.user.id,
      institutionId: w.institution.id,
      status: "FAILED",
      lastError: "The email address is not valid.",
    });
    const byStatus = await listSentMessages({ ...w.scopeA, status: "FAILED" });
    expect(byStatus.items.map((x) => [x.id, x.lastError])).toEqual([[failed.id, "The email address is not valid."]]);
    const byPerson = await listSentMessages({ ...w.scopeA, personId: w.expert.user.id });
    expect(byPerson.items.map((x) => x.id).sort()).toEqual([w.m.a.id, w.m.poolNoInstitution.id, failed.id].sort());
    expect((await listSentMessages({ ...w.scopeA, personId: w.foreignExpert.user.id })).total).toBe(0);
    expect(await findMessagePerson({ ...w.scopeA, userId: w.expert.user.id })).toMatchObject({
      name: w.expert.user.name,
    });
    expect(await findMessagePerson({ ...w.scopeA, userId: w.foreignExpert.user.id })).toBeNull();
    expect(await countNotSent(w.scopeA)).toBe(1);
    expect(await countNotSent(w.scopeC)).toBe(0);
  });

  it("opens one message in scope only, and never returns an account email's body", async () => {
    const w = await messageWorld();
    const found = await findSentMessage({ id: w.m.a.id, ...w.scopeA });
    expect(found?.body).toContain("Your place is confirmed.");
    expect(await findSentMessage({ id: w.m.b.id, ...w.scopeA })).toBeNull();
    expect(await findSentMessage({ id: w.m.c.id, ...w.scopeA })).toBeNull();
    expect(await findSentMessage({ id: w.m.foreignNoInstitution.id, ...w.scopeA })).toBeNull();

    // Even one still holding its link (not yet delivered) is never shown.
    const account = await createMessage({
      userId: w.expert.user.id,
      institutionId: w.institution.id,
      kind: "ACCOUNT",
      status: "QUEUED",
      textBody: "Set your password: https://involve.example/set-password?token=SECRET-TOKEN",
    });
    const shown = await findSentMessage({ id: account.id, ...w.scopeA });
    expect(shown).not.toBeNull();
    expect(shown?.body).toBeNull();
    expect(JSON.stringify(shown)).not.toContain("SECRET-TOKEN");
  });

  it("shows the last ten messages to a person on their page, newest first", async () => {
    const w = await messageWorld();
    const made = [];
    for (let i = 0; i < 11; i++)
      made.push(await createMessage({ userId: w.expert.user.id, institutionId: w.institution.id, subject: `M${i}` }));
    const recent = await listRecentMessagesTo({ userId: w.expert.user.id, ...w.scopeA });
    expect(recent).toHaveLength(10);
    expect(nth(recent).subject).toBe("M10");
    expect(recent.some((m) => m.id === w.m.b.id)).toBe(false);
  });
});

describe("the call list", () => {
  async function callWorld() {
    const w = await messageWorld();
    await db.user.update({
      where: { id: w.expert.user.id },
      data: { phone: "07700 900112", contactPreference: "PHONE" },
    });
    const call = await createMessage({
      userId: w.expert.user.id,
      institutionId: w.institution.id,
      status: "TO_CALL",
      subject: "Your place is confirmed",
    });
    const siblingCall = await createMessage({
      userId: w.expert.user.id,
      institutionId: w.sibling.id,
      status: "TO_CALL",
    });
    return { ...w, call, siblingCall };
  }

  it("lists the calls to make in scope, with the phone number and what to say", async () => {
    const w = await callWorld();
    const list = await listCallList(w.scopeA);
    expect(list.items.map((c) => c.id)).toEqual([w.call.id]);
    const item = nth(list.items);
    expect(item.person).toMatchObject({
      name: w.expert.user.name,
      phone: "07700 900112",
      expertId: w.expert.expert.id,
    });
    expect(item.script).toBe("Hello,\n\nYour place is confirmed.");
    expect(await countToCall(w.scopeA)).toBe(1);
    expect((await listCallList(w.scopeC)).total).toBe(0);
  });

  it("marks a call as made once, audited; the same call again is a conflict", async () => {
    const w = await callWorld();
    actAs(w.coordinator);
    expect(await redirectOf(markPhonedAction(idle, form({ messageId: w.call.id })))).toBe(
      "/coordinator/call-list?done=phoned",
    );
    const again = await markPhonedAction(idle, form({ messageId: w.call.id }));
    actAs(null);
    expect(again).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(await db.message.findUniqueOrThrow({ where: { id: w.call.id } })).toMatchObject({
      status: "CALLED",
      calledById: w.coordinator.id,
    });
    const events = await db.auditEvent.findMany({ where: { entityId: w.call.id } });
    expect(events).toMatchObject([{ action: "message.phoned", actorId: w.coordinator.id }]);
    expect((await listCallList(w.scopeA)).total).toBe(0);
    expect((await findSentMessage({ id: w.call.id, ...w.scopeA }))?.calledBy).toBe(w.coordinator.name);
  });

  it("lets only one of two coordinators record the same call", async () => {
    const w = await callWorld();
    const results = await Promise.allSettled(
      [w.coordinator, w.admin].map((c) => runAs(c, () => markPhonedAction(idle, form({ messageId: w.call.id })))),
    );
    // One redirect (a rejected promise carrying NEXT_REDIRECT) and one conflict.
    const redirects = results.filter(
      (r) => r.status === "rejected" && String((r.reason as { digest?: string }).digest).startsWith("NEXT_REDIRECT"),
    );
    const conflicts = results.filter((r) => r.status === "fulfilled" && r.value.code === "CONFLICT");
    expect([redirects.length, conflicts.length]).toEqual([1, 1]);
    expect(await db.auditEvent.count({ where: { entityId: w.call.id } })).toBe(1);
  });

  it("treats another university's call as missing, and refuses experts and academics", async () => {
    const w = await callWorld();
    for (const intruder of [w.siblingCoordinator, w.foreignCoordinator]) {
      actAs(intruder);
      expect(await markPhonedAction(idle, form({ messageId: w.call.id }))).toMatchObject({ code: "NOT_FOUND" });
    }
    for (const person of [w.expert.user, w.academic]) {
      actAs(person);
      expect(await markPhonedAction(idle, form({ messageId: w.call.id }))).toMatchObject({ code: "FORBIDDEN" });
    }
    actAs(null);
    expect((await db.message.findUniqueOrThrow({ where: { id: w.call.id } })).status).toBe("TO_CALL");
    expect(await db.auditEvent.count({ where: { entityId: w.call.id } })).toBe(0);
  });
});
