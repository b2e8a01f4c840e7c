/**
 * A world for the gates: the home institution (A) with records of every kind, a sibling
 * institution (B) in the same partnership, and a foreign partnership (C). Ownership cases use
 * A's records and B's / C's people as intruders; the hostile-input gate uses A's ids so the
 * deeper code runs.
 */
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDraftPayment } from "@/lib/payments/create-draft";
import {
  createExpert,
  createOpportunity,
  createPartnership,
  createSession,
  createUser,
  createWorld,
  unique,
} from "../helpers/factories";

const DAY = 24 * 3600 * 1000;

type User = { id: string; role: Role };

async function createInstitution(partnershipId: string) {
  return db.institution.create({
    data: { name: unique("University"), shortName: "Uni", partnershipId, costCentre: "CC-2" },
  });
}

async function createLedModule(institutionId: string, leaderId: string) {
  const programme = await db.programme.create({
    data: { institutionId, name: unique("MA Social Work"), level: "QUALIFYING_POSTGRADUATE" },
  });
  return db.module.create({
    data: {
      programmeId: programme.id,
      code: unique("MSW"),
      title: "Assessment",
      yearOfStudy: 1,
      academicYear: "2026/27",
      leaderId,
    },
  });
}

export async function attendedBookingWithPayment(
  sessionId: string,
  expertId: string,
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "SENT_TO_FINANCE",
  financeExportId?: string,
) {
  const booking = await db.booking.create({
    data: { sessionId, expertId, status: "ATTENDED", attendanceMarkedAt: new Date() },
  });
  const payment = await db.$transaction((tx) => createDraftPayment({ bookingId: booking.id }, tx));
  const when = new Date();
  const updated = await db.payment.update({
    where: { id: payment.id },
    data: {
      status,
      submittedAt: status === "DRAFT" ? null : when,
      approvedAt: status === "APPROVED" || status === "SENT_TO_FINANCE" ? when : null,
      financeExportId: financeExportId ?? null,
      sentToFinanceAt: status === "SENT_TO_FINANCE" ? new Date(Date.now() - 2 * DAY) : null,
    },
  });
  return { booking, payment: updated };
}

