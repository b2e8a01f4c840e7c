/** Plain-language names for every enum value people see. */
import type {
  BookingStatus,
  ExpenseType,
  ExpertStatus,
  InvolvementStage,
  LimitPeriod,
  OpportunityStatus,
  OpportunityType,
  ParticipationLevel,
  PartnerType,
  PayBasis,
  PaymentPreference,
  PaymentStatus,
  ProgrammeLevel,
} from "@/lib/generated/prisma/enums";

export const OPPORTUNITY_TYPE: Record<OpportunityType, string> = {
  TEACHING: "Teaching session or lecture",
  SKILLS_ROLE_PLAY: "Skills day or role-play",
  ADMISSIONS_SELECTION: "Admissions interviews and student selection",
  ASSESSMENT: "Assessing students",
  CURRICULUM_DESIGN: "Designing a course or module",
  PROGRAMME_BOARD: "Programme board or quality meeting",
  PRACTICE_LEARNING: "Practice learning",
  RESEARCH: "Research",
  RECORDED_CONTENT: "Critical reading or recorded content",
  RECRUITMENT_EVENT: "Open day, recruitment or induction event",
  GROUP_MEETING: "Group meeting (peer support)",
};

/** Every kind but the group meeting: the kinds that belong to a module and a programme stage. */
export const MODULE_OPPORTUNITY_TYPE = Object.fromEntries(
  Object.entries(OPPORTUNITY_TYPE).filter(([type]) => type !== "GROUP_MEETING"),
) as Omit<Record<OpportunityType, string>, "GROUP_MEETING">;

export const STAGE: Record<InvolvementStage, string> = {
  ADMISSIONS_SELECTION: "Admissions and selection",
  PROGRAMME_DESIGN: "Programme design",
  TEACHING_LEARNING: "Teaching and learning",
  ASSESSMENT: "Assessment",
  PRACTICE_LEARNING: "Practice learning",
  QUALITY_ASSURANCE: "Quality assurance and programme management",
};

/** How deep the involvement went: the ladder the seeds describe, from being asked to leading. */
export const PARTICIPATION_LEVEL: Record<ParticipationLevel, string> = {
  CONSULTATION: "Consultation",
  PARTNERSHIP: "Partnership or co-production",
  USER_LED: "User-led",
};

export const PARTICIPATION_LEVEL_HINT: Record<ParticipationLevel, string> = {
  CONSULTATION: "People with lived experience were asked for their views",
  PARTNERSHIP: "They shaped or delivered it alongside staff",
  USER_LED: "They led it, and staff supported",
};

/** The level as radio choices, each with its one-line hint. */
export const participationLevelOptions = () =>
  (Object.keys(PARTICIPATION_LEVEL) as ParticipationLevel[]).map((level) => ({
    value: level,
    label: PARTICIPATION_LEVEL[level],
    hint: PARTICIPATION_LEVEL_HINT[level],
  }));

/** A record made before the level was asked for. */
export const participationLevelLabel = (level: ParticipationLevel | null) =>
  level ? PARTICIPATION_LEVEL[level] : "Not recorded";

/** A group meeting has no stage. */
export const stageLabel = (stage: InvolvementStage | null) => (stage ? STAGE[stage] : "None (a group meeting)");

export const PAY_BASIS: Record<PayBasis, string> = {
  HOUR: "per hour",
  HALF_DAY: "per half day",
  DAY: "per day",
  FIXED: "fixed fee",
};

export const OPPORTUNITY_STATUS: Record<OpportunityStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  FILLED: "Filled",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

export const BOOKING_STATUS: Record<BookingStatus, string> = {
  REQUESTED: "Waiting for a decision",
  CONFIRMED: "Confirmed",
  WAITLISTED: "On the waiting list",
  DECLINED: "Not this time",
  WITHDRAWN: "Withdrawn",
  ATTENDED: "Attended",
  NO_SHOW: "Did not attend",
  CANCELLED_BY_UNIVERSITY: "Cancelled by the university",
};

export const EXPERT_STATUS: Record<ExpertStatus, string> = {
  ENQUIRY: "Enquiry",
  INDUCTION: "Induction",
  ACTIVE: "Active",
  PAUSED: "Taking a break",
  LEFT: "Left",
};

export const PAYMENT_PREFERENCE: Record<PaymentPreference, string> = {
  BANK_TRANSFER: "Bank transfer",
  VOUCHER: "Shopping vouchers",
  EXPENSES_ONLY: "Expenses only (no fee)",
  DECLINE: "I do not want a fee",
  PAID_VIA_PARTNER: "Paid through my group",
};

export const PAYMENT_STATUS: Record<PaymentStatus, string> = {
  DRAFT: "Session attended",
  SUBMITTED: "Expenses added",
  APPROVED: "Approved",
  SENT_TO_FINANCE: "Sent to finance",
  PAID: "Paid",
  DECLINED_BY_EXPERT: "Fee declined",
};

export const EXPENSE_TYPE: Record<ExpenseType, string> = {
  TRAVEL: "Travel",
  PARKING: "Parking",
  REPLACEMENT_CARE: "Replacement care",
  SUBSISTENCE: "Food and drink",
  OTHER: "Other",
};

export const PARTNER_TYPE: Record<PartnerType, string> = {
  USER_LED_GROUP: "User-led group",
  CARERS_CENTRE: "Carers' centre",
  ADVOCACY_GROUP: "Advocacy group",
  VOLUNTARY_ORGANISATION: "Voluntary organisation",
  OTHER: "Other",
};

export const LIMIT_PERIOD: Record<LimitPeriod, string> = { WEEK: "a week", MONTH: "a month" };

export const PROGRAMME_LEVEL: Record<ProgrammeLevel, string> = {
  QUALIFYING_UNDERGRADUATE: "Qualifying degree",
  QUALIFYING_POSTGRADUATE: "Qualifying masters",
  POST_QUALIFYING: "Post-qualifying",
};

/** For <select> and checkbox lists. */
export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** What each role is called on screen. */
export const ROLE_LABEL = {
  COORDINATOR: "Coordinator",
  ADMIN: "Admin",
  ACADEMIC: "Academic",
  EXPERT: "Expert by experience",
} as const;
