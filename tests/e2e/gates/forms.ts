/**
 * The accessibility gate submits every form with text fields empty and checks the error state.
 * Keys are "<route pattern>#<form name>" (the form's aria-label, else its button text).
 */

/**
 * Forms where an empty submit is valid → field name → a value that makes the submit fail
 * instead, so the error state is still checked. (Set directly, past any maxlength, the way a
 * crafted request would.)
 */
export const FORM_FAILING_INPUT: Record<string, Record<string, string>> = {
  // The expert's profile: each section is its own form, and every answer in them is optional.
  "/expert/profile#Contact details": { phone: "not a phone number" },
  "/expert/profile#What you would like to do": { livedExperience: "x".repeat(1001) },
  "/expert/profile#Help to take part": { accessNeeds: "x".repeat(2001) },
  "/expert/profile#Earnings limit": { earningsLimit: "lots" },
  "/expert/profile#Your biography": { biography: "x".repeat(3001) },
  "/coordinator/experts/[id]#Anonymised biography": { biography: "x".repeat(3001) },
  // The choice is already made (a radio is checked), so an empty phone number alone is valid.
  "/coordinator/messages#How we contact you": { phone: "not a phone number" },
  "/academic/messages#How we contact you": { phone: "not a phone number" },
  // Asking for a debrief needs nothing typed: the note is optional.
  "/expert/bookings/[id]/check-in#Yes, I would like a debrief": { note: "x".repeat(1001) },
  // A booking's supporter and access-needs sharing (issue 14): every answer is optional.
  "/expert/opportunities/[id]#Supporter and access needs": { supporterName: "x".repeat(101) },
  // A coordinator's private note may be emptied; only a note too long fails.
  "/coordinator/debriefs/[id]#Private note": { privateNote: "x".repeat(5001) },
  // Feedback already given keeps its radios ticked, so an empty comment alone is valid.
  "/expert/bookings/[id]/feedback#Your feedback on this session": { comments: "x".repeat(2001) },
};

/** "<route pattern>#<form name>" → why the error state of this form is not tried at all. */
export const FORM_EXEMPT: Record<string, string> = {};
