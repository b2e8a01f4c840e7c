/**
 * Subject access (UK GDPR) end to end on the real database: two experts of one partnership with
 * a full history each (bookings, payments, expenses, feedback, involvement, messages, audit
 * events, sign-in counters, set-password links, an import row), and one of another partnership.
 * Each archive is unzipped: every section holds its expert's rows and none of the other's; no
 * password hash, token or other secret is in any file; the routes refuse whoever is not allowed
 * and audit every download.
 */
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as coordinatorDownload } from "@/app/(coordinator)/coordinator/experts/[id]/my-data/download/route";
import { GET as myDataDownload } from "@/app/(expert)/expert/my-data/download/route";
import { db } from "@/lib/db";
import { createDraftPayment } from "@/lib/payments/create-draft";
import { collectSubjectAccess } from "@/lib/subject-access/collect";
import { runAs } from "../helpers/actor";
import {
  createExpert,
  createOpportunity,
  createPartnership,
  createSession,
  createUser,
  createWorld,
  unique,
} from "../helpers/factories";

type World = Awaited<ReturnType<typeof createWorld>>;
type Person = { id: string };

const SESSION_START = new Date("2025-07-01T09:00:00.000Z"); // 10:00 in London (summer time)

/** A full history for one expert; returns what must be in their archive and nowhere else. */
async function giveHistory(world: World, index: 0 | 1, label: string) {
  const { user, expert } = world.experts[index]!;
  const name = unique(`${label} Person`);
  const email = `${unique(label.toLowerCase())}@test.example`;
  const feedToken = unique(`${label}-feed-secret`);
  await db.user.update({
    where: { id: user.id },
    data: { name, email, calendarFeedToken: feedToken, contactPreference: "PHONE" },
  });
  const group = await db.partner.create({
    data: {
      partnershipId: world.partnership.id,
      name: unique(`${label} Group`),
      type: "USER_LED_GROUP",
      experts: { connect: { id: expert.id } },
    },
  });
  const opportunity = await createOpportunity(world);
  const session = await createSession(opportunity.id, { startsAt: SESSION_START, minutes: 120 });
  const supporterName = unique(`${label} Pat Assistant`);
  const booking = await db.booking.create({
    data: {
      sessionId: session.id,
      expertId: expert.id,
      status: "ATTENDED",
      attendanceMarkedAt: new Date(),
      supporterComing: true,
      supporterName,
    },
  });
  const debriefNote = unique(`${label} could not sleep`);
  const privateNote = unique(`${label} coordinators only`);
  await db.debriefTask.create({
    data: {
      bookingId: booking.id,
      expertId: expert.id,
      institutionId: world.institution.id,
      reason: "ASKED",
      requestedByExpert: true,
      expertNote: debriefNote,
      privateNote,
      dueOn: new Date(),
    },
  });
  const payment = await db.$transaction((tx) =>
    createDraftPayment({ bookingId: booking.id, actorId: world.coordinator.id }, tx),
  );
  const expenseNote = `=1+2 ${unique(`${label} bus fare`)}`;
  const expense = await db.expenseItem.create({
    data: { paymentId: payment.id, type: "TRAVEL", amountPence: 1234, note: expenseNote, addedById: user.id },
  });
  const feedbackText = unique(`${label} it went well`);
  const feedback = await db.expertFeedback.create({
    data: { bookingId: booking.id, sessionId: session.id, expertId: expert.id, worthIt: 5, comments: feedbackText },
  });
  const involvementText = unique(`${label} talk to first years`);
  await db.involvementRecord.create({
    data: {
      moduleId: world.module.id,
      date: SESSION_START,
      stage: "TEACHING_LEARNING",
      minutes: 120,
      description: involvementText,
      sessionId: session.id,
      loggedById: world.academic.id,
    },
  });
  const notificationTitle = unique(`${label} place confirmed`);
  await db.notification.create({ data: { userId: user.id, title: notificationTitle, body: "See you there." } });
  const messageSubject = unique(`${label} your place`);
  await db.message.create({
    data: {
      userId: user.id,
      kind: "BOOKING",
      status: "SENT",
      toAddress: email,
      subject: messageSubject,
      textBody: "Your place is confirmed.",
      htmlBody: "<p>Your place is confirmed.</p>",
      sentAt: new Date(),
    },
  });
  // An account email still waiting to go holds its one-time link.
  const oneTimeToken = unique(`${label}-one-time-secret`);
  await db.message.create({
    data: {
      userId: user.id,
      kind: "ACCOUNT",
      status: "QUEUED",
      toAddress: email,
      subject: "Set your password",
      textBody: `Open https://involve.example/set-password?token=${oneTimeToken}`,
      htmlBody: `<a href="https://involve.example/set-password?token=${oneTimeToken}">Set it</a>`,
    },
  });
  const tokenHash = unique(`${label}-token-hash`);
  await db.passwordToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const statusReason = unique(`${label} finished induction`);
  const auditSecret = unique(`${label}-audit-secret`);
  await db.auditEvent.createMany({
    data: [
      {
        actorId: world.coordinator.id,
        partnershipId: world.partnership.id,
        action: "expert.status.changed",
        entityType: "ExpertProfile",
        entityId: expert.id,
        before: { status: "INDUCTION" },
        after: { status: "ACTIVE", reason: statusReason, tokenHash: auditSecret },
      },
      {
        actorId: user.id,
        partnershipId: world.partnership.id,
        action: "user.contactPreference.updated",
        entityType: "User",
        entityId: user.id,
        after: { contactPreference: "PHONE" },
      },
    ],
  });
  // A story, with the story itself attached, and a withdrawn consent for it (issue 14).
  const storyText = unique(`${label} the story itself`);
  const story = await db.story.create({
    data: { expertId: expert.id, title: unique(`${label} story`), attachedText: storyText },
  });
  const consent = await db.storyConsent.create({
    data: {
      storyId: story.id,
      expertId: expert.id,
      bookingId: booking.id,
      scopes: ["RECORDED"],
      withdrawnAt: new Date(),
    },
  });
  // An idea they proposed for their group, and an invitation to ask for a place (issue 15).
  const ideaTitle = unique(`${label} idea`);
  await db.opportunity.create({
    data: {
      institutionId: world.institution.id,
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title: ideaTitle,
      summary: "A talk about being a carer",
      livedExperienceSought: [],
      status: "DRAFT",
      createdById: user.id,
      requestedById: user.id,
      proposedForPartnerId: group.id,
    },
  });
  const invitedTo = await createOpportunity(world);
  const invitedSession = await createSession(invitedTo.id, { startsAt: SESSION_START, minutes: 60 });
  await db.sessionInvitation.create({
    data: { sessionId: invitedSession.id, expertId: expert.id, invitedById: world.coordinator.id },
  });
  const address = index === 0 ? "203.0.113.10" : "203.0.113.20";
  await db.loginThrottle.createMany({
    data: [
      { key: `email:${email}`, failures: 3 },
      { key: `pair:${email}|${address}`, failures: 2 },
    ],
  });
  return {
    user: { ...user, name, email },
    expert,
    mine: {
      profile: [email, name],
      groups: [group.name],
      bookings: [booking.id, supporterName, debriefNote],
      payments: [payment.id],
      expenses: [`'${expenseNote}`],
      feedback: [feedbackText],
      involvement: [involvementText],
      notifications: [notificationTitle],
      emails: [messageSubject],
      activity: [statusReason, payment.id],
      "sign-in": [address],
      "spreadsheet-rows": [] as string[],
      stories: [storyText],
      consents: [consent.id, story.title],
      ideas: [ideaTitle, group.name],
      invitations: [invitedTo.title],
    } as Record<string, string[]>,
    // The coordinators' private note about their debrief stays out of the self-service export.
    secrets: [feedToken, oneTimeToken, tokenHash, auditSecret, privateNote],
    ids: [user.id, expert.id, booking.id, payment.id, expense.id, feedback.id],
  };
}

