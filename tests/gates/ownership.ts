/**
 * Ownership cases: the rightful person's call (which must succeed, so the case is known to be
 * valid) and the same form sent by people who do not own the record, or carrying someone
 * else's id, (which must be refused with nothing changed). Every action whose schema takes an
 * id must have a case here or an exemption with a reason — the authorization gate fails
 * otherwise.
 *
 * To add a case: copy one below, point `action` at the policy key, build the owner's form
 * from the gate world (tests/gates/world.ts), and leave `refused` to the role defaults unless
 * the action has a subtler rule.
 */
import { db } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { createExpert, createSession, unique } from "../helpers/factories";
import type { FormValues } from "./call";
import { attendedBookingWithPayment, type GateWorld } from "./world";

type Person = { id: string; role: "EXPERT" | "ACADEMIC" | "COORDINATOR" | "ADMIN" };
type Code = NonNullable<FormState["code"]>;
export type Attempt = {
  as: Person;
  values: FormValues;
  who: string;
  /** Accepted refusal codes; FORBIDDEN or NOT_FOUND unless said. */
  codes?: Code[];
  /** For an INVALID refusal, the field that must carry the error (the foreign id). */
  field?: string;
};

export type OwnershipCase = {
  name: string;
  action: string;
  setup: (w: GateWorld) => Promise<{ allowed: Attempt; refused: Attempt[] }>;
};

type Scope = "institution" | "partnership";

/** People outside the record's scope, by the role of its owner. */
export function intruders(
  w: GateWorld,
  role: Person["role"],
  scope: Scope = "institution",
): { as: Person; who: string }[] {
  switch (role) {
    case "EXPERT":
      return [
        { as: w.expert2.user, who: "another expert in the same partnership" },
        { as: w.foreignExpert.user, who: "an expert in another partnership" },
      ];
    case "ACADEMIC":
      return [
        { as: w.colleagueAcademic, who: "an academic of the same university who does not lead the module" },
        { as: w.siblingAcademic, who: "an academic of another university in the partnership" },
        { as: w.foreignAcademic, who: "an academic in another partnership" },
      ];
    case "COORDINATOR":
    case "ADMIN":
      return [
        ...(scope === "institution"
          ? [
              { as: w.siblingCoordinator, who: "a coordinator of another university in the partnership" },
              { as: w.siblingAdmin, who: "an admin of another university in the partnership" },
            ]
          : []),
        { as: w.foreignCoordinator, who: "a coordinator in another partnership" },
        { as: w.foreignAdmin, who: "an admin in another partnership" },
      ];
  }
}

/** The owner's form, refused for every default intruder of `roles` (the owner's role by default). */
function byIntruders(
  as: Person,
  values: FormValues,
  w: GateWorld,
  opts: { scope?: Scope; roles?: Person["role"][] } = {},
) {
  const roles = opts.roles ?? [as.role];
  return {
    allowed: { as, values, who: "the owner" } as Attempt,
    refused: roles.flatMap((role) => intruders(w, role, opts.scope)).map((i): Attempt => ({ ...i, values })),
  };
}

/** The owner again, with one id swapped for someone else's: refused on that field. */
const withForeignId = (as: Person, values: FormValues, field: string, id: string, who: string): Attempt => ({
  as,
  values: { ...values, [field]: id },
  who: `the owner, with ${who}`,
  codes: ["INVALID", "NOT_FOUND", "FORBIDDEN"],
  field,
});

/** A debrief task of the home university, for expert1's attended past session. */
const debriefTaskFor = (w: GateWorld, extra: { doneAt?: Date; doneById?: string } = {}) =>
  db.debriefTask.create({
    data: {
      bookingId: w.payments.draft.bookingId,
      expertId: w.expert1.expert.id,
      institutionId: w.institution.id,
      reason: "ASKED",
      requestedByExpert: true,
      dueOn: new Date(Date.now() + 2 * 86_400_000),
      ...extra,
    },
  });

const londonDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

const opportunityForm = (w: GateWorld) => ({
  type: "TEACHING",
  stage: "TEACHING_LEARNING",
  title: "Talk to second-year students",
  summary: "Share your experience of support.",
  whatYouWillDo: "Speak for 20 minutes.",
  livedExperienceSought: "carer",
  moduleId: w.module.id,
  payRate: "25.00",
  payBasis: "HOUR",
  rateId: w.rate.id,
  preparationOffered: "on",
  preparationMinutes: "30",
});

const sessionForm = { date: londonDay(20), startTime: "10:00", endTime: "12:00", location: "Room 2.02", places: "4" };

/** A "You said, we did" of the home university, made fresh for each case. */
const youSaidWeDid = (w: GateWorld) =>
  db.youSaidWeDid.create({
    data: {
      partnershipId: w.partnership.id,
      institutionId: w.institution.id,
      authorId: w.coordinator.id,
      youSaid: "Payment took too long.",
      weDid: "We now pay within 14 days.",
    },
    select: { id: true },
  });

