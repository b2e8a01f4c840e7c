/**
 * Each stage of involvement mapped to the regulator's education and training standards, for the
 * evidence pack (issue 15). Data, not code: one entry per regulator.
 *
 * A clause number appears only where it was checked against the regulator's published standards;
 * the page is cited beside it. Where it could not be checked, the stage is shown without a number
 * rather than with a guess — "clause: null" below means exactly that.
 */
import type { InvolvementStage, Regulator } from "@/lib/generated/prisma/enums";

export type StandardReference = {
  /** The clause number, only when verified against the source; null when not (yet) verified. */
  clause: string | null;
  /** What the standard asks, in plain words (our summary, not the regulator's text). */
  summary: string;
};

export type RegulatorStandards = {
  name: string;
  standards: string;
  /** The published standards the clause numbers were checked against. */
  source: string;
  stages: Record<InvolvementStage, StandardReference>;
};

export const REGULATOR_STANDARDS: Record<Regulator, RegulatorStandards> = {
  SOCIAL_WORK_ENGLAND: {
    name: "Social Work England",
    standards: "Education and training standards (2021)",
    source: "https://www.socialworkengland.org.uk/standards/education-and-training-standards",
    stages: {
      // Verified on the page above, standard 1 (Admissions), 1.3: providers ensure that employers,
      // placement providers and people with lived experience of social work are involved in
      // admissions processes.
      ADMISSIONS_SELECTION: {
        clause: "1.3",
        summary: "People with lived experience of social work are involved in admissions processes.",
      },
      // The stages below are not yet matched to a verified clause number.
      PROGRAMME_DESIGN: {
        clause: null,
        summary: "People with lived experience help design and review the course.",
      },
      TEACHING_LEARNING: { clause: null, summary: "People with lived experience contribute to teaching." },
      ASSESSMENT: { clause: null, summary: "People with lived experience contribute to assessing students." },
      PRACTICE_LEARNING: { clause: null, summary: "People with lived experience contribute to practice learning." },
      QUALITY_ASSURANCE: {
        clause: null,
        summary: "People with lived experience take part in managing and quality-assuring the course.",
      },
    },
  },
  SSSC: {
    name: "Scottish Social Services Council (SSSC)",
    standards: "Standards for social work education",
    source: "https://www.sssc.uk.com",
    // No clause number has been verified against the SSSC's published standards yet.
    stages: {
      ADMISSIONS_SELECTION: { clause: null, summary: "Involvement in selecting students." },
      PROGRAMME_DESIGN: { clause: null, summary: "Involvement in designing and reviewing the programme." },
      TEACHING_LEARNING: { clause: null, summary: "Involvement in teaching." },
      ASSESSMENT: { clause: null, summary: "Involvement in assessing students." },
      PRACTICE_LEARNING: { clause: null, summary: "Involvement in practice learning." },
      QUALITY_ASSURANCE: { clause: null, summary: "Involvement in quality assurance." },
    },
  },
};

/** "1.3", or the words that say no number is given. */
export const clauseText = (ref: StandardReference) => ref.clause ?? "No clause number given";
