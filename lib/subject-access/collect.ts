/**
 * UK GDPR subject access: everything Involve holds about one expert by experience, section by
 * section, as plain DTOs. One query per section (the audit events need the ids of the bookings,
 * payments and feedback first, so they come last), never one per row.
 *
 * Left out on purpose: password hashes (omitted by the client anyway), set-password token
 * hashes, the calendar feed token (only whether it is on), the bodies of account emails (they
 * may still hold a one-time link), and other people's details beyond what makes a row make sense:
 * a session is named by its title, time and university; staff by their role, never by name,
 * except the expert's own named contact and the universities' published contacts for experts.
 *
 * There is no consent table yet: `choices` gathers the consent-like choices the expert has made
 * (how we contact them, whether academics may see their biography and lived experience, the calendar feed, how they
 * are paid).
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import { collectStoriesAndConsents } from "@/lib/consent/subject-access";
import { collectIdeasAndInvitations } from "@/lib/proposals/subject-access";

export type SubjectAccess = NonNullable<Awaited<ReturnType<typeof collectSubjectAccess>>>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that could carry a secret are dropped from audit before/after values, at any depth. */
const SECRET_KEY = /hash|token|secret|password/i;

export function withoutSecrets(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, v]) => [key, withoutSecrets(v)]),
    );
  return value as Json;
}

const sessionContext = {
  startsAt: true,
  endsAt: true,
  opportunity: { select: { title: true, type: true, institution: { select: { name: true } } } },
} as const;

async function findProfile({ expertId, partnershipId }: { expertId: string; partnershipId: string }, db: DbClient) {
  return db.expertProfile.findFirst({
    where: { id: expertId, partnershipId },
    select: {
      id: true,
      partnershipId: true,
      status: true,
      statusReason: true,
      statusChangedAt: true,
      livedExperience: true,
      interests: true,
      availabilityNotes: true,
      accessNeeds: true,
      paymentPreference: true,
      paymentPartner: { select: { name: true } },
      earningsLimitPence: true,
      earningsLimitPeriod: true,
      biography: true,
      biographyApprovedAt: true,
      shareLivedExperienceWithAcademics: true,
      largerText: true,
      easyRead: true,
      supportContactName: true,
      supportContactPhone: true,
      inductionDate: true,
      // Breaks and training (issue 14).
      breakStartedAt: true,
      breakUntil: true,
      breakUpdates: true,
      trainingRecords: {
        orderBy: [{ completedOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          course: true,
          title: true,
          completedOn: true,
          note: true,
          createdAt: true,
          recordedBy: { select: { role: true } },
        },
      },
      createdAt: true,
      updatedAt: true,
      namedContact: { select: { name: true, email: true, phone: true } },
      partners: { select: { name: true, type: true }, orderBy: { name: "asc" } },
      partnership: {
        select: {
          name: true,
          institutions: {
            select: { name: true, expertContactName: true, expertContactEmail: true, expertContactPhone: true },
            orderBy: { name: "asc" },
          },
        },
      },
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          deactivatedAt: true,
          phone: true,
          createdAt: true,
          lastSignInAt: true,
          contactPreference: true,
          // Read only to say whether the feed is on; the token itself is dropped below.
          calendarFeedToken: true,
        },
      },
    },
  });
}

