/** Involvement records, feedback, notifications and audit events (pure: no database access). */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvolvementStage, Role } from "@/lib/generated/prisma/enums";
import type { Activity, BuiltSession } from "./build-activity";
import type { Money } from "./build-money";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY } from "./data/experts";
import { DEMO_PARTICIPATION_LEVEL } from "./data/opportunities";
import { COORDINATOR_OF, STAFF } from "./data/organisations";
import {
  academicYearOf,
  addDays,
  addMinutes,
  type Calendar,
  earlier,
  formatDay,
  minutesBetween,
  newId,
} from "./helpers";

/** Involvement an academic logged by hand (a guest talk, a marking day) with no session behind it. */
const HAND_LOGGED: {
  code: string;
  day: number;
  stage: InvolvementStage;
  minutes: number;
  experts: number;
  by: string;
  text: string;
}[] = [
  {
    code: "SWM701",
    day: -45,
    stage: "TEACHING_LEARNING",
    minutes: 90,
    experts: 1,
    by: "priya",
    text: "A member of Voices Together spoke about rights under the Mental Health Act in the law seminar.",
  },
  {
    code: "SW5002",
    day: -200,
    stage: "ASSESSMENT",
    minutes: 180,
    experts: 2,
    by: "priya",
    text: "Two carers co-marked the case study presentations with the module team.",
  },
  {
    code: "HSC3301",
    day: -30,
    stage: "TEACHING_LEARNING",
    minutes: 120,
    experts: 3,
    by: "aisha",
    text: "Panel discussion with three people who use mental health services.",
  },
  {
    code: "SW6004",
    day: -60,
    stage: "PROGRAMME_DESIGN",
    minutes: 240,
    experts: 2,
    by: "claire",
    text: "Care leavers helped rewrite the module's case studies.",
  },
  {
    code: "ECSW204",
    day: -20,
    stage: "QUALITY_ASSURANCE",
    minutes: 90,
    experts: 1,
    by: "funmi",
    text: "A carer joined the module review meeting and commented on student feedback.",
  },
  {
    code: "HSC1102",
    day: -250,
    stage: "TEACHING_LEARNING",
    minutes: 180,
    experts: 2,
    by: "aisha",
    text: "Self-advocates co-delivered the communication workshop.",
  },
  {
    code: "PQPE01",
    day: -10,
    stage: "ASSESSMENT",
    minutes: 120,
    experts: 1,
    by: "claire",
    text: "An expert by experience sat on the practice educator portfolio panel.",
  },
];

/** Author: the demo expert, a staff key, or "attendee" (someone else who attended). */
const FEEDBACK: { session: string; author: string; rating: number; text: string; debrief?: "wanted" | "done" }[] = [
  {
    session: "n1@-62",
    author: DEMO_EXPERT_KEY,
    rating: 5,
    text: "Students asked thoughtful questions and I felt listened to. The planning hour beforehand really helped.",
  },
  {
    session: "n1@-62",
    author: "martin",
    rating: 5,
    text: "Students said this was the session that made the module real for them. Several changed their essay topics afterwards.",
  },
  {
    session: "n2@-33",
    author: DEMO_EXPERT_KEY,
    rating: 4,
    text: "A good morning. The room was too warm and the breaks were a bit short, but the students were kind.",
  },
  {
    session: "n2@-33",
    author: "priya",
    rating: 5,
    text: "The experts' feedback was specific and students took it seriously. Can we have the same group next year?",
  },
  {
    session: "n3@-48",
    author: "sam",
    rating: 4,
    text: "Panels ran well. Experts asked for clearer scoring guidance; I will update the sheet before the next round.",
  },
  {
    session: "n6@-70",
    author: "attendee",
    rating: 4,
    text: "The papers were long, but going through them first meant I could follow the meeting and have my say.",
  },
  {
    session: "n2@-75",
    author: "lee",
    rating: 2,
    debrief: "done",
    text: "The role-play was too close to my own story and I struggled afterwards. I would like to talk to someone before I do another.",
  },
  {
    session: "r1@-36",
    author: "attendee",
    rating: 4,
    text: "I enjoyed it. The students practised writing Easy Read letters with me and got much better by the end.",
  },
  {
    session: "r1@-29",
    author: "aisha",
    rating: 5,
    text: "The self-advocates were brilliant. Students' plain-language letters improved a lot.",
  },
  {
    session: "r2@-9",
    author: "ruksana",
    rating: 5,
    text: "Four experts all day and every student was scored. Lunch order needs sorting next time.",
  },
  {
    session: "r7@-6",
    author: "attendee",
    rating: 2,
    debrief: "wanted",
    text: "A student said people on benefits just need to try harder. It upset me and I did not say anything at the time. Could someone call me?",
  },
  {
    session: "e1@-41",
    author: "neil",
    rating: 4,
    text: "Students were engaged. We should send the experts the seminar questions earlier.",
  },
  {
    session: "e2@-66",
    author: "funmi",
    rating: 4,
    text: "The marking was more thoughtful than I expected. Next time we need more time to compare notes.",
  },
  {
    session: "e5@-1",
    author: "attendee",
    rating: 5,
    text: "Filming was relaxed and I got to watch it back. I am proud of it.",
  },
];

