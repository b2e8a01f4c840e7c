/**
 * Hours as people type them ("1.5", "2", "0.25", "1:30") → whole minutes, without floating
 * point. Null when it is not a number of hours. Fractions round to the nearest minute.
 */
export function parseHoursToMinutes(input: string): number | null {
  const text = input.trim().replace(/\s*(hours?|hrs?|h)$/i, "");
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const decimal = /^(\d{0,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!decimal || (decimal[1] === "" && decimal[2] === undefined)) return null;
  const hundredths = Number((decimal[2] ?? "0").padEnd(2, "0"));
  return Number(decimal[1] || "0") * 60 + Math.round((hundredths * 60) / 100);
}

export const MIN_MINUTES = 15;
export const MAX_MINUTES = 24 * 60;
