/**
 * Who may call each server action: "<file>#<export>" → the roles allowed. The authorization
 * gate fails for an action missing here, for an entry whose action is gone, and when an
 * action's own `roles` differ from this table, so every change of who may do what is a
 * deliberate, reviewed edit of this file.
 *
 * "PUBLIC" is for the documented exception of actions used by signed-out people (setting a
 * password from a one-time link, asking for such a link); each needs a check in
 * PUBLIC_ACTION_CHECKS (tests/gates/public-actions.ts).
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["EXPERT", "ACADEMIC", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];
const COORDINATORS = ["COORDINATOR", "ADMIN"] as const;
const EXPERT = ["EXPERT"] as const;
const ACADEMIC = ["ACADEMIC"] as const;
/** The admin area: setting the partnership up. */
const ADMIN = ["ADMIN"] as const;
/** Payments: the expert themself, or a coordinator on their behalf. */
const EXPERT_OR_COORDINATORS = ["EXPERT", "COORDINATOR", "ADMIN"] as const;
/** Their own messages and how they are contacted: every signed-in person. */
const EVERYONE = ROLES;

export type ActionPolicy = readonly Role[] | "PUBLIC";

export const ACTION_POLICY: Record<string, ActionPolicy> = {
  // Bookings: experts ask for and give up places; coordinators decide and record attendance.
  "lib/bookings/actions.ts#signUpForSessionAction": EXPERT,
  "lib/bookings/actions.ts#withdrawBookingAction": EXPERT,
  "lib/bookings/actions.ts#decideBookingAction": COORDINATORS,
  "lib/bookings/actions.ts#bookExpertDirectlyAction": COORDINATORS,
  // Fair suggestions (issue 15): invite a suggested expert to ask for a place.
  "lib/suggestions/actions.ts#inviteToApplyAction": COORDINATORS,
  // Proposals (issue 15): an expert's idea, for themselves or a group they belong to.
  "lib/proposals/actions.ts#proposeInvolvementAction": EXPERT,
  "lib/bookings/actions.ts#markAttendanceAction": COORDINATORS,
  "lib/bookings/actions.ts#correctAttendanceAction": COORDINATORS,
  "lib/bookings/debrief-actions.ts#askForDebriefAction": EXPERT,
  // Preparation (issue 14): the expert's choices for their booking; the coordinator's travel decision.
  "lib/preparation/actions.ts#updateMyBookingChoicesAction": EXPERT,
  "lib/preparation/actions.ts#setSupporterTravelAction": COORDINATORS,

  // Debriefs and check-ins: the expert answers the check-in; coordinators record the debrief.
  "lib/debriefs/actions.ts#answerCheckInAction": EXPERT,
  "lib/debriefs/actions.ts#recordDebriefAction": COORDINATORS,
  "lib/debriefs/actions.ts#updateDebriefNoteAction": COORDINATORS,
  // Breaks (issue 14): the expert's own; a coordinator may end one on their behalf.
  "lib/breaks/actions.ts#takeBreakAction": EXPERT,
  "lib/breaks/actions.ts#endBreakAction": EXPERT,
  "lib/breaks/actions.ts#endExpertBreakAction": COORDINATORS,
  // Training and induction (issue 14): coordinators record them.
  "lib/training/actions.ts#recordTrainingAction": COORDINATORS,
  "lib/training/actions.ts#deleteTrainingAction": COORDINATORS,
  "lib/training/actions.ts#setInductionDateAction": COORDINATORS,
  // Stories and consent (issue 14): the expert keeps their list and gives or withdraws consent;
  // coordinators record that a withdrawn use has been taken down.
  "lib/consent/actions.ts#saveStoryAction": EXPERT,
  "lib/consent/actions.ts#deleteStoryAction": EXPERT,
  "lib/consent/actions.ts#giveConsentAction": EXPERT,
  "lib/consent/actions.ts#withdrawConsentAction": EXPERT,
  "lib/consent/actions.ts#markTakenDownAction": COORDINATORS,

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
  "lib/experts/profile-actions.ts#updateMyContactDetailsAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyInterestsAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyAccessNeedsAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyPaymentPreferenceAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyEarningsLimitAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyBiographyAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyAcademicSharingAction": EXPERT,
  "lib/experts/profile-actions.ts#updateMyDisplayAction": EXPERT,
  "lib/experts/profile-actions.ts#approveMyBiographyAction": EXPERT,
  "lib/partners/actions.ts#createPartnerAction": COORDINATORS,
  "lib/partners/actions.ts#updatePartnerAction": COORDINATORS,

  // Spreadsheet import: coordinators bring in experts and partner groups; admins modules and staff.
  "lib/import/actions.ts#uploadCoordinatorImportAction": COORDINATORS,
  "lib/import/actions.ts#confirmCoordinatorImportAction": COORDINATORS,
  "lib/import/actions.ts#uploadAdminImportAction": ADMIN,
  "lib/import/actions.ts#confirmAdminImportAction": ADMIN,

  // Messages: everyone's own in-app messages and contact preference; coordinators' call list.
  "lib/notifications/actions.ts#markNotificationReadAction": EVERYONE,
  "lib/messages/actions.ts#updateContactPreferenceAction": EVERYONE,
  "lib/messages/actions.ts#markPhonedAction": COORDINATORS,

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
  // Two-way feedback (issue 14): experts on sessions they attended; coordinators' "You said, we did".
  "lib/feedback/expert-actions.ts#giveExpertFeedbackAction": EXPERT,
  "lib/feedback/you-said-we-did-actions.ts#publishYouSaidWeDidAction": COORDINATORS,
  "lib/feedback/you-said-we-did-actions.ts#updateYouSaidWeDidAction": COORDINATORS,
  "lib/feedback/you-said-we-did-actions.ts#deleteYouSaidWeDidAction": COORDINATORS,

  // Everyone with an area keeps their own calendar subscription address (only their own row changes).
  "lib/calendar/actions.ts#turnOnCalendarFeedAction": EVERYONE,
  "lib/calendar/actions.ts#newCalendarFeedAddressAction": EVERYONE,
  "lib/calendar/actions.ts#turnOffCalendarFeedAction": EVERYONE,

  // Staff accounts of the partnership: its admins only.
  "lib/staff/actions.ts#inviteStaffAction": ADMIN,
  "lib/staff/actions.ts#resendStaffInvitationAction": ADMIN,
  "lib/staff/actions.ts#changeStaffRoleAction": ADMIN,
  "lib/staff/actions.ts#deactivateStaffAction": ADMIN,
  "lib/staff/actions.ts#reactivateStaffAction": ADMIN,
  // Admin area: the partnership's institutions, programmes and modules.
  "lib/institutions/actions.ts#createInstitutionAction": ADMIN,
  "lib/institutions/actions.ts#updateInstitutionAction": ADMIN,
  "lib/modules/programme-actions.ts#createProgrammeAction": ADMIN,
  "lib/modules/programme-actions.ts#updateProgrammeAction": ADMIN,
  "lib/modules/programme-actions.ts#retireProgrammeAction": ADMIN,
  "lib/modules/module-actions.ts#createModuleAction": ADMIN,
  "lib/modules/module-actions.ts#updateModuleAction": ADMIN,
  "lib/modules/module-actions.ts#retireModuleAction": ADMIN,
  "lib/modules/roll-on-action.ts#rollModulesOnAction": ADMIN,

  // Erasing an expert who has left: coordinators; how long details are kept: admins.
  "lib/erasure/actions.ts#eraseExpertAction": COORDINATORS,
  "lib/erasure/actions.ts#setErasureRetentionAction": ADMIN,

  // Ending every one of their own sessions: every signed-in person.
  "lib/auth/sign-out-everywhere.ts#signOutEverywhereAction": EVERYONE,

  // Signed-out people setting their password from a one-time link (token checked inside).
  "lib/invitations/actions.ts#setPasswordAction": "PUBLIC",
  // "Forgotten your password?": asks for a link to be emailed; the same answer for everyone.
  "lib/invitations/actions.ts#requestPasswordResetAction": "PUBLIC",
};
