import { academicYearOf } from "@/lib/time";

/** True for a well-formed label such as "2026/27" (the second part follows the first). */
export function isAcademicYear(label: string): boolean {
  const m = /^(\d{4})\/(\d{2})$/.exec(label);
  if (!m) return false;
  return String((Number(m[1]) + 1) % 100).padStart(2, "0") === m[2];
}

/** `?year=` → a valid academic year label, or the current one. */
export function academicYearParam(raw: string | string[] | undefined, now = new Date()): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && isAcademicYear(value) ? value : academicYearOf(now);
}

/** The year select: the years the academic has modules in, plus the current year. */
export function yearChoices(years: readonly string[], now = new Date()): string[] {
  return [...new Set([academicYearOf(now), ...years])].sort().reverse();
}

/** "2026/27" → "2027/28". */
export function nextAcademicYear(label: string): string {
  const start = Number(label.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** "2026/27" → "2025/26". */
export function previousAcademicYear(label: string): string {
  const start = Number(label.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}
