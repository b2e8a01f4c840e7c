import { formatDayMonth } from "./format";

type Dated = { startsAt: Date; cancelledAt?: Date | null };

/**
 * The title of a page about one record, naming it first (GOV.UK: the most specific part first):
 * "Skills day, 4 December – Opportunity". Root layout's template adds " – Involve". The date is
 * the next session still on, else the last one held, else none.
 */
export function recordTitle(kind: string, name: string, sessions: readonly Dated[] = [], now = new Date()): string {
  const live = sessions.filter((s) => !s.cancelledAt).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const when = live.find((s) => s.startsAt >= now) ?? live.at(-1);
  return `${name}${when ? `, ${formatDayMonth(when.startsAt)}` : ""} – ${kind}`;
}