export const OWNERSHIP_CASES: OwnershipCase[] = [
  // ── Bookings ──
  {
    name: "an expert withdraws only their own booking",
    action: "lib/bookings/actions.ts#withdrawBookingAction",
    setup: async (w) => byIntruders(w.expert1.user, { bookingId: w.bookings.requested.id, confirm: "yes" }, w),
  },
  {
    name: "an expert asks for a debrief only after their own session",
    action: "lib/bookings/debrief-actions.ts#askForDebriefAction",
    setup: async (w) =>
      byIntruders(w.expert1.user, { bookingId: w.payments.draft.bookingId, note: "Any afternoon" }, w),
  },
  // ── Debriefs and check-ins ──
  {
    name: "an expert answers the check-in only for their own session",
    action: "lib/debriefs/actions.ts#answerCheckInAction",
    setup: async (w) =>
      byIntruders(
        w.expert1.user,
        { bookingId: w.payments.draft.bookingId, feeling: "NOT_SURE", checkInNote: "Tired today" },
        w,
      ),
  },
  {
    name: "a coordinator records only their own university's debriefs",
    action: "lib/debriefs/actions.ts#recordDebriefAction",
    setup: async (w) => {
      const task = await debriefTaskFor(w);
      const c = byIntruders(
        w.coordinator,
        { taskId: task.id, doneOn: londonDay(0), privateNote: "Talked on the phone" },
        w,
      );
      c.refused.push({ as: w.expert1.user, values: c.allowed.values, who: "the expert the debrief is for" });
      return c;
    },
  },
  {
    name: "a coordinator changes the private note only on their own university's debriefs",
    action: "lib/debriefs/actions.ts#updateDebriefNoteAction",
    setup: async (w) => {
      const task = await debriefTaskFor(w, { doneAt: new Date(), doneById: w.coordinator.id });
      return byIntruders(w.coordinator, { taskId: task.id, privateNote: "Follow up in a month" }, w);
    },
  },
  {
    name: "an expert changes the supporter and access-needs sharing only on their own booking",
    action: "lib/preparation/actions.ts#updateMyBookingChoicesAction",
    setup: async (w) =>
      byIntruders(
        w.expert1.user,
        {
          bookingId: w.bookings.requested.id,
          supporterComing: "on",
          supporterName: "Pat",
          shareAccessNeedsWithAcademic: "on",
        },
        w,
      ),
  },
  {
    name: "a coordinator decides a supporter's travel only on their own university's bookings",
    action: "lib/preparation/actions.ts#setSupporterTravelAction",
    setup: async (w) => {
      await db.booking.update({ where: { id: w.bookings.confirmed.id }, data: { supporterComing: true } });
      return byIntruders(w.coordinator, { bookingId: w.bookings.confirmed.id, supporterTravelClaimable: "on" }, w);
    },
  },
  {
    name: "an expert signs up only for sessions of their own partnership",
    action: "lib/bookings/actions.ts#signUpForSessionAction",
    setup: async (w) => {
      const newcomer = await createExpert(w.partnership.id);
      return {
        allowed: { as: newcomer.user, values: { sessionId: w.future.id }, who: "an expert of the partnership" },
        refused: [
          { as: w.foreignExpert.user, values: { sessionId: w.future.id }, who: "an expert in another partnership" },
        ],
      };
    },
  },
  {
    name: "a coordinator decides only their own university's requests",
    action: "lib/bookings/actions.ts#decideBookingAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { bookingId: w.bookings.requested.id, decision: "CONFIRMED", message: "Welcome" }, w),
  },
  {
    name: "a coordinator books experts only onto their own university's sessions, and only from their partnership",
    action: "lib/bookings/actions.ts#bookExpertDirectlyAction",
    setup: async (w) => {
      const pool = await createExpert(w.partnership.id);
      const values = { sessionId: w.future.id, expertId: pool.expert.id };
      const c = byIntruders(w.coordinator, values, w);
      c.refused.push(
        withForeignId(w.coordinator, values, "expertId", w.foreignExpert.expert.id, "an expert of another partnership"),
      );
      return c;
    },
  },
  {
    name: "a coordinator invites experts of their partnership to their own university's sessions only",
    action: "lib/suggestions/actions.ts#inviteToApplyAction",
    setup: async (w) => {
      const pool = await createExpert(w.partnership.id);
      const values = { sessionId: w.future.id, expertId: pool.expert.id };
      const c = byIntruders(w.coordinator, values, w);
      c.refused.push(
        withForeignId(w.coordinator, values, "expertId", w.foreignExpert.expert.id, "an expert of another partnership"),
      );
      return c;
    },
  },
  {
    name: "a coordinator records attendance only for their own university's sessions",
    action: "lib/bookings/actions.ts#markAttendanceAction",
    setup: async (w) =>
      byIntruders(
        w.coordinator,
        { sessionId: w.past.id, [`attendance_${w.bookings.pastConfirmed.id}`]: "ATTENDED" },
        w,
      ),
  },

  {
    name: "a coordinator corrects attendance only for their own university's bookings",
    action: "lib/bookings/actions.ts#correctAttendanceAction",
    setup: async (w) => {
      const session = await createSession(w.opportunity.id, { startsAt: new Date(Date.now() - 20 * 86_400_000) });
      const { booking } = await attendedBookingWithPayment(session.id, w.expert3.expert.id, "DRAFT");
      return byIntruders(
        w.coordinator,
        { bookingId: booking.id, attendance: "NO_SHOW", reason: "Marked by mistake: they were ill" },
        w,
      );
    },
  },

  // ── Opportunities and sessions ──
  {
    name: "a coordinator creates opportunities only with their own university's modules and rates",
    action: "lib/opportunities/actions.ts#createOpportunityAction",
    setup: async (w) => {
      const values = opportunityForm(w);
      return {
        allowed: { as: w.coordinator, values, who: "a coordinator" },
        refused: [
          withForeignId(w.coordinator, values, "moduleId", w.siblingModule.id, "another university's module"),
          withForeignId(w.coordinator, values, "rateId", w.siblingRate.id, "another university's rate"),
          // The briefing's contact (issue 14): only this university's coordinators.
          withForeignId(
            w.coordinator,
            values,
            "contactId",
            w.siblingCoordinator.id,
            "another university's coordinator",
          ),
        ],
      };
    },
  },
  {
    name: "a coordinator edits only their own university's opportunities",
    action: "lib/opportunities/actions.ts#updateOpportunityAction",
    setup: async (w) => {
      const values = { ...opportunityForm(w), opportunityId: w.opportunity.id };
      const c = byIntruders(w.coordinator, values, w);
      c.refused.push(
        withForeignId(w.coordinator, values, "moduleId", w.siblingModule.id, "another university's module"),
      );
      return c;
    },
  },
  {
    name: "a coordinator publishes only their own university's drafts",
    action: "lib/opportunities/actions.ts#publishOpportunityAction",
    setup: async (w) => byIntruders(w.coordinator, { opportunityId: w.draftOpportunity.id }, w),
  },
  {
    name: "a coordinator closes only their own university's opportunities",
    action: "lib/opportunities/actions.ts#closeOpportunityAction",
    setup: async (w) => byIntruders(w.coordinator, { opportunityId: w.opportunity.id }, w),
  },
  {
    name: "a coordinator cancels only their own university's opportunities",
    action: "lib/opportunities/actions.ts#cancelOpportunityAction",
    setup: async (w) =>
      byIntruders(
        w.coordinator,
        { opportunityId: w.opportunity.id, reason: "The module has moved", confirm: "yes" },
        w,
      ),
  },
  {
    name: "a coordinator adds sessions only to their own university's opportunities",
    action: "lib/sessions/actions.ts#addSessionAction",
    setup: async (w) => byIntruders(w.coordinator, { opportunityId: w.opportunity.id, ...sessionForm }, w),
  },
  {
    name: "a coordinator changes only their own university's sessions",
    action: "lib/sessions/actions.ts#updateSessionAction",
    setup: async (w) => byIntruders(w.coordinator, { sessionId: w.future.id, ...sessionForm }, w),
  },
  {
    name: "a coordinator cancels only their own university's sessions",
    action: "lib/sessions/actions.ts#cancelSessionAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { sessionId: w.future.id, reason: "Room unavailable", confirm: "yes" }, w),
  },

  // ── The expert pool and partner groups (shared by the partnership) ──
  {
    name: "a coordinator invites experts only into their own partnership's groups",
    action: "lib/experts/actions.ts#inviteExpertAction",
    setup: async (w) => {
      const values = {
        name: "New Expert",
        email: `${unique("invite")}@test.example`,
        livedExperience: "carer",
        interests: "TEACHING",
        partnerIds: w.partner.id,
        status: "ENQUIRY",
      };
      return {
        allowed: { as: w.coordinator, values, who: "a coordinator" },
        refused: [
          withForeignId(
            w.coordinator,
            { ...values, email: `${unique("invite")}@test.example` },
            "partnerIds",
            w.foreignPartner.id,
            "another partnership's group",
          ),
          {
            ...withForeignId(
              w.foreignCoordinator,
              { ...values, email: `${unique("invite")}@test.example` },
              "partnerIds",
              w.partner.id,
              "this partnership's group",
            ),
            who: "a coordinator in another partnership, with this partnership's group",
          },
        ],
      };
    },
  },
  {
    name: "a coordinator changes the status only of experts in their partnership",
    action: "lib/experts/actions.ts#changeExpertStatusAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { expertId: w.expert1.expert.id, status: "PAUSED", reason: "Taking a break" }, w, {
        scope: "partnership",
      }),
  },
  {
    name: "a coordinator erases only experts of their partnership who have left",
    action: "lib/erasure/actions.ts#eraseExpertAction",
    setup: async (w) => {
      const leaver = await createExpert(w.partnership.id);
      await db.expertProfile.update({ where: { id: leaver.expert.id }, data: { status: "LEFT" } });
      return byIntruders(w.coordinator, { expertId: leaver.expert.id, confirm: "yes" }, w, { scope: "partnership" });
    },
  },
  {
    name: "a coordinator edits biographies only of experts in their partnership",
    action: "lib/experts/actions.ts#updateExpertBiographyAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { expertId: w.expert1.expert.id, biography: "A carer for many years." }, w, {
        scope: "partnership",
      }),
  },
  {
    name: "a coordinator sets groups only for experts in their partnership, and only their partnership's groups",
    action: "lib/experts/actions.ts#setExpertPartnersAction",
    setup: async (w) => {
      const values = { expertId: w.expert1.expert.id, partnerIds: [w.partner.id, w.otherPartner.id] };
      const c = byIntruders(w.coordinator, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.coordinator, values, "partnerIds", w.foreignPartner.id, "another partnership's group"),
      );
      return c;
    },
  },
  {
    name: "a coordinator makes set-password links only for experts in their partnership",
    action: "lib/experts/actions.ts#createSetPasswordLinkAction",
    setup: async (w) => byIntruders(w.coordinator, { expertId: w.expert1.expert.id }, w, { scope: "partnership" }),
  },
  {
    name: "a coordinator edits only their own partnership's groups",
    action: "lib/partners/actions.ts#updatePartnerAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { partnerId: w.partner.id, name: unique("Renamed group"), type: "CARERS_CENTRE" }, w, {
        scope: "partnership",
      }),
  },
  {
    name: "an expert can be paid only through one of their own groups",
    action: "lib/experts/profile-actions.ts#updateMyPaymentPreferenceAction",
    setup: async (w) => {
      const values = { paymentPreference: "PAID_VIA_PARTNER", paymentPartnerId: w.partner.id };
      return {
        allowed: { as: w.expert1.user, values, who: "the expert" },
        refused: [
          withForeignId(w.expert1.user, values, "paymentPartnerId", w.otherPartner.id, "a group they do not belong to"),
          withForeignId(w.expert1.user, values, "paymentPartnerId", w.foreignPartner.id, "another partnership's group"),
        ],
      };
    },
  },

  {
    name: "people mark only their own messages as read",
    action: "lib/notifications/actions.ts#markNotificationReadAction",
    setup: async (w) => {
      const values = { notificationId: w.notification.id };
      const c = byIntruders(w.expert1.user, values, w);
      c.refused.push(
        { as: w.coordinator, values, who: "the expert's own coordinator" },
        { as: w.admin, values, who: "an admin of the expert's university" },
        { as: w.academic, values, who: "an academic of the same university" },
      );
      return c;
    },
  },
  {
    name: "a coordinator marks as phoned only their own university's calls",
    action: "lib/messages/actions.ts#markPhonedAction",
    setup: async (w) => byIntruders(w.coordinator, { messageId: w.callMessage.id }, w),
  },

  // ── Payments ──
  {
    name: "expenses are added only to one's own payment (expert) or one's own university's (coordinator)",
    action: "lib/payments/expense-actions.ts#addExpenseAction",
    setup: async (w) =>
      byIntruders(
        w.expert1.user,
        { paymentId: w.payments.draft.id, type: "PARKING", amount: "3.50", note: "Car park" },
        w,
        { roles: ["EXPERT", "COORDINATOR"] },
      ),
  },
  {
    name: "expenses are removed only from one's own payment",
    action: "lib/payments/expense-actions.ts#removeExpenseAction",
    setup: async (w) =>
      byIntruders(w.expert1.user, { expenseId: w.expense.id }, w, { roles: ["EXPERT", "COORDINATOR"] }),
  },
  {
    name: "a payment is sent for approval only by its expert or their university",
    action: "lib/payments/expense-actions.ts#submitPaymentAction",
    setup: async (w) =>
      byIntruders(w.expert1.user, { paymentId: w.payments.draft.id }, w, { roles: ["EXPERT", "COORDINATOR"] }),
  },
  {
    name: "a fee is declined only by its expert or their university",
    action: "lib/payments/expense-actions.ts#declineFeeAction",
    setup: async (w) => {
      const session = await createSession(w.opportunity.id, { startsAt: new Date(Date.now() - 21 * 86_400_000) });
      const { payment } = await attendedBookingWithPayment(session.id, w.expert1.expert.id, "DRAFT");
      await db.payment.update({ where: { id: payment.id }, data: { feePence: 0 } });
      return byIntruders(w.expert1.user, { paymentId: payment.id }, w, { roles: ["EXPERT", "COORDINATOR"] });
    },
  },
  {
    name: "a coordinator approves only their own university's payments",
    action: "lib/payments/review-actions.ts#approvePaymentAction",
    setup: async (w) => byIntruders(w.coordinator, { paymentId: w.payments.submitted.id }, w),
  },
  {
    name: "a coordinator sends back only their own university's payments",
    action: "lib/payments/review-actions.ts#sendBackPaymentAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { paymentId: w.payments.submitted.id, reason: "Add the bus ticket" }, w),
  },
  {
    name: "a coordinator marks as paid only their own university's payments",
    action: "lib/payments/review-actions.ts#markPaidAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { paymentId: w.payments.sent.id, paidOn: londonDay(), reference: "BACS-1" }, w),
  },
  {
    name: "a coordinator marks as paid only their own university's finance exports",
    action: "lib/payments/export-actions.ts#markExportPaidAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { exportId: w.financeExport.id, paidOn: londonDay(), reference: "BACS-2" }, w),
  },
  {
    name: "a finance export takes only the coordinator's own university's approved payments",
    action: "lib/payments/export-actions.ts#createFinanceExportAction",
    setup: async (w) => ({
      allowed: { as: w.coordinator, values: {}, who: "the home coordinator" },
      // The sibling university has nothing approved: an export there must find nothing, not ours.
      refused: [
        {
          as: w.siblingCoordinator,
          values: {},
          who: "a coordinator of another university in the partnership",
          codes: ["CONFLICT"],
        },
      ],
    }),
  },

  // ── Academics ──
  {
    name: "an academic logs involvement only on modules they lead",
    action: "lib/involvement/actions.ts#addInvolvementRecordAction",
    setup: async (w) => {
      const values = {
        moduleId: w.module.id,
        date: londonDay(-10),
        stage: "TEACHING_LEARNING",
        hours: "1.5",
        description: "Guest talk from a carer",
        expertCount: "1",
      };
      const c = byIntruders(w.academic, values, w);
      c.refused.push(withForeignId(w.academic, values, "moduleId", w.siblingModule.id, "another university's module"));
      return c;
    },
  },
  {
    name: "an academic deletes only records on modules they lead",
    action: "lib/involvement/actions.ts#deleteInvolvementRecordAction",
    setup: async (w) => byIntruders(w.academic, { recordId: w.record.id }, w),
  },
  {
    name: "an academic requests involvement only for modules they lead",
    action: "lib/requests/actions.ts#requestInvolvementAction",
    setup: async (w) => {
      const values = {
        moduleId: w.module.id,
        type: "TEACHING",
        stage: "TEACHING_LEARNING",
        title: "Carers' perspectives",
        description: "A talk and questions.",
        preferredDates: "March",
        placesWanted: "2",
      };
      const c = byIntruders(w.academic, values, w);
      c.refused.push(withForeignId(w.academic, values, "moduleId", w.siblingModule.id, "another university's module"));
      return c;
    },
  },
  {
    name: "an expert proposes ideas only to their partnership's universities, and only for groups they belong to",
    action: "lib/proposals/actions.ts#proposeInvolvementAction",
    setup: async (w) => {
      const values = {
        institutionId: w.institution.id,
        type: "TEACHING",
        stage: "ADMISSIONS_SELECTION",
        title: "A carers' panel for interview days",
        what: "Two carers sit on each interview panel.",
        why: "Applicants meet the people they will work with.",
        partnerId: w.partner.id,
      };
      const refused: Attempt[] = [
        {
          as: w.expert2.user,
          values,
          who: "another expert of the partnership, not in the group",
          codes: ["INVALID"],
          field: "partnerId",
        },
        {
          as: w.foreignExpert.user,
          values,
          who: "an expert in another partnership",
          codes: ["INVALID"],
          field: "institutionId",
        },
        withForeignId(w.expert1.user, values, "partnerId", w.otherPartner.id, "a group they do not belong to"),
        withForeignId(
          w.expert1.user,
          values,
          "institutionId",
          w.foreign.institution.id,
          "another partnership's university",
        ),
      ];
      return { allowed: { as: w.expert1.user, values, who: "a member of the group" }, refused };
    },
  },
  {
    name: "an academic gives feedback only on sessions of modules they lead",
    action: "lib/feedback/actions.ts#giveFeedbackAction",
    setup: async (w) => byIntruders(w.academic, { sessionId: w.past.id, rating: "4", text: "Students valued it." }, w),
  },

  // ── Two-way feedback (issue 14) ──
  {
    name: "an expert gives feedback only on their own attended booking",
    action: "lib/feedback/expert-actions.ts#giveExpertFeedbackAction",
    setup: async (w) => {
      const values = {
        bookingId: w.payments.draft.bookingId,
        prepared: "4",
        treatedWell: "5",
        worthIt: "5",
        paidOnTime: "NOT_YET",
        comments: "A good day.",
        anonymous: "on",
      };
      const c = byIntruders(w.expert1.user, values, w);
      // Their own booking, but only confirmed (not attended): there is nothing to give feedback on yet.
      c.refused.push(
        withForeignId(w.expert1.user, values, "bookingId", w.bookings.requested.id, "a booking not attended"),
      );
      return c;
    },
  },
  {
    name: "a coordinator changes only their own university's You said, we did",
    action: "lib/feedback/you-said-we-did-actions.ts#updateYouSaidWeDidAction",
    setup: async (w) => {
      const entry = await youSaidWeDid(w);
      return byIntruders(
        w.coordinator,
        { id: entry.id, youSaid: "Longer breaks, please.", weDid: "Breaks are now 20 minutes." },
        w,
      );
    },
  },
  {
    name: "a coordinator deletes only their own university's You said, we did",
    action: "lib/feedback/you-said-we-did-actions.ts#deleteYouSaidWeDidAction",
    setup: async (w) => {
      const entry = await youSaidWeDid(w);
      return byIntruders(w.coordinator, { id: entry.id, confirm: "yes" }, w);
    },
  },

  // ── Staff accounts (admins, across every university of their partnership) ──
  {
    name: "an admin invites staff only into a university of their own partnership",
    action: "lib/staff/actions.ts#inviteStaffAction",
    setup: async (w) => {
      const values = {
        name: "New Academic",
        email: `${unique("staff")}@test.example`,
        role: "ACADEMIC",
        institutionId: w.sibling.id,
      };
      return {
        allowed: { as: w.admin, values, who: "an admin of the partnership, for its other university" },
        refused: [
          { as: w.foreignCoordinator, values, who: "a coordinator in another partnership" },
          {
            as: w.foreignAdmin,
            values,
            who: "an admin in another partnership",
            codes: ["INVALID", "NOT_FOUND"],
            field: "institutionId",
          },
          { as: w.coordinator, values, who: "a coordinator of the same university" },
          withForeignId(w.admin, values, "institutionId", w.foreign.institution.id, "another partnership's university"),
        ],
      };
    },
  },
  {
    name: "an admin sends new invitations only to their own partnership's staff",
    action: "lib/staff/actions.ts#resendStaffInvitationAction",
    setup: async (w) => byIntruders(w.admin, { userId: w.siblingAcademic.id }, w, { scope: "partnership" }),
  },
  {
    name: "an admin changes roles only of their own partnership's staff",
    action: "lib/staff/actions.ts#changeStaffRoleAction",
    setup: async (w) =>
      byIntruders(w.admin, { userId: w.siblingAcademic.id, role: "COORDINATOR" }, w, { scope: "partnership" }),
  },
  {
    name: "an admin deactivates only their own partnership's staff",
    action: "lib/staff/actions.ts#deactivateStaffAction",
    setup: async (w) =>
      byIntruders(w.admin, { userId: w.siblingCoordinator.id, confirm: "yes" }, w, { scope: "partnership" }),
  },
  {
    name: "an admin reactivates only their own partnership's staff",
    action: "lib/staff/actions.ts#reactivateStaffAction",
    setup: async (w) => {
      await db.user.update({
        where: { id: w.colleagueAcademic.id },
        data: { active: false, deactivatedAt: new Date() },
      });
      return byIntruders(w.admin, { userId: w.colleagueAcademic.id }, w, { scope: "partnership" });
    },
  },
  // ── Admin area: any institution of the admin's own partnership, never another's ──
  {
    name: "an admin edits only their own partnership's institutions",
    action: "lib/institutions/actions.ts#updateInstitutionAction",
    setup: async (w) => {
      const values = {
        institutionId: w.sibling.id,
        name: unique("Renamed University"),
        shortName: "RU",
        mileageRate: "0.40",
        latePaymentDays: "28",
      };
      const c = byIntruders(w.admin, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.admin, values, "institutionId", w.foreign.institution.id, "another partnership's institution"),
      );
      return c;
    },
  },
  {
    name: "an admin adds programmes only to their own partnership's institutions",
    action: "lib/modules/programme-actions.ts#createProgrammeAction",
    setup: async (w) => {
      const values = {
        institutionId: w.institution.id,
        name: unique("MA Social Work"),
        level: "QUALIFYING_POSTGRADUATE",
      };
      const c = byIntruders(w.admin, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.admin, values, "institutionId", w.foreign.institution.id, "another partnership's institution"),
      );
      return c;
    },
  },
  {
    name: "an admin changes only their own partnership's programmes",
    action: "lib/modules/programme-actions.ts#updateProgrammeAction",
    setup: async (w) =>
      byIntruders(
        w.admin,
        { programmeId: w.programme.id, name: unique("BA Social Work"), level: "POST_QUALIFYING" },
        w,
        {
          scope: "partnership",
        },
      ),
  },
  {
    name: "an admin retires only their own partnership's programmes",
    action: "lib/modules/programme-actions.ts#retireProgrammeAction",
    setup: async (w) =>
      byIntruders(w.admin, { programmeId: w.programme.id, change: "retire" }, w, { scope: "partnership" }),
  },
  {
    name: "an admin adds modules only to their partnership's programmes, led by an academic of that institution",
    action: "lib/modules/module-actions.ts#createModuleAction",
    setup: async (w) => {
      const foreignProgramme = await db.programme.create({
        data: { institutionId: w.foreign.institution.id, name: unique("Foreign programme"), level: "POST_QUALIFYING" },
      });
      const values = {
        programmeId: w.programme.id,
        code: "SW201",
        title: "Law and ethics",
        yearOfStudy: "2",
        academicYear: "2026/27",
        leaderId: w.academic.id,
      };
      const c = byIntruders(w.admin, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.admin, values, "programmeId", foreignProgramme.id, "another partnership's programme"),
        withForeignId(w.admin, values, "leaderId", w.siblingAcademic.id, "an academic of another institution"),
        withForeignId(w.admin, values, "leaderId", w.foreignAcademic.id, "an academic of another partnership"),
      );
      return c;
    },
  },
  {
    name: "an admin changes only their own partnership's modules, and leaders only from the module's institution",
    action: "lib/modules/module-actions.ts#updateModuleAction",
    setup: async (w) => {
      const values = {
        moduleId: w.module.id,
        code: "SW101",
        title: "Communication skills",
        yearOfStudy: "1",
        academicYear: "2026/27",
        leaderId: w.colleagueAcademic.id,
      };
      const c = byIntruders(w.admin, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.admin, values, "leaderId", w.siblingAcademic.id, "an academic of another institution"),
      );
      return c;
    },
  },
  {
    name: "an admin retires only their own partnership's modules",
    action: "lib/modules/module-actions.ts#retireModuleAction",
    setup: async (w) => byIntruders(w.admin, { moduleId: w.module.id, change: "retire" }, w, { scope: "partnership" }),
  },
  {
    name: "an admin rolls on only their own partnership's modules",
    action: "lib/modules/roll-on-action.ts#rollModulesOnAction",
    setup: async (w) => {
      const values = { institutionId: w.institution.id, fromYear: "2026/27" };
      const c = byIntruders(w.admin, values, w, { scope: "partnership" });
      c.refused.push(
        withForeignId(w.admin, values, "institutionId", w.foreign.institution.id, "another partnership's institution"),
        withForeignId(
          w.admin,
          { ...values, programmeId: w.siblingModule.programmeId },
          "programmeId",
          w.siblingModule.programmeId,
          "a programme of another institution",
        ),
      );
      return c;
    },
  },
];