const money = (pence: number) => `£${(pence / 100).toFixed(2)}`;

export function buildEvidence(cal: Calendar, people: People, activity: Activity, paid: Money) {
  const { now } = cal;
  const { userId, expertUserId } = people.ids;
  const bySession = (key: string): BuiltSession => {
    const found = activity.sessions.find((s) => s.key === key);
    if (!found) throw new Error(`No session ${key}`);
    return found;
  };

  const involvementRecords: Prisma.InvolvementRecordCreateManyInput[] = [];
  for (const s of activity.sessions) {
    const attended = s.bookings.filter((b) => b.status === "ATTENDED").length;
    if (!s.recordedAt || !s.moduleId || attended === 0) continue;
    involvementRecords.push({
      id: newId(),
      moduleId: s.moduleId,
      date: s.startsAt,
      stage: s.opp.stage,
      participationLevel: DEMO_PARTICIPATION_LEVEL[s.opp.type] ?? null,
      minutes: minutesBetween(s.startsAt, s.endsAt),
      description: s.opp.evidence ?? s.opp.title,
      expertCount: attended,
      sessionId: s.id,
      loggedById: userId[COORDINATOR_OF[s.opp.inst]] as string,
      createdAt: s.recordedAt,
    });
  }
  for (const h of HAND_LOGGED) {
    const date = cal.at(cal.weekday(h.day), "10:00");
    involvementRecords.push({
      id: newId(),
      moduleId: people.moduleFor(h.code, academicYearOf(date)),
      date,
      stage: h.stage,
      minutes: h.minutes,
      description: h.text,
      expertCount: h.experts,
      sessionId: null,
      loggedById: userId[h.by] as string,
      createdAt: addDays(date, 2),
    });
  }

  const roleOf = (key: string): Role => STAFF.find((p) => p.key === key)?.role ?? "EXPERT";
  // Academics' feedback goes to Feedback; experts' to ExpertFeedback (their old single rating
  // answers "was it worth it"), and an expert's wish for a debrief becomes a debrief task.
  const feedback: Prisma.FeedbackCreateManyInput[] = [];
  const expertFeedback: Prisma.ExpertFeedbackCreateManyInput[] = [];
  const debriefTasks: Prisma.DebriefTaskCreateManyInput[] = [];
  for (const f of FEEDBACK) {
    const s = bySession(f.session);
    const createdAt = earlier(addMinutes(s.endsAt, 180), now);
    const staffId = userId[f.author];
    if (staffId && roleOf(f.author) !== "EXPERT") {
      feedback.push({
        id: newId(),
        sessionId: s.id,
        authorId: staffId,
        authorRole: roleOf(f.author),
        rating: f.rating,
        text: f.text,
        // The academics' praise is shared with the experts who were there.
        shareWithExperts: f.rating >= 5,
        createdAt,
        updatedAt: createdAt,
      });
      continue;
    }
    const booking =
      f.author === "attendee"
        ? s.bookings.find((b) => b.status === "ATTENDED" && b.expertKey !== DEMO_EXPERT_KEY)
        : s.bookings.find((b) => b.status === "ATTENDED" && b.expertKey === f.author);
    const expertId = booking && people.ids.expertProfileId[booking.expertKey];
    if (!booking || !expertId) throw new Error(`No feedback author ${f.author} for ${f.session}`);
    expertFeedback.push({
      id: newId(),
      bookingId: booking.id,
      sessionId: s.id,
      expertId,
      worthIt: f.rating,
      comments: f.text,
      createdAt,
      updatedAt: createdAt,
    });
    if (f.debrief) {
      debriefTasks.push({
        id: newId(),
        bookingId: booking.id,
        expertId,
        institutionId: people.ids.instId[s.opp.inst] as string,
        reason: "ASKED",
        requestedByExpert: true,
        dueOn: addDays(createdAt, 2),
        createdAt,
        doneAt: f.debrief === "done" ? earlier(addDays(createdAt, 2), now) : null,
      });
    }
  }

  // The demo expert's own messages, and a couple for the demo coordinator.
  const jo = (status: string) =>
    activity.sessions.flatMap((s) =>
      s.bookings.filter((b) => b.expertKey === DEMO_EXPERT_KEY && b.status === status).map((b) => ({ s, b })),
    );
  const joUser = expertUserId[DEMO_EXPERT_KEY] as string;
  const sam = userId.sam as string;
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const note = (user: string, title: string, body: string, daysAgo: number, read: boolean, link: string) => {
    const createdAt = addDays(now, -daysAgo);
    notifications.push({
      id: newId(),
      userId: user,
      title,
      body,
      link,
      readAt: read ? addDays(createdAt, 0.3) : null,
      createdAt,
    });
  };
  jo("CONFIRMED").forEach(({ s }, i) =>
    note(
      joUser,
      "Your place is confirmed",
      `${s.opp.title}, ${formatDay(s.startsAt)}. ${s.opp.whatYouWillDo.split(".")[0]}.`,
      2 + i * 3,
      i > 0,
      "/expert",
    ),
  );
  for (const { s } of jo("WAITLISTED")) {
    note(
      joUser,
      "You are on the waiting list",
      `${s.opp.title}, ${formatDay(s.startsAt)} is full. We will tell you straight away if a place comes up.`,
      1,
      false,
      "/expert",
    );
  }
  const joPayments = paid.payments.filter(
    (p) => p.expertId === people.ids.expertProfileId[DEMO_EXPERT_KEY] && p.status === "PAID",
  );
  for (const p of joPayments) {
    const extra = paid.expenses.filter((x) => x.paymentId === p.id).reduce((sum, x) => sum + x.amountPence, 0);
    note(
      joUser,
      "You have been paid",
      `${money((p.feePence ?? 0) + extra)} for your session on ${formatDay(new Date(p.sessionDate))} has been paid into your bank account.`,
      20,
      true,
      "/expert",
    );
  }
  note(
    joUser,
    "New dates that may suit you",
    "Interview panels for BA Social Work applicants have new dates. Have a look if you would like to take part.",
    4,
    false,
    "/expert",
  );
  note(
    sam,
    "New request from Dr Priya Raman",
    "Carers' experience of adult social care assessments: 2 people, weeks of 12 or 19 January.",
    6,
    false,
    "/coordinator",
  );
  note(
    sam,
    "Debrief requested",
    "An expert asked for a call after a session at Riverside. Ruksana Begum is their contact today.",
    5,
    true,
    "/coordinator",
  );

  const audit = (
    actor: string | null,
    action: string,
    entityType: string,
    entityId: string,
    at: Date,
    before?: Prisma.InputJsonValue,
    after?: Prisma.InputJsonValue,
  ) => ({
    id: newId(),
    actorId: actor,
    // Everything in the demo happens in its one partnership, so its admin's audit log shows it.
    partnershipId: people.partnership.id,
    action,
    entityType,
    entityId,
    before: before ?? undefined,
    after: after ?? undefined,
    createdAt: at,
  });
  const auditEvents: Prisma.AuditEventCreateManyInput[] = [];
  for (const { b } of jo("CONFIRMED")) {
    const row = activity.bookings.find((x) => x.id === b.id);
    auditEvents.push(
      audit(
        sam,
        "booking.confirmed",
        "Booking",
        b.id,
        new Date(row?.decidedAt ?? now),
        { status: "REQUESTED" },
        { status: "CONFIRMED" },
      ),
    );
  }
  for (const { b } of jo("WAITLISTED")) {
    const row = activity.bookings.find((x) => x.id === b.id);
    auditEvents.push(
      audit(
        sam,
        "booking.waitlisted",
        "Booking",
        b.id,
        new Date(row?.decidedAt ?? now),
        { status: "REQUESTED" },
        { status: "WAITLISTED" },
      ),
    );
  }
  for (const o of activity.opportunities.filter((x) => x.publishedAt).slice(0, 4)) {
    auditEvents.push(
      audit(
        o.createdById,
        "opportunity.published",
        "Opportunity",
        o.id as string,
        new Date(o.publishedAt ?? now),
        { status: "DRAFT" },
        { status: "OPEN" },
      ),
    );
  }
  const cancelled = activity.opportunities.find((o) => o.status === "CANCELLED");
  if (cancelled) {
    auditEvents.push(
      audit(
        cancelled.createdById,
        "opportunity.cancelled",
        "Opportunity",
        cancelled.id as string,
        new Date(cancelled.cancelledAt ?? now),
        { status: "OPEN" },
        { status: "CANCELLED", reason: cancelled.cancelReason ?? "" },
      ),
    );
  }
  for (const p of paid.payments.filter((x) => x.approvedAt).slice(0, 3)) {
    auditEvents.push(
      audit(
        p.approvedById ?? null,
        "payment.approved",
        "Payment",
        p.id as string,
        new Date(p.approvedAt ?? now),
        { status: "SUBMITTED" },
        { status: "APPROVED", feePence: p.feePence ?? 0 },
      ),
    );
  }
  for (const x of paid.financeExports.slice(0, 2)) {
    auditEvents.push(
      audit(
        x.createdById,
        "financeExport.created",
        "FinanceExport",
        x.id as string,
        new Date(x.createdAt ?? now),
        undefined,
        { paymentCount: x.paymentCount, totalPence: x.totalPence },
      ),
    );
  }
  const lee = people.expertProfiles.find((e) => e.id === people.ids.expertProfileId.lee);
  if (lee) {
    auditEvents.push(
      audit(
        sam,
        "expert.statusChanged",
        "ExpertProfile",
        lee.id as string,
        new Date(lee.statusChangedAt ?? now),
        { status: "ACTIVE" },
        { status: "PAUSED" },
      ),
    );
  }
  const requested = activity.opportunities.find((o) => o.requestedById);
  if (requested) {
    auditEvents.push(
      audit(
        requested.requestedById ?? null,
        "opportunity.requested",
        "Opportunity",
        requested.id as string,
        new Date(requested.createdAt ?? now),
        undefined,
        { placesWanted: requested.placesWanted ?? null },
      ),
    );
  }

  return { involvementRecords, feedback, expertFeedback, debriefTasks, notifications, auditEvents };
}