type History = Awaited<ReturnType<typeof giveHistory>>;

let world: World;
let alice: History;
let bob: History;
let foreign: Awaited<ReturnType<typeof createPartnership>> & {
  coordinator: Person;
  expert: Awaited<ReturnType<typeof createExpert>>;
};

beforeAll(async () => {
  world = await createWorld(2);
  await db.institution.update({
    where: { id: world.institution.id },
    data: { expertContactName: "Sam Contact", expertContactEmail: "involve@uni.example" },
  });
  // Alice's named contact is the one member of staff her archive names.
  await db.expertProfile.update({
    where: { id: world.experts[0]!.expert.id },
    data: { namedContactId: world.admin.id, shareLivedExperienceWithAcademics: true, largerText: true },
  });
  alice = await giveHistory(world, 0, "Alice");
  bob = await giveHistory(world, 1, "Bob");
  // One uploaded spreadsheet with a row for each of them: each archive gets only its own row.
  const aliceRow = unique("Alice row name");
  const bobRow = unique("Bob row name");
  await db.importBatch.create({
    data: {
      kind: "EXPERTS",
      partnershipId: world.partnership.id,
      institutionId: world.institution.id,
      createdById: world.coordinator.id,
      fileName: "experts.csv",
      rows: [
        { row: 2, values: { email: ` ${alice.user.email.toUpperCase()} `, name: aliceRow } },
        { row: 3, values: { email: bob.user.email, name: bobRow } },
      ],
      rowCount: 2,
    },
  });
  alice.mine["spreadsheet-rows"]!.push(aliceRow);
  bob.mine["spreadsheet-rows"]!.push(bobRow);
  const other = await createPartnership();
  foreign = {
    ...other,
    coordinator: await createUser("COORDINATOR", { institutionId: other.institution.id }),
    expert: await createExpert(other.partnership.id),
  };
});