/** An uploaded import waiting for its confirm, with one row that will be created. */
async function importBatch(w: GateWorld, kind: "PARTNERS" | "STAFF") {
  const by = kind === "PARTNERS" ? w.coordinator : w.admin;
  const values =
    kind === "PARTNERS"
      ? { name: unique("Imported group"), type: "Other" }
      : { name: "Alex Morgan", email: `${unique("staff").toLowerCase()}@test.example`, role: "Academic" };
  return db.importBatch.create({
    data: {
      kind,
      partnershipId: w.partnership.id,
      institutionId: w.institution.id,
      createdById: by.id,
      fileName: "file.csv",
      rows: [{ row: 2, values }],
      rowCount: 1,
    },
  });
}

OWNERSHIP_CASES.push(
  {
    name: "a coordinator confirms only imports of their own partnership",
    action: "lib/import/actions.ts#confirmCoordinatorImportAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { batchId: (await importBatch(w, "PARTNERS")).id }, w, { scope: "partnership" }),
  },
  {
    name: "an admin confirms only imports of their own partnership",
    action: "lib/import/actions.ts#confirmAdminImportAction",
    setup: async (w) =>
      byIntruders(w.admin, { batchId: (await importBatch(w, "STAFF")).id }, w, { scope: "partnership" }),
  },
);

