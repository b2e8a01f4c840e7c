/**
 * How fair suggestions are ranked, as weights the coordinator can change (0 to 3 each), and the
 * rule in plain words. Pure, so the page, the query and the tests agree.
 */
import { z } from "zod";

export const WEIGHT_NAMES = ["waiting", "interest", "areas"] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];
export type Weights = Record<WeightName, number>;

/** Time since last involved matters most unless the coordinator says otherwise. */
export const DEFAULT_WEIGHTS: Weights = { waiting: 3, interest: 1, areas: 1 };

export const WEIGHT_LABEL: Record<WeightName, string> = {
  waiting: "Time since they were last involved",
  interest: "They said they are interested in this kind of work",
  areas: "How many of the lived-experience areas sought they have",
};

export const WEIGHT_CHOICES = [
  { value: "0", label: "Does not count" },
  { value: "1", label: "Counts a little" },
  { value: "2", label: "Counts" },
  { value: "3", label: "Counts most" },
] as const;

const weight = z.coerce.number().int().min(0).max(3);

/** `?waiting=3&interest=1&areas=0` → weights; anything missing or malformed keeps its default. */
export function weightsFrom(query: Record<string, string | string[] | undefined>): Weights {
  const read = (name: WeightName) => {
    const raw = query[name];
    const parsed = weight.safeParse(Array.isArray(raw) ? raw[0] : raw);
    return parsed.success && raw !== undefined && raw !== "" ? parsed.data : DEFAULT_WEIGHTS[name];
  };
  return { waiting: read("waiting"), interest: read("interest"), areas: read("areas") };
}

/** A year or more since someone was last involved (or never) counts the same: the longest wait. */
export const LONGEST_WAIT_DAYS = 365;

export const RULE_TEXT = [
  "Only active experts who match the session are suggested: they said they are interested in this kind of work, or they have one of the lived-experience areas sought (a group meeting matches everyone).",
  "Nobody on a break is suggested, and nobody who has already asked for a place on this session.",
  "People are ranked by the things below, each counting as much as you choose. Unless you change it, the person who has waited longest since they were last involved comes first.",
  "Anyone this session's fee would take over their own earnings limit comes last, with the figures, so you can talk to them first.",
];
