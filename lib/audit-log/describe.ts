/**
 * Plain words for the audit log: what each action means, what each kind of record is called, and
 * a readable before/after. Pure (no database), so it is easy to test and to extend: an action
 * missing here is still shown, by its raw name.
 */
import { ROLE_LABEL } from "@/lib/labels";

export const ACTION_TEXT: Record<string, string> = {
  // Sign-in and accounts
  "user.sign-in.succeeded": "Signed in",
  "user.sign-in.failed": "Tried to sign in, and it failed",
  "user.sign-in.locked": "Sign-in slowed down after too many failed attempts",
  "user.sign-in.refused-locked": "Tried to sign in before the wait after failed attempts was over",
  "user.password.set": "Set their password",
  "user.signed-out-everywhere": "Signed out on every device",
  "user.password-reset.emailed": "Asked for a password reset link (emailed)",
  "user.password-link.created": "Made a set-password link for an expert",
  "user.contactPreference.updated": "Changed how we contact them",
  "setup.first_admin": "First admin account made (npm run setup)",
  // Staff accounts
  "staff.invited": "Invited a staff member",
  "staff.invitation.resent": "Sent a staff member a new invitation",
  "staff.role.changed": "Changed a staff member's role",
  "staff.deactivated": "Deactivated a staff account",
  "staff.reactivated": "Reactivated a staff account",
  "staff.imported": "Added a staff account from a spreadsheet",
  "staff.updated.import": "Changed a staff account from a spreadsheet",
  // The partnership's universities, programmes and modules
  "institution.created": "Added a university",
  "institution.updated": "Changed a university's details",
  "institution.payment_settings_changed": "Changed a university's payment settings",
  "programme.created": "Added a programme",
  "programme.updated": "Changed a programme",
  "programme.retired": "Retired a programme",
  "programme.reinstated": "Brought back a retired programme",
  "module.created": "Added a module",
  "module.updated": "Changed a module",
  "module.retired": "Retired a module",
  "module.reinstated": "Brought back a retired module",
  "modules.rolledOn": "Rolled modules on to the next academic year",
  "module.imported": "Added a module from a spreadsheet",
  "module.updated.import": "Changed a module from a spreadsheet",
  // Spreadsheet imports
  "import.uploaded": "Uploaded a spreadsheet to import",
  "import.applied": "Imported a spreadsheet",
  // Experts and groups
  "expert.invited": "Invited an expert by experience",
  "expert.status.changed": "Changed an expert's status",
  "expert.erased": "Erased the personal details of an expert who had left",
  "expert.biography.edited": "Edited an expert's biography",
  "expert.biography.approved": "Approved their biography",
  "expert.partners.changed": "Changed an expert's groups",
  "expert.profile.updated": "Updated their profile",
  "partner.created": "Added a partner group",
  "partner.updated": "Changed a partner group",
  "expert.imported": "Added an expert from a spreadsheet",
  "expert.updated.import": "Changed an expert from a spreadsheet",
  "partner.imported": "Added a partner group from a spreadsheet",
  "partner.updated.import": "Changed a partner group from a spreadsheet",
  // Opportunities and sessions
  "opportunity.created": "Created an opportunity",
  "opportunity.updated": "Changed an opportunity",
  "opportunity.published": "Published an opportunity",
  "opportunity.closed": "Closed an opportunity",
  "opportunity.cancelled": "Cancelled an opportunity",
  "opportunity.request": "Asked for involvement in a module",
  "opportunity.proposed": "Proposed an involvement idea",
  "session.created": "Added a session",
  "session.updated": "Changed a session",
  "session.cancelled": "Cancelled a session",
  "session.invited_to_apply": "Invited an expert to ask for a place on a session",
  // Bookings
  "booking.requested": "Asked for a place",
  "booking.rerequested": "Asked for a place again",
  "booking.confirmed": "Confirmed a place",
  "booking.waitlisted": "Put a request on the waiting list",
  "booking.declined": "Said no to a request for a place",
  "booking.promoted": "Offered a place from the waiting list",
  "booking.withdrawn": "Gave up a place",
  "booking.booked_directly": "Booked an expert onto a session",
  "booking.cancelled_by_university": "A place was cancelled by the university",
  "booking.debrief_requested": "Asked for a debrief",
  // Preparation (issue 14): the expert's choices for a booking, the coordinator's travel decision.
  "booking.choices_updated": "Changed their supporter or who sees their access needs for a session",
  "booking.supporter_travel_set": "Decided whether a supporter's travel can be claimed",
  // Debriefs and check-ins (the answer and the private note's words are never in the audit log)
  "booking.check_in_answered": "Answered the check-in after a session",
  "debrief.recorded": "Recorded that a debrief happened",
  "debrief.note_changed": "Changed the private note on a debrief",
  "session.attendance_recorded": "Recorded who came to a session",
  "booking.attendance_corrected": "Changed whether someone came to a session",
  // Money
  "payment.created": "Drafted a payment",
  "payment.submitted": "Sent a payment for approval",
  "payment.approved": "Approved a payment",
  "payment.paid": "Marked a payment as paid",
  "payment.removed": "Removed a payment not yet approved",
  "payment.expense_added": "Added an expense to a payment",
  "payment.expense_removed": "Removed an expense from a payment",
  "payment.declined_by_expert": "Chose not to be paid a fee",
  "payment.sent_back": "Sent a payment back for changes",
  "payment.sent_to_finance": "Sent a payment to finance",
  "finance_export.created": "Made a finance export",
  "rate.added": "Added a pay rate",
  // Academics
  "involvement.add": "Recorded involvement in a module",
  "involvement.delete": "Deleted a record of involvement",
  "feedback.create": "Gave feedback on a session",
  "feedback.update": "Changed their feedback on a session",
  // Two-way feedback (issue 14): experts' feedback and "You said, we did".
  "feedback.expert.create": "Gave feedback on a session they took part in",
  "feedback.expert.update": "Changed their feedback on a session they took part in",
  "feedback.you_said_we_did.published": "Published a “You said, we did”",
  "feedback.you_said_we_did.updated": "Changed a “You said, we did”",
  "feedback.you_said_we_did.deleted": "Deleted a “You said, we did”",
  // Messages
  "message.phoned": "Phoned someone who asked for a call",
  "calendar_feed.turned_on": "Turned on their calendar subscription",
  "calendar_feed.new_address": "Made a new calendar subscription address",
  "calendar_feed.turned_off": "Turned off their calendar subscription",
  // Data protection
  "subject_access.downloaded": "Downloaded everything Involve holds about an expert (subject access)",
  "partnership.retention.changed": "Changed how long the details of experts who have left are kept",
  // Breaks and training (issue 14)
  "expert.break.started": "Took a break",
  "expert.break.changed": "Changed their break",
  "expert.break.ended": "Came back from their break",
  "expert.break.ended-by-coordinator": "Ended an expert's break on their behalf",
  "expert.training.recorded": "Recorded an expert's training",
  "expert.training.deleted": "Deleted an expert's training record",
  "expert.induction.set": "Recorded an expert's induction date",
  // Stories and consent (issue 14)
  "story.added": "Added a story to their list",
  "story.changed": "Changed a story on their list",
  "story.deleted": "Removed an unused story from their list",
  "consent.given": "Gave consent for a story to be used",
  "consent.withdrawn": "Withdrew consent for a story",
  "consent.taken_down": "Recorded that a withdrawn story was taken down",
};