// ── Breaks and training (issue 14) ──
OWNERSHIP_CASES.push(
  {
    name: "a coordinator ends the break only of experts in their partnership",
    action: "lib/breaks/actions.ts#endExpertBreakAction",
    setup: async (w) => {
      await db.expertProfile.update({
        where: { id: w.expert1.expert.id },
        data: { breakStartedAt: new Date(), breakUntil: null },
      });
      return byIntruders(w.coordinator, { expertId: w.expert1.expert.id }, w, { scope: "partnership" });
    },
  },
  {
    name: "a coordinator records training only for experts in their partnership",
    action: "lib/training/actions.ts#recordTrainingAction",
    setup: async (w) =>
      byIntruders(
        w.coordinator,
        { expertId: w.expert1.expert.id, course: "EQUALITY", completedOn: londonDay(-10), note: "Half a day" },
        w,
        { scope: "partnership" },
      ),
  },
  {
    name: "a coordinator deletes training records only of experts in their partnership",
    action: "lib/training/actions.ts#deleteTrainingAction",
    setup: async (w) => {
      const record = await db.trainingRecord.create({
        data: {
          expertId: w.expert1.expert.id,
          course: "SAFEGUARDING",
          completedOn: new Date(`${londonDay(-30)}T00:00:00.000Z`),
          recordedById: w.coordinator.id,
        },
      });
      return byIntruders(w.coordinator, { trainingId: record.id }, w, { scope: "partnership" });
    },
  },
  {
    name: "a coordinator sets the induction date only of experts in their partnership",
    action: "lib/training/actions.ts#setInductionDateAction",
    setup: async (w) =>
      byIntruders(w.coordinator, { expertId: w.expert1.expert.id, inductionDate: londonDay(-40) }, w, {
        scope: "partnership",
      }),
  },
);