const request = (path: string) => new Request(`http://localhost${path}`);
const downloadMine = (as: Person | null) => runAs(as, () => myDataDownload(request("/expert/my-data/download")));
const downloadFor = (as: Person | null, id: string) =>
  runAs(as, () =>
    coordinatorDownload(request(`/coordinator/experts/${id}/my-data/download`), { params: Promise.resolve({ id }) }),
  );

async function unzip(response: Response): Promise<Record<string, string>> {
  expect(response.status, response.status === 200 ? "" : await response.clone().text()).toBe(200);
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const files: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) files[entry.name] = await entry.async("string");
  return files;
}

const downloads = (expertId: string) =>
  db.auditEvent.findMany({
    where: { action: "subject_access.downloaded", entityId: expertId },
    orderBy: { createdAt: "asc" },
  });

function expectOnlyTheirs(files: Record<string, string>, owner: History, other: History) {
  for (const [section, markers] of Object.entries(owner.mine)) {
    const text = files[`${section}.csv`];
    expect(text, `${section}.csv is missing`).toBeDefined();
    for (const marker of markers) expect(text, `${section}.csv should hold ${marker}`).toContain(marker);
  }
  const otherMarkers = [...Object.values(other.mine).flat(), ...other.ids, other.user.name, other.user.email];
  for (const [file, text] of Object.entries(files))
    for (const marker of otherMarkers) expect(text, `${file} holds the other expert's ${marker}`).not.toContain(marker);
}

function expectNoSecrets(files: Record<string, string>, secrets: string[]) {
  for (const [file, text] of Object.entries(files)) {
    expect(text, `${file} holds a password hash`).not.toMatch(/\$2[aby]\$|\$argon2/);
    for (const secret of secrets) expect(text, `${file} holds the secret ${secret}`).not.toContain(secret);
  }
}

