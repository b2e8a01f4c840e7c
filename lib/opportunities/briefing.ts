/**
 * The briefing an expert reads before signing up and again before the session, in plain words.
 * Pure: the expert's opportunity page (components/opportunities/briefing.tsx), the coordinator's
 * page and the reminder email all word it the same way.
 */
import { formatMinutes } from "@/lib/format";
import type { ProgrammeLevel } from "@/lib/generated/prisma/enums";
import { PROGRAMME_LEVEL } from "@/lib/labels";

export type Briefing = {
  whoWillBeThere: string;
  cohortSize: number | null;
  sensitiveTopic: boolean;
  sensitiveTopicNote: string;
  preparationOffered: boolean;
  preparationMinutes: number;
  debriefOffered: boolean;
  quietRoomOffered: boolean;
  supporterWelcome: boolean;
  /** "Level" is the linked module's, never typed in: its programme's level and year of study. */
  module: { yearOfStudy: number; programme: { level: ProgrammeLevel } } | null;
};

/** Selected wherever a briefing is shown. */
export const briefingSelect = {
  whoWillBeThere: true,
  cohortSize: true,
  sensitiveTopic: true,
  sensitiveTopicNote: true,
  preparationOffered: true,
  preparationMinutes: true,
  debriefOffered: true,
  quietRoomOffered: true,
  supporterWelcome: true,
  module: { select: { yearOfStudy: true, programme: { select: { level: true } } } },
} as const;

/** "Year 1 students, qualifying degree", or null without a module. */
export function levelText(module: Briefing["module"]): string | null {
  if (!module) return null;
  return `Year ${module.yearOfStudy} students, ${PROGRAMME_LEVEL[module.programme.level].toLowerCase()}`;
}

/** "About 60 students" */
export const cohortText = (size: number | null) =>
  size == null ? null : `About ${size.toLocaleString("en-GB")} ${size === 1 ? "student" : "students"}`;

/** Who will be there, one line each: the coordinator's words, the cohort size, the level. */
export function whoLines(b: Briefing): string[] {
  return [b.whoWillBeThere, cohortText(b.cohortSize), levelText(b.module)].filter((l): l is string => Boolean(l));
}

/** The support offered, one line each; empty when none is. */
export function supportLines(b: Briefing): string[] {
  const lines: string[] = [];
  if (b.preparationOffered)
    lines.push(
      `Time to prepare beforehand${b.preparationMinutes > 0 ? ` (${formatMinutes(b.preparationMinutes)}, paid)` : ""}`,
    );
  if (b.debriefOffered) lines.push("A chat afterwards (debrief) to talk about how it went");
  if (b.quietRoomOffered) lines.push("A quiet room you can use before, during or after");
  if (b.supporterWelcome) lines.push("A supporter or personal assistant is welcome to come with you");
  return lines;
}

/**
 * The briefing for the reminder two days before (lib/messages/session-messages.ts), which already
 * words preparation and debrief itself: the sensitive topic, who will be there, the other support.
 */
export function reminderBriefing(b: Briefing, booking?: { supporterComing: boolean; supporterName: string }): string[] {
  const who = whoLines(b);
  return [
    b.sensitiveTopic && b.sensitiveTopicNote
      ? `Please note, the topic may be upsetting. This session talks about: ${b.sensitiveTopicNote}`
      : "",
    who.length ? `Who will be there:\n${who.join("\n")}` : "",
    b.quietRoomOffered ? "A quiet room is there for you before, during or after." : "",
    booking?.supporterComing
      ? `Your supporter${booking.supporterName ? `, ${booking.supporterName},` : ""} is expected: the venue knows.`
      : b.supporterWelcome
        ? "A supporter or personal assistant is welcome to come with you. Let your contact know."
        : "",
  ].filter(Boolean);
}