// ── Stories and consent (issue 14) ──
/** A story of the expert's own, made for one case. */
const storyOf = (expertId: string, title = "Leaving care at 18") =>
  db.story.create({
    data: { expertId, title: unique(title), description: "Moving on from care" },
    select: { id: true },
  });

OWNERSHIP_CASES.push(
  {
    name: "an expert changes only their own stories",
    action: "lib/consent/actions.ts#saveStoryAction",
    setup: async (w) => {
      const story = await storyOf(w.expert1.expert.id);
      const other = await storyOf(w.expert2.expert.id);
      const values = { storyId: story.id, title: "Leaving care", description: "Changed", attachedText: "" };
      const c = byIntruders(w.expert1.user, values, w);
      c.refused.push(withForeignId(w.expert1.user, values, "storyId", other.id, "another expert's story"));
      return c;
    },
  },
  {
    name: "an expert removes only their own unused stories",
    action: "lib/consent/actions.ts#deleteStoryAction",
    setup: async (w) => {
      const story = await storyOf(w.expert1.expert.id);
      const other = await storyOf(w.expert2.expert.id);
      const c = byIntruders(w.expert1.user, { storyId: story.id }, w);
      c.refused.push(
        withForeignId(w.expert1.user, { storyId: story.id }, "storyId", other.id, "another expert's story"),
      );
      return c;
    },
  },
  {
    name: "an expert gives consent only for their own stories on their own bookings",
    action: "lib/consent/actions.ts#giveConsentAction",
    setup: async (w) => {
      const story = await storyOf(w.expert1.expert.id);
      const other = await storyOf(w.expert2.expert.id);
      const values = {
        bookingId: w.bookings.requested.id,
        storyId: story.id,
        scopes: ["LIVE_SESSION"],
        named: "anonymised",
      };
      const c = byIntruders(w.expert1.user, values, w);
      c.refused.push(withForeignId(w.expert1.user, values, "storyId", other.id, "another expert's story"));
      return c;
    },
  },
  {
    name: "an expert withdraws consent only for their own stories",
    action: "lib/consent/actions.ts#withdrawConsentAction",
    setup: async (w) => {
      const story = await storyOf(w.expert1.expert.id);
      await db.storyConsent.create({
        data: {
          storyId: story.id,
          expertId: w.expert1.expert.id,
          bookingId: w.bookings.requested.id,
          scopes: ["RECORDED"],
        },
      });
      return byIntruders(w.expert1.user, { storyId: story.id, confirm: "yes" }, w);
    },
  },
  {
    name: "a coordinator marks as taken down only withdrawn consents for their own university's sessions",
    action: "lib/consent/actions.ts#markTakenDownAction",
    setup: async (w) => {
      const story = await storyOf(w.expert1.expert.id);
      const consent = await db.storyConsent.create({
        data: {
          storyId: story.id,
          expertId: w.expert1.expert.id,
          bookingId: w.bookings.requested.id,
          scopes: ["RECORDED", "LEARNING_PLATFORM"],
          withdrawnAt: new Date(),
        },
        select: { id: true },
      });
      return byIntruders(w.coordinator, { consentId: consent.id }, w);
    },
  },
);

/** Actions that take an id but have no owner to protect, with the reason. */
export const OWNERSHIP_EXEMPT: Record<string, string> = {};