export async function createGateWorld() {
  const home = await createWorld(3);
  const [expert1, expert2, expert3] = home.experts as [
    (typeof home.experts)[0],
    (typeof home.experts)[0],
    (typeof home.experts)[0],
  ];

  // Sibling institution in the same partnership: shares the expert pool, not the records.
  const sibling = await createInstitution(home.partnership.id);
  const siblingCoordinator = await createUser("COORDINATOR", { institutionId: sibling.id });
  const siblingAdmin = await createUser("ADMIN", { institutionId: sibling.id });
  const siblingAcademic = await createUser("ACADEMIC", { institutionId: sibling.id });
  const siblingModule = await createLedModule(sibling.id, siblingAcademic.id);
  // Another academic of the home institution who does not lead the home module.
  const colleagueAcademic = await createUser("ACADEMIC", { institutionId: home.institution.id });

  // A different partnership altogether.
  const foreign = await createPartnership();
  const foreignCoordinator = await createUser("COORDINATOR", { institutionId: foreign.institution.id });
  const foreignAdmin = await createUser("ADMIN", { institutionId: foreign.institution.id });
  const foreignAcademic = await createUser("ACADEMIC", { institutionId: foreign.institution.id });
  const foreignExpert = await createExpert(foreign.partnership.id);

  // Home records: an open opportunity with a future session and a past one.
  const opportunity = await createOpportunity({
    institution: home.institution,
    coordinator: home.coordinator,
    module: home.module,
  });
  const future = await createSession(opportunity.id, { places: 3 });
  const past = await createSession(opportunity.id, { places: 3, startsAt: new Date(Date.now() - 7 * DAY) });
  const requested = await db.booking.create({
    data: { sessionId: future.id, expertId: expert1.expert.id, status: "REQUESTED" },
  });
  const confirmed = await db.booking.create({
    data: {
      sessionId: future.id,
      expertId: expert2.expert.id,
      status: "CONFIRMED",
      decidedAt: new Date(),
      decidedById: home.coordinator.id,
    },
  });
  const waitlisted = await db.booking.create({
    data: { sessionId: future.id, expertId: expert3.expert.id, status: "WAITLISTED" },
  });
  const pastConfirmed = await db.booking.create({
    data: {
      sessionId: past.id,
      expertId: expert3.expert.id,
      status: "CONFIRMED",
      decidedAt: new Date(Date.now() - 10 * DAY),
    },
  });
  const draft = await attendedBookingWithPayment(past.id, expert1.expert.id, "DRAFT");
  const submitted = await attendedBookingWithPayment(past.id, expert2.expert.id, "SUBMITTED");
  const past2 = await createSession(opportunity.id, { places: 3, startsAt: new Date(Date.now() - 14 * DAY) });
  const approved = await attendedBookingWithPayment(past2.id, expert1.expert.id, "APPROVED");
  const financeExport = await db.financeExport.create({
    data: {
      institutionId: home.institution.id,
      createdById: home.coordinator.id,
      paymentCount: 1,
      totalPence: 5000,
      createdAt: new Date(Date.now() - 2 * DAY),
    },
  });
  const sent = await attendedBookingWithPayment(past2.id, expert2.expert.id, "SENT_TO_FINANCE", financeExport.id);
  const expense = await db.expenseItem.create({
    data: { paymentId: draft.payment.id, type: "TRAVEL", amountPence: 420, note: "Bus", addedById: expert1.user.id },
  });
  const record = await db.involvementRecord.create({
    data: {
      moduleId: home.module.id,
      date: new Date(Date.now() - 3 * DAY),
      stage: "TEACHING_LEARNING",
      minutes: 90,
      description: "Guest talk",
      expertCount: 1,
      loggedById: home.academic.id,
    },
  });
  const partner = await db.partner.create({
    data: {
      partnershipId: home.partnership.id,
      name: unique("Carers Centre"),
      type: "CARERS_CENTRE",
      experts: { connect: [{ id: expert1.expert.id }] },
    },
  });
  const otherPartner = await db.partner.create({
    data: { partnershipId: home.partnership.id, name: unique("Advocacy Group"), type: "ADVOCACY_GROUP" },
  });
  const foreignPartner = await db.partner.create({
    data: { partnershipId: foreign.partnership.id, name: unique("User-led Group"), type: "USER_LED_GROUP" },
  });
  const rate = await db.rate.create({
    data: {
      institutionId: home.institution.id,
      opportunityType: "TEACHING",
      basis: "HOUR",
      amountPence: 2500,
      effectiveFrom: new Date("2025-01-01"),
    },
  });
  const siblingRate = await db.rate.create({
    data: {
      institutionId: sibling.id,
      opportunityType: "TEACHING",
      basis: "HOUR",
      amountPence: 3000,
      effectiveFrom: new Date("2025-01-01"),
    },
  });
  const feedback = await db.expertFeedback.create({
    data: {
      bookingId: draft.booking.id,
      sessionId: past.id,
      expertId: expert1.expert.id,
      worthIt: 4,
      comments: "Good",
    },
  });
  const notification = await db.notification.create({
    data: { userId: expert1.user.id, title: "Hello", body: "A note" },
  });
  // A message for the home university's call list: expert1 asked to be phoned.
  const callMessage = await db.message.create({
    data: {
      userId: expert1.user.id,
      institutionId: home.institution.id,
      kind: "BOOKING",
      status: "TO_CALL",
      lastError: "They asked to be phoned instead of emailed.",
      toAddress: expert1.user.email,
      subject: "Your place is confirmed",
      textBody: "Hello,\n\nYour place is confirmed.",
      htmlBody: "<p>Hello,</p><p>Your place is confirmed.</p>",
    },
  });
  const draftOpportunity = await createOpportunity(
    { institution: home.institution, coordinator: home.coordinator, module: home.module },
    { status: "DRAFT" },
  );
  const draftSession = await createSession(draftOpportunity.id, { places: 2 });

  return {
    ...home,
    expert1,
    expert2,
    expert3,
    sibling,
    siblingCoordinator,
    siblingAdmin,
    siblingAcademic,
    siblingModule,
    colleagueAcademic,
    foreign,
    foreignCoordinator,
    foreignAdmin,
    foreignAcademic,
    foreignExpert,
    opportunity,
    draftOpportunity,
    draftSession,
    future,
    past,
    past2,
    bookings: { requested, confirmed, waitlisted, pastConfirmed },
    payments: { draft: draft.payment, submitted: submitted.payment, approved: approved.payment, sent: sent.payment },
    financeExport,
    expense,
    record,
    partner,
    otherPartner,
    foreignPartner,
    rate,
    siblingRate,
    feedback,
    notification,
    callMessage,
  };
}

export type GateWorld = Awaited<ReturnType<typeof createGateWorld>>;

/** The person in the home institution who owns the records for each role. */
export function ownerFor(world: GateWorld, role: Role): User {
  switch (role) {
    case "EXPERT":
      return world.expert1.user;
    case "ACADEMIC":
      return world.academic;
    case "COORDINATOR":
      return world.coordinator;
    case "ADMIN":
      return world.admin;
  }
}

/**
 * Real ids for id-like fields, by field name, so hostile input reaches past "not found".
 * `bookingId` → the requested booking of expert1 (the owner for experts), and so on.
 */
export function sampleIds(world: GateWorld): Record<string, string> {
  return {
    bookingId: world.bookings.requested.id,
    /** Not a field name: the confirmed booking on the past session, for attendance_<id> keys. */
    attendanceBookingId: world.bookings.pastConfirmed.id,
    sessionId: world.future.id,
    opportunityId: world.opportunity.id,
    expertId: world.expert1.expert.id,
    expertProfileId: world.expert1.expert.id,
    moduleId: world.module.id,
    programmeId: world.programme.id,
    paymentId: world.payments.draft.id,
    expenseId: world.expense.id,
    expenseItemId: world.expense.id,
    recordId: world.record.id,
    involvementRecordId: world.record.id,
    partnerId: world.partner.id,
    paymentPartnerId: world.partner.id,
    partnerIds: world.partner.id,
    exportId: world.financeExport.id,
    financeExportId: world.financeExport.id,
    rateId: world.rate.id,
    feedbackId: world.feedback.id,
    notificationId: world.notification.id,
    messageId: world.callMessage.id,
    institutionId: world.institution.id,
    partnershipId: world.partnership.id,
    userId: world.expert1.user.id,
    namedContactId: world.coordinator.id,
    contactId: world.coordinator.id,
    leaderId: world.academic.id,
  };
}