describe("the expert's own download", () => {
  it("is a zip of CSVs, everything.json and README.txt with only the caller's data, and no secrets", async () => {
    const response = await downloadMine(alice.user);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="involve-my-data-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const files = await unzip(response);
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.txt",
        "activity.csv",
        "bookings.csv",
        "choices.csv",
        "emails.csv",
        "everything.json",
        "expenses.csv",
        "feedback.csv",
        "groups.csv",
        "involvement.csv",
        "notifications.csv",
        "password-links.csv",
        "payments.csv",
        "profile.csv",
        "sign-in.csv",
        "spreadsheet-rows.csv",
        "training.csv",
        "stories.csv",
        "consents.csv",
        "ideas.csv",
        "invitations.csv",
      ].sort(),
    );
    expectOnlyTheirs(files, alice, bob);
    expectNoSecrets(files, [...alice.secrets, ...bob.secrets]);
    // Staff are named by their role, never by name.
    for (const [file, text] of Object.entries(files)) expect(text, file).not.toContain(world.coordinator.name);
    expect(files["activity.csv"]).toContain("Coordinator");
  });

  it("writes UK time and pounds in the CSVs, UTC and pence in the JSON", async () => {
    const files = await unzip(await downloadMine(alice.user));
    expect(files["bookings.csv"]).toContain("2025-07-01 10:00:00");
    expect(files["expenses.csv"]).toContain("amount in pounds");
    expect(files["expenses.csv"]).toContain(",12.34,");
    // A note that starts like a formula is neutralised by the one CSV writer.
    expect(files["expenses.csv"]).toContain("'=1+2 Alice bus fare");
    const payment = await db.payment.findUniqueOrThrow({ where: { id: alice.mine.payments![0] } });
    const total = payment.feePence + 1234;
    expect(files["payments.csv"]).toContain(`${Math.floor(total / 100)}.${String(total % 100).padStart(2, "0")}`);

    const json = JSON.parse(files["everything.json"]!);
    expect(json.account).toMatchObject({ userId: alice.user.id, email: alice.user.email });
    expect(json.bookings[0].sessionStartsAt).toBe("2025-07-01T09:00:00.000Z");
    expect(json.expenses[0].amountPence).toBe(1234);
    expect(json.payments[0]).toMatchObject({ feePence: payment.feePence, expensesPence: 1234 });
    expect(json.choices).toMatchObject({
      contactPreference: "PHONE",
      calendarFeedOn: true,
      livedExperienceSharedWithAcademics: true,
      largerText: true,
      easyRead: false,
    });
    expect(json.messages.find((m: { kind: string }) => m.kind === "ACCOUNT").text).toBeNull();
    expect(json.passwordLinks).toHaveLength(1);
    expect(json.signIns).toHaveLength(2);

    expect(files["choices.csv"]).toContain("Please phone me");
    expect(files["choices.csv"]).toContain("Academics may see your areas of lived experience,Yes");
    expect(files["README.txt"]).toMatch(/UK GDPR/);
    expect(files["README.txt"]).toMatch(/everything\.json/);
    expect(files["README.txt"]).toMatch(/Information Commissioner/);
    expect(files["README.txt"]).toContain(`Your named contact: ${world.admin.name}`);
    expect(files["README.txt"]).toContain("Sam Contact, involve@uni.example");
  });

  it("gives the other expert only their own data too, and is audited as theirs", async () => {
    const before = (await downloads(bob.expert.id)).length;
    const files = await unzip(await downloadMine(bob.user));
    expectOnlyTheirs(files, bob, alice);
    const events = await downloads(bob.expert.id);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorId: bob.user.id,
      entityType: "ExpertProfile",
      partnershipId: world.partnership.id,
      after: { by: "the expert" },
    });
  });

  it("refuses anyone who is not an expert, and audits nothing then", async () => {
    const before = await db.auditEvent.count({ where: { action: "subject_access.downloaded" } });
    expect((await downloadMine(null)).status).toBe(401);
    expect((await downloadMine(world.academic)).status).toBe(403);
    expect((await downloadMine(world.coordinator)).status).toBe(403);
    expect(await db.auditEvent.count({ where: { action: "subject_access.downloaded" } })).toBe(before);
  });
});

describe("the coordinator's download for someone who asked", () => {
  it("gives a coordinator or admin of the partnership the same archive, audited with them as the actor", async () => {
    for (const staff of [world.coordinator, world.admin]) {
      const response = await downloadFor(staff, alice.expert.id);
      expect(response.headers.get("content-type")).toBe("application/zip");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="involve-subject-access-Alice-Person-[^"]+\.zip"$/,
      );
      const files = await unzip(response);
      expectOnlyTheirs(files, alice, bob);
      expectNoSecrets(files, [...alice.secrets, ...bob.secrets]);
      expect(files["README.txt"]).toMatch(/A coordinator made it for you/);
      expect((await downloads(alice.expert.id)).at(-1)).toMatchObject({
        actorId: staff.id,
        partnershipId: world.partnership.id,
        after: { by: "coordinator" },
      });
    }
  });

  it("does not find another partnership's expert, and refuses experts and academics", async () => {
    const before = await db.auditEvent.count({ where: { action: "subject_access.downloaded" } });
    expect((await downloadFor(world.coordinator, foreign.expert.expert.id)).status).toBe(404);
    expect((await downloadFor(foreign.coordinator, alice.expert.id)).status).toBe(404);
    expect((await downloadFor(world.coordinator, "no-such-expert")).status).toBe(404);
    expect((await downloadFor(alice.user, alice.expert.id)).status).toBe(403);
    expect((await downloadFor(alice.user, bob.expert.id)).status).toBe(403);
    expect((await downloadFor(world.academic, alice.expert.id)).status).toBe(403);
    expect((await downloadFor(null, alice.expert.id)).status).toBe(401);
    expect(await db.auditEvent.count({ where: { action: "subject_access.downloaded" } })).toBe(before);
  });

  it("collects nothing for an expert outside the given partnership", async () => {
    expect(await collectSubjectAccess({ expertId: alice.expert.id, partnershipId: foreign.partnership.id })).toBeNull();
  });
});