export async function collectSubjectAccess(
  { expertId, partnershipId }: { expertId: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  const profile = await findProfile({ expertId, partnershipId }, db);
  if (!profile) return null;
  const { user } = profile;
  const userId = user.id;
  const email = user.email.trim().toLowerCase();

  const [
    bookings,
    payments,
    expenses,
    feedback,
    involvement,
    notifications,
    messages,
    passwordLinks,
    signIns,
    imports,
  ] = await Promise.all([
    db.booking.findMany({
      where: { expertId },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        message: true,
        requestedAt: true,
        decidedAt: true,
        offeredAt: true,
        withdrawnAt: true,
        attendanceMarkedAt: true,
        supporterComing: true,
        supporterName: true,
        supporterTravelClaimable: true,
        shareAccessNeedsWithAcademic: true,
        checkInFeeling: true,
        checkInAnsweredAt: true,
        // Their debrief, without the coordinators' private note (this export is self-service).
        debriefTask: {
          select: { requestedByExpert: true, expertNote: true, createdAt: true, dueOn: true, doneAt: true },
        },
        session: { select: { ...sessionContext, location: true, onlineUrl: true, cancelledAt: true } },
      },
    }),
    db.payment.findMany({
      where: { expertId },
      orderBy: [{ sessionDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        bookingId: true,
        method: true,
        feePence: true,
        status: true,
        sessionDate: true,
        reference: true,
        sentBackReason: true,
        submittedAt: true,
        approvedAt: true,
        sentToFinanceAt: true,
        paidAt: true,
        createdAt: true,
        payeePartner: { select: { name: true } },
        booking: { select: { session: { select: sessionContext } } },
      },
    }),
    db.expenseItem.findMany({
      where: { payment: { expertId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        paymentId: true,
        type: true,
        miles: true,
        amountPence: true,
        note: true,
        createdAt: true,
        addedById: true,
        addedBy: { select: { role: true } },
        payment: { select: { booking: { select: { session: { select: sessionContext } } } } },
      },
    }),
    db.expertFeedback.findMany({
      where: { expertId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        prepared: true,
        treatedWell: true,
        worthIt: true,
        paidOnTime: true,
        comments: true,
        anonymous: true,
        createdAt: true,
        session: { select: sessionContext },
      },
    }),
    // Records of module involvement made from sessions they attended (the records count people,
    // they do not name them).
    db.involvementRecord.findMany({
      where: { session: { bookings: { some: { expertId, status: "ATTENDED" } } } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        stage: true,
        minutes: true,
        description: true,
        expertCount: true,
        module: {
          select: {
            code: true,
            title: true,
            academicYear: true,
            programme: { select: { name: true, institution: { select: { name: true } } } },
          },
        },
      },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.message.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        status: true,
        toAddress: true,
        subject: true,
        textBody: true,
        link: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.passwordToken.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, expiresAt: true, usedAt: true },
    }),
    // Sign-in counters are kept per email (and per email and address), not per account.
    db.loginThrottle.findMany({
      where: { OR: [{ key: `email:${email}` }, { key: { startsWith: `pair:${email}|` } }] },
      orderBy: { key: "asc" },
    }),
    // Rows of uploaded expert spreadsheets that carry their email (cleared 30 days after import).
    db.$queryRaw<{ fileName: string; uploadedAt: Date; appliedAt: Date | null; row: number; values: unknown }[]>`
        SELECT b."fileName", b."createdAt" AS "uploadedAt", b."appliedAt", (r->>'row')::int AS "row", r->'values' AS "values"
        FROM "ImportBatch" b
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE WHEN jsonb_typeof(b."rows") = 'array' THEN b."rows" ELSE '[]'::jsonb END
        ) AS r
        WHERE b."kind" = 'EXPERTS' AND b."partnershipId" = ${profile.partnershipId}
          AND lower(trim(r->'values'->>'email')) = ${email}
        ORDER BY b."createdAt", "row"`,
  ]);

  // Stories and consents (issue 14).
  const storiesAndConsents = await collectStoriesAndConsents({ expertId }, db);
  // Ideas they proposed and invitations to ask for a place (issue 15).
  const ideasAndInvitations = await collectIdeasAndInvitations({ expertId, userId }, db);

  const auditEvents = await db.auditEvent.findMany({
    where: {
      OR: [
        { actorId: userId },
        { entityType: "User", entityId: userId },
        { entityType: "ExpertProfile", entityId: expertId },
        { entityType: "Email", entityId: email },
        { entityType: "Booking", entityId: { in: bookings.map((b) => b.id) } },
        { entityType: "Payment", entityId: { in: payments.map((p) => p.id) } },
        { entityType: "Feedback", entityId: { in: feedback.map((f) => f.id) } },
        { entityType: "Story", entityId: { in: storiesAndConsents.stories.map((x) => x.id) } },
        { entityType: "StoryConsent", entityId: { in: storiesAndConsents.consents.map((x) => x.id) } },
        { entityType: "Opportunity", entityId: { in: ideasAndInvitations.ideas.map((x) => x.id) } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      createdAt: true,
      actorId: true,
      actor: { select: { role: true } },
      before: true,
      after: true,
    },
  });

  const session = (s: {
    startsAt: Date;
    endsAt: Date;
    opportunity: { title: string; type: OpportunityType; institution: { name: string } };
  }) => ({
    sessionTitle: s.opportunity.title,
    sessionType: s.opportunity.type,
    sessionStartsAt: s.startsAt,
    sessionEndsAt: s.endsAt,
    university: s.opportunity.institution.name,
  });
  const expensesByPayment = new Map<string, number>();
  for (const e of expenses)
    expensesByPayment.set(e.paymentId, (expensesByPayment.get(e.paymentId) ?? 0) + e.amountPence);

  return {
    account: {
      userId,
      name: user.name,
      email: user.email,
      phone: user.phone,
      role: user.role,
      active: user.active,
      deactivatedAt: user.deactivatedAt,
      createdAt: user.createdAt,
      lastSignInAt: user.lastSignInAt,
    },
    profile: {
      expertId: profile.id,
      partnership: profile.partnership.name,
      status: profile.status,
      statusReason: profile.statusReason,
      statusChangedAt: profile.statusChangedAt,
      inductionDate: profile.inductionDate,
      breakStartedAt: profile.breakStartedAt,
      breakUntil: profile.breakUntil,
      breakUpdates: profile.breakUpdates,
      livedExperience: profile.livedExperience,
      interests: profile.interests,
      availabilityNotes: profile.availabilityNotes,
      accessNeeds: profile.accessNeeds,
      supportContactName: profile.supportContactName,
      supportContactPhone: profile.supportContactPhone,
      paymentPreference: profile.paymentPreference,
      paymentPartner: profile.paymentPartner?.name ?? null,
      earningsLimitPence: profile.earningsLimitPence,
      earningsLimitPeriod: profile.earningsLimitPeriod,
      biography: profile.biography,
      namedContact: profile.namedContact,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
    },
    choices: {
      contactPreference: user.contactPreference,
      biographySharedWithAcademics: profile.biography !== "" && profile.biographyApprovedAt !== null,
      biographyApprovedAt: profile.biographyApprovedAt,
      livedExperienceSharedWithAcademics: profile.shareLivedExperienceWithAcademics,
      largerText: profile.largerText,
      easyRead: profile.easyRead,
      calendarFeedOn: user.calendarFeedToken !== null,
      paymentPreference: profile.paymentPreference,
    },
    groups: profile.partners.map((p) => ({ name: p.name, type: p.type })),
    bookings: bookings.map((b) => ({
      id: b.id,
      ...session(b.session),
      location: b.session.location,
      onlineUrl: b.session.onlineUrl,
      sessionCancelledAt: b.session.cancelledAt,
      status: b.status,
      messageFromCoordinator: b.message,
      requestedAt: b.requestedAt,
      decidedAt: b.decidedAt,
      offeredAt: b.offeredAt,
      withdrawnAt: b.withdrawnAt,
      attendanceMarkedAt: b.attendanceMarkedAt,
      supporterComing: b.supporterComing,
      supporterName: b.supporterName,
      supporterTravelClaimable: b.supporterTravelClaimable,
      shareAccessNeedsWithAcademic: b.shareAccessNeedsWithAcademic,
      checkInFeeling: b.checkInFeeling,
      checkInAnsweredAt: b.checkInAnsweredAt,
      debriefAskedFor: b.debriefTask?.requestedByExpert ?? false,
      debriefNote: b.debriefTask?.expertNote ?? "",
      debriefDueOn: b.debriefTask?.dueOn ?? null,
      debriefDoneAt: b.debriefTask?.doneAt ?? null,
    })),
    payments: payments.map((p) => {
      const expensesPence = expensesByPayment.get(p.id) ?? 0;
      return {
        id: p.id,
        bookingId: p.bookingId,
        ...session(p.booking.session),
        method: p.method,
        paidTo: p.payeePartner?.name ?? null,
        status: p.status,
        feePence: p.feePence,
        expensesPence,
        totalPence: p.feePence + expensesPence,
        reference: p.reference,
        sentBackReason: p.sentBackReason,
        createdAt: p.createdAt,
        submittedAt: p.submittedAt,
        approvedAt: p.approvedAt,
        sentToFinanceAt: p.sentToFinanceAt,
        paidAt: p.paidAt,
      };
    }),
    expenses: expenses.map((e) => ({
      id: e.id,
      paymentId: e.paymentId,
      ...session(e.payment.booking.session),
      type: e.type,
      miles: e.miles,
      amountPence: e.amountPence,
      note: e.note,
      addedBy: e.addedById === userId ? ("you" as const) : e.addedBy.role,
      createdAt: e.createdAt,
    })),
    feedback: feedback.map((f) => ({
      id: f.id,
      ...session(f.session),
      prepared: f.prepared,
      treatedWell: f.treatedWell,
      worthIt: f.worthIt,
      paidOnTime: f.paidOnTime,
      comments: f.comments,
      anonymous: f.anonymous,
      createdAt: f.createdAt,
    })),
    involvement: involvement.map((r) => ({
      id: r.id,
      date: r.date,
      university: r.module.programme.institution.name,
      programme: r.module.programme.name,
      moduleCode: r.module.code,
      moduleTitle: r.module.title,
      academicYear: r.module.academicYear,
      stage: r.stage,
      minutes: r.minutes,
      expertCount: r.expertCount,
      description: r.description,
    })),
    ...storiesAndConsents,
    ...ideasAndInvitations,
    notifications,
    messages: messages.map(({ textBody, ...m }) => ({
      ...m,
      // An account email may still hold its one-time link while it waits to be sent.
      text: m.kind === "ACCOUNT" ? null : textBody,
    })),
    activity: auditEvents.map((e) => ({
      id: e.id,
      at: e.createdAt,
      action: e.action,
      recordType: e.entityType,
      recordId: e.entityId,
      by: e.actorId === userId ? ("you" as const) : (e.actor?.role ?? null),
      before: withoutSecrets(e.before),
      after: withoutSecrets(e.after),
    })),
    signIns: signIns.map((t) => ({
      kind: t.key.startsWith("pair:") ? ("email-and-address" as const) : ("email" as const),
      address: t.key.startsWith("pair:") ? t.key.slice(`pair:${email}|`.length) || null : null,
      failures: t.failures,
      windowStart: t.windowStart,
      lockedUntil: t.lockedUntil,
      lastSucceededAt: t.succeededAt,
    })),
    passwordLinks,
    training: profile.trainingRecords.map((t) => ({
      id: t.id,
      course: t.course,
      title: t.title,
      completedOn: t.completedOn,
      note: t.note,
      recordedBy: t.recordedBy.role,
      createdAt: t.createdAt,
    })),
    spreadsheetRows: imports.map((r) => ({
      fileName: r.fileName,
      uploadedAt: r.uploadedAt,
      appliedAt: r.appliedAt,
      row: r.row,
      values: withoutSecrets(r.values),
    })),
    /** Who experts contact at each university of the partnership (published to experts; for README.txt). */
    universityContacts: profile.partnership.institutions
      .filter((i) => i.expertContactName || i.expertContactEmail || i.expertContactPhone)
      .map((i) => ({
        university: i.name,
        name: i.expertContactName,
        email: i.expertContactEmail,
        phone: i.expertContactPhone,
      })),
  };
}
