/**
 * SQL fragments for deterministic bulk data: every "random" choice is a hash of the row number
 * and a salt, so two seeds of the same size are identical apart from the moment they are relative to.
 */

/** 0 … mod-1, deterministic in (expr, salt). */
export function h(expr: string, salt: number, mod: number): string {
  return `(abs(hashint8extended((${expr})::bigint, ${salt})) % ${mod})`;
}

/** A cuid-shaped text id ("c" + two letters + 8 digits) so zod's cuid() checks accept it. */
export function id(prefix: string, expr: string): string {
  if (!/^[a-z]{2}$/.test(prefix)) throw new Error(`bad id prefix ${prefix}`);
  return `('c${prefix}' || lpad((${expr})::text, 8, '0'))`;
}

/** The row number back out of an id made by `id()`. */
export function num(column: string): string {
  return `substr(${column}, 4)::int`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** One of `values` (weights repeat entries), cast to a PostgreSQL type when given. */
export function pick(values: readonly string[], expr: string, salt: number, cast?: string): string {
  const array = `(ARRAY[${values.map(literal).join(",")}])[1 + ${h(expr, salt, values.length)}]`;
  return cast ? `(${array})::"${cast}"` : array;
}

/** Expand `{ A: 3, B: 1 }` into ["A","A","A","B"] for pick(). */
export function weights(spec: Record<string, number>): string[] {
  return Object.entries(spec).flatMap(([value, weight]) => Array<string>(weight).fill(value));
}

export const OPPORTUNITY_TYPES = [
  "TEACHING",
  "SKILLS_ROLE_PLAY",
  "ADMISSIONS_SELECTION",
  "ASSESSMENT",
  "CURRICULUM_DESIGN",
  "PROGRAMME_BOARD",
  "PRACTICE_LEARNING",
  "RESEARCH",
  "RECORDED_CONTENT",
  "RECRUITMENT_EVENT",
] as const;

/** The involvement stage each opportunity type evidences, by index into OPPORTUNITY_TYPES. */
export const STAGE_OF_TYPE = [
  "TEACHING_LEARNING",
  "TEACHING_LEARNING",
  "ADMISSIONS_SELECTION",
  "ASSESSMENT",
  "PROGRAMME_DESIGN",
  "QUALITY_ASSURANCE",
  "PRACTICE_LEARNING",
  "PROGRAMME_DESIGN",
  "TEACHING_LEARNING",
  "ADMISSIONS_SELECTION",
] as const;

export const TITLE_OF_TYPE = [
  "Lecture: what good support feels like",
  "Skills day: role-play a first home visit",
  "Admissions interviews for new students",
  "Assess student presentations",
  "Help redesign a module",
  "Join the programme board",
  "Practice learning: meet students on placement",
  "Research advisory group",
  "Record a short talk for students",
  "Open day: talk to people thinking of applying",
] as const;

export const LIVED_EXPERIENCE = [
  "carer",
  "mental health",
  "care leaver",
  "homelessness",
  "young carer",
  "dementia carer",
  "learning disability",
  "domestic abuse survivor",
  "physical disability",
  "addiction recovery",
  "refugee",
  "poverty",
  "child protection",
  "autism",
  "deaf",
  "older person",
  "long-term condition",
  "prison leaver",
] as const;

export const FIRST_NAMES = [
  "Jo",
  "Marcus",
  "Aaliyah",
  "Peter",
  "Grace",
  "Tom",
  "Amira",
  "Sean",
  "Nadia",
  "Kofi",
  "Helen",
  "Ravi",
  "Chloe",
  "Dev",
  "Maria",
  "Liam",
  "Fatima",
  "Owen",
  "Zainab",
  "Ellie",
  "Imran",
  "Sophie",
  "Jamal",
  "Bethan",
  "Yusuf",
  "Niamh",
  "Callum",
  "Precious",
  "Rhys",
  "Mei",
] as const;

export const LAST_NAMES = [
  "Whitfield",
  "Bell",
  "Hussain",
  "Clarke",
  "Mensah",
  "Evans",
  "Khan",
  "O'Brien",
  "Ali",
  "Boateng",
  "Taylor",
  "Patel",
  "Wright",
  "Sharma",
  "Kowalski",
  "Murphy",
  "Begum",
  "Jones",
  "Ahmed",
  "Davies",
  "Iqbal",
  "Hughes",
  "Okoro",
  "Morgan",
  "Rahman",
  "Walsh",
  "Fraser",
  "Adeyemi",
  "Price",
  "Chen",
] as const;