export const ENTITY_TEXT: Record<string, string> = {
  User: "Account",
  ExpertProfile: "Expert",
  Partner: "Partner group",
  Opportunity: "Opportunity",
  Session: "Session",
  Booking: "Booking",
  Payment: "Payment",
  FinanceExport: "Finance export",
  Rate: "Pay rate",
  InvolvementRecord: "Involvement record",
  Feedback: "Feedback",
  ExpertFeedback: "Expert's feedback",
  YouSaidWeDid: "You said, we did",
  Message: "Message",
  Institution: "University",
  Programme: "Programme",
  Module: "Module",
  Email: "Email address (no account)",
  ImportBatch: "Spreadsheet import",
  DebriefTask: "Debrief",
  TrainingRecord: "Training record",
  Story: "Story",
  StoryConsent: "Consent for a story",
  SessionInvitation: "Invitation to ask for a place",
};

/** "staff.role.changed" → its plain words, or a tidied raw name for an action not listed. */
export function describeAction(action: string): string {
  return ACTION_TEXT[action] ?? action.replace(/[._-]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

export const describeEntity = (entityType: string) => ENTITY_TEXT[entityType] ?? entityType;

/** "linkEmailed" → "Link emailed". */
export function humanKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value in plain words; long values are cut so a row stays readable. */
export function humanValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") {
    if (value in ROLE_LABEL) return ROLE_LABEL[value as keyof typeof ROLE_LABEL];
    return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map(humanValue).join(", ") : "(none)";
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export type Change = { field: string; before: string | null; after: string | null };

/**
 * Before and after as rows: each field with its old and new value (null where that side does
 * not have it). Values that are not objects show as one "Value" row.
 */
export function describeChanges(before: unknown, after: unknown): Change[] {
  const asObject = (v: unknown): Record<string, unknown> | null =>
    v === null || v === undefined
      ? null
      : typeof v === "object" && !Array.isArray(v)
        ? (v as Record<string, unknown>)
        : { value: v };
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({
    field: humanKey(key),
    before: b && key in b ? humanValue(b[key]) : null,
    after: a && key in a ? humanValue(a[key]) : null,
  }));
}
