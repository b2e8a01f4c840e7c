/**
 * The expert's feedback on a session they attended: every question is optional, but an empty
 * form is refused (it would record nothing and look like feedback was given).
 */
import { z } from "zod";
import { checkbox, FORM_BROKEN, optionalText, recordId } from "@/lib/validation/fields";

export const EXPERT_QUESTIONS = {
  prepared: {
    label: "How well prepared did you feel?",
    low: "Not at all prepared",
    high: "Very well prepared",
  },
  treatedWell: {
    label: "How well were you treated?",
    low: "Not at all well",
    high: "Very well",
  },
  worthIt: {
    label: "Was it worth it for you?",
    low: "Not at all",
    high: "Very much",
  },
} as const;

export type ExpertQuestion = keyof typeof EXPERT_QUESTIONS;
export const EXPERT_QUESTION_KEYS = Object.keys(EXPERT_QUESTIONS) as ExpertQuestion[];

/** Radios for one question: 1 to 5, the ends said in words so the scale is clear without a key. */
export const scaleOptions = (q: ExpertQuestion) => [
  { value: "1", label: `1 – ${EXPERT_QUESTIONS[q].low}` },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: `5 – ${EXPERT_QUESTIONS[q].high}` },
];

export const PAID_ON_TIME_OPTIONS = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
  { value: "NOT_YET", label: "Not paid yet" },
] as const;

export const PAID_ON_TIME_LABEL: Record<string, string> = Object.fromEntries(
  PAID_ON_TIME_OPTIONS.map((o) => [o.value, o.label]),
);

const NOTHING = "Answer at least one question, or write something in “Anything else?”";

/** An optional 1–5 answer: missing or "" → null. */
const scale = (question: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z
      .enum(["1", "2", "3", "4", "5"], { error: `Choose a number from 1 to 5 for “${question}”` })
      .transform(Number)
      .nullable(),
  );

export const expertFeedbackSchema = z
  .object({
    bookingId: recordId(),
    prepared: scale(EXPERT_QUESTIONS.prepared.label),
    treatedWell: scale(EXPERT_QUESTIONS.treatedWell.label),
    worthIt: scale(EXPERT_QUESTIONS.worthIt.label),
    paidOnTime: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.enum(["YES", "NO", "NOT_YET"], { error: FORM_BROKEN }).nullable(),
    ),
    comments: optionalText(2000, "Your comments must be 2,000 characters or fewer"),
    anonymous: checkbox,
  })
  .superRefine((v, ctx) => {
    const answered =
      v.prepared !== null || v.treatedWell !== null || v.worthIt !== null || v.paidOnTime !== null || v.comments;
    if (!answered) ctx.addIssue({ code: "custom", path: ["prepared"], message: NOTHING });
  });

export type ExpertFeedbackInput = z.output<typeof expertFeedbackSchema>;
