/**
 * The consent rules, pure so pages, tests and the server logic share them: what each scope is
 * called, what a withdrawal asks to be taken down, when a consent is active, expired or withdrawn,
 * and which opportunity types need which scope before a place can be confirmed.
 */
import type { ConsentScope, OpportunityType } from "@/lib/generated/prisma/enums";
import { toDateInput } from "@/lib/format";

export const CONSENT_SCOPES = ["LIVE_SESSION", "RECORDED", "LEARNING_PLATFORM", "RESEARCH"] as const;

export const SCOPE_LABEL: Record<ConsentScope, string> = {
  LIVE_SESSION: "Told in the session only",
  RECORDED: "Recorded (audio or video)",
  LEARNING_PLATFORM: "Slides or notes on the learning platform",
  RESEARCH: "Quoted in research or publications",
};

/** What must happen to each kind of use once consent is withdrawn. */
export const TAKE_DOWN: Record<ConsentScope, string> = {
  RECORDED: "Remove the recording",
  LEARNING_PLATFORM: "Take the slides or notes off the learning platform",
  RESEARCH: "Do not quote it in anything not yet published",
  LIVE_SESSION: "Do not use it in future sessions",
};

/** The take-down steps for a consent's scopes, in a fixed order. */
export function takeDownSteps(scopes: readonly ConsentScope[]): string[] {
  return CONSENT_SCOPES.filter((s) => scopes.includes(s)).map((s) => TAKE_DOWN[s]);
}

/** Opportunity types that need a consent with this scope before a place is confirmed. */
export const REQUIRED_SCOPE: Partial<Record<OpportunityType, ConsentScope>> = {
  RECORDED_CONTENT: "RECORDED",
  RESEARCH: "RESEARCH",
};

export const requiredScopeFor = (type: OpportunityType): ConsentScope | null => REQUIRED_SCOPE[type] ?? null;

/** Today in London as "2027-03-27": a consent's `until` is the last London day it holds. */
export const londonToday = (now = new Date()) => toDateInput(now);

/** A @db.Date value (midnight UTC of the calendar day) → "2027-03-27". */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** "2027-03-27" → the @db.Date value to store. */
export const dateOfDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export type ConsentState = "active" | "expired" | "withdrawn";

export function consentState(
  consent: { withdrawnAt: Date | null; until: Date | null },
  now = new Date(),
): ConsentState {
  if (consent.withdrawnAt) return "withdrawn";
  if (consent.until && dayOf(consent.until) < londonToday(now)) return "expired";
  return "active";
}

/** Prisma filter for consents that hold today (not withdrawn, not past their date). */
export const activeConsentWhere = (now = new Date()) => ({
  withdrawnAt: null,
  OR: [{ until: null }, { until: { gte: dateOfDay(londonToday(now)) } }],
});

/** Whether a booking on this type of opportunity may be confirmed with these consents. */
export function consentAllowsConfirming(
  type: OpportunityType,
  consents: readonly { scopes: readonly ConsentScope[]; withdrawnAt: Date | null; until: Date | null }[],
  now = new Date(),
): boolean {
  const scope = requiredScopeFor(type);
  if (!scope) return true;
  return consents.some((c) => consentState(c, now) === "active" && c.scopes.includes(scope));
}

/** The coordinator's message when a place cannot be confirmed yet. */
export function consentNeededMessage(type: OpportunityType, name: string, notAskedYet = false): string {
  // Consent is given on a booking, so someone booked directly must first ask for a place.
  const how = notAskedYet
    ? "They give it after asking for a place, so ask them to ask for one first."
    : "They can do it from their booking.";
  return type === "RESEARCH"
    ? `Ask ${name} to give consent for their story to be quoted in research first. ${how}`
    : `Ask ${name} to give consent for the recording first. ${how}`;
}
