/**
 * Who may call each server action: "<file>#<export>" → the roles allowed. The authorization
 * gate fails for an action missing here, for an entry whose action is gone, and when an
 * action's own `roles` differ from this table, so every change of who may do what is a
 * deliberate, reviewed edit of this file.
 *
 * "PUBLIC" is for the documented exception of actions used by signed-out people (setting a
 * password from an invitation link); each needs a token check in PUBLIC_ACTION_CHECKS
 * (tests/gates/public-actions.ts).
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["EXPERT", "ACADEMIC", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];
const COORDINATORS = ["COORDINATOR", "ADMIN"] as const;
const EXPERT = ["EXPERT"] as const;
const ACADEMIC = ["ACADEMIC"] as const;
/** Payments: the expert themself, or a coordinator on their behalf. */
const EXPERT_OR_COORDINATORS = ["EXPERT", "COORDINATOR", "ADMIN"] as const;

export type ActionPolicy = readonly Role[] | "PUBLIC";

export const ACTION_POLICY: Record<string, ActionPolicy> = {
  // Bookings: experts ask for and give up places; coordinators decide and record attendance.
  "lib/bookings/actions.ts#signUpForSessionAction": EXPERT,
  "lib/bookings/actions.ts#withdrawBookingAction": EXPERT,
  "lib/bookings/actions.ts#decideBookingAction": COORDINATORS,
  "lib/bookings/actions.ts#bookExpertDirectlyAction": COORDINATORS,
  "lib/bookings/actions.ts#markAttendanceAction": COORDINATORS,

  // Opportunities and their sessions: coordinators.
  "lib/opportunities/actions.ts#createOpportunityAction": COORDINATORS,
  "lib/opportunities/actions.ts#updateOpportunityAction": COORDINATORS,
  "lib/opportunities/actions.ts#publishOpportunityAction": COORDINATORS,
  "lib/opportunities/actions.ts#closeOpportunityAction": COORDINATORS,
  "lib/opportunities/actions.ts#cancelOpportunityAction": COORDINATORS,
  "lib/sessions/actions.ts#addSessionAction": COORDINATORS,
  "lib/sessions/actions.ts#updateSessionAction": COORDINATORS,
  "lib/sessions/actions.ts#cancelSessionAction": COORDINATORS,

  // The expert pool and partner groups: coordinators; an expert's own profile: the expert.
  "lib/experts/actions.ts#inviteExpertAction": COORDINATORS,
  "lib/experts/actions.ts#changeExpertStatusAction": COORDINATORS,
  "lib/experts/actions.ts#updateExpertBiographyAction": COORDINATORS,
  "lib/experts/actions.ts#setExpertPartnersAction": COORDINATORS,
  "lib/experts/actions.ts#createSetPasswordLinkAction": COORDINATORS,
  "lib/experts/profile-actions.ts#updateMyProfileAction": EXPERT,
  "lib/experts/profile-actions.ts#approveMyBiographyAction": EXPERT,
  "lib/notifications/actions.ts#markNotificationReadAction": EXPERT,
  "lib/partners/actions.ts#createPartnerAction": COORDINATORS,
  "lib/partners/actions.ts#updatePartnerAction": COORDINATORS,

  // Money.
  "lib/payments/expense-actions.ts#addExpenseAction": EXPERT_OR_COORDINATORS,
  "lib/payments/expense-actions.ts#removeExpenseAction": EXPERT_OR_COORDINATORS,
  "lib/payments/expense-actions.ts#submitPaymentAction": EXPERT_OR_COORDINATORS,
  "lib/payments/expense-actions.ts#declineFeeAction": EXPERT_OR_COORDINATORS,
  "lib/payments/review-actions.ts#approvePaymentAction": COORDINATORS,
  "lib/payments/review-actions.ts#sendBackPaymentAction": COORDINATORS,
  "lib/payments/review-actions.ts#markPaidAction": COORDINATORS,
  "lib/payments/export-actions.ts#createFinanceExportAction": COORDINATORS,
  "lib/payments/export-actions.ts#markExportPaidAction": COORDINATORS,
  "lib/rates/actions.ts#addRateAction": COORDINATORS,
  "lib/rates/actions.ts#updatePaymentSettingsAction": COORDINATORS,

  // Academics: evidence, requests and feedback on modules they lead.
  "lib/involvement/actions.ts#addInvolvementRecordAction": ACADEMIC,
  "lib/involvement/actions.ts#deleteInvolvementRecordAction": ACADEMIC,
  "lib/requests/actions.ts#requestInvolvementAction": ACADEMIC,
  "lib/feedback/actions.ts#giveFeedbackAction": ACADEMIC,

  // Signed-out people setting their password from a one-time link (token checked inside).
  "lib/invitations/actions.ts#setPasswordAction": "PUBLIC",
};
