import { z } from "zod";
import { checkbox, optionalText, recordId } from "@/lib/validation/fields";

export const RATING_OPTIONS = [
  { value: "1", label: "1 – Poor" },
  { value: "2", label: "2 – Fair" },
  { value: "3", label: "3 – Good" },
  { value: "4", label: "4 – Very good" },
  { value: "5", label: "5 – Excellent" },
] as const;

export const ratingLabel = (rating: number) =>
  RATING_OPTIONS.find((o) => o.value === String(rating))?.label ?? String(rating);

export const giveFeedbackSchema = z.object({
  sessionId: recordId(),
  rating: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: "Select a rating from 1 to 5" })
      .int("Select a rating from 1 to 5")
      .min(1, "Select a rating from 1 to 5")
      .max(5, "Select a rating from 1 to 5"),
  ),
  text: optionalText(2000, "Your comments must be 2000 characters or fewer"),
  /** "Share this with the experts who took part": they read it as what students said. */
  shareWithExperts: checkbox,
});
