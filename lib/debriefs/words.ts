/**
 * Plain words for debrief tasks and check-in answers, shared by the coordinator's and the
 * expert's pages. Pure: no database.
 */
import type { DebriefReason, Wellbeing } from "@/lib/generated/prisma/enums";

/** The check-in question's answers, as the expert chooses them. */
export const FEELING_CHOICE: Record<Wellbeing, string> = {
  OK: "I am OK",
  NOT_SURE: "I am not sure",
  NOT_OK: "I am not OK",
};

/** The same answers, as a coordinator reads them. */
export const FEELING_SAID: Record<Wellbeing, string> = {
  OK: "Said they were OK",
  NOT_SURE: "Said they were not sure",
  NOT_OK: "Said they were not OK",
};

type Why = { reason: DebriefReason; requestedByExpert: boolean; checkInFeeling: Wellbeing | null };

/** Why a coordinator owes this person a call, in a few words each (every reason that applies). */
export function whyWords({ reason, requestedByExpert, checkInFeeling }: Why): string[] {
  const words: string[] = [];
  if (requestedByExpert) words.push("Asked for a debrief");
  if (reason === "SENSITIVE_SESSION") words.push("The session was on a sensitive topic: check on everyone who came");
  if (checkInFeeling === "NOT_OK") words.push("Said they were not OK at the check-in");
  if (checkInFeeling === "NOT_SURE") words.push("Said they were not sure at the check-in");
  if (!words.length) words.push("After the check-in");
  return words;
}

/** One short phrase for lists. */
export function whyShort(why: Why): string {
  if (why.checkInFeeling === "NOT_OK") return "Not OK at the check-in";
  if (why.requestedByExpert) return "Asked for a debrief";
  if (why.reason === "SENSITIVE_SESSION")
    return why.checkInFeeling === "OK" ? "Sensitive session (said they were OK)" : "Sensitive session";
  if (why.checkInFeeling === "NOT_SURE") return "Not sure at the check-in";
  return "Check-in";
}

/** Adds a new piece of what the expert said to what they said before, newest last. */
export function joinNotes(before: string, added: string, max = 4000): string {
  const joined = [before.trim(), added.trim()].filter(Boolean).join("\n\n");
  return joined.length > max ? joined.slice(joined.length - max) : joined;
}
