/**
 * Modules, into a programme of the admin's university (or the university named in the
 * Institution column, which must be in the admin's partnership). Programmes are NOT created
 * here: a programme that does not exist is a problem of the row (an admin adds programmes in
 * the admin area, with their level). Matched by programme + code + academic year. The leader
 * must be an active academic of that university ("unknown module leader" otherwise).
 */
import "server-only";
import type { AuditEventInput } from "@/lib/audit";
import { MODULE_CODE, YEARS_OF_STUDY } from "@/lib/modules/admin-schemas";
import type { Column } from "../types";
import { change, findInstitution, type ImportKindDef, type InstitutionChoice } from "./kind";

export const MODULE_COLUMNS = [
  {
    key: "institution",
    heading: "Institution",
    aliases: ["University"],
    example: "",
    hint: "Optional. Blank means your own university; otherwise the name of a university in your partnership.",
  },
  {
    key: "programme",
    heading: "Programme",
    required: true,
    example: "BA (Hons) Social Work",
    hint: "The name of a programme already set up for that university.",
  },
  {
    key: "code",
    heading: "Code",
    aliases: ["Module code"],
    required: true,
    example: "SW101",
    hint: "The module code.",
  },
  {
    key: "title",
    heading: "Title",
    aliases: ["Module title"],
    required: true,
    example: "Readiness for practice",
    hint: "The module's title.",
  },
  {
    key: "yearOfStudy",
    heading: "Year of study",
    aliases: ["Year"],
    required: true,
    example: "1",
    hint: `A whole number from ${YEARS_OF_STUDY.min} to ${YEARS_OF_STUDY.max}.`,
  },
  {
    key: "academicYear",
    heading: "Academic year",
    required: true,
    example: "2026/27",
    hint: "Like 2026/27.",
  },
  {
    key: "leaderEmail",
    heading: "Leader email",
    aliases: ["Module leader", "Leader"],
    example: "academic@example.ac.uk",
    hint: "Optional. The email of an active academic of that university.",
  },
] as const satisfies readonly Column[];

export type ModuleValue = {
  institution: string;
  programme: string;
  code: string;
  title: string;
  yearOfStudy: number;
  academicYear: string;
  leaderEmail: string;
};

type Institution = InstitutionChoice;
type Programme = { id: string; name: string; institutionId: string; retiredAt: Date | null };
type ExistingModule = {
  id: string;
  programmeId: string;
  code: string;
  title: string;
  yearOfStudy: number;
  academicYear: string;
  leader: { email: string } | null;
};
type Ctx = {
  defaultInstitutionId: string;
  institutions: Institution[];
  programmes: Map<string, Programme>;
  modules: Map<string, ExistingModule>;
  leaders: Map<string, { id: string; institutionId: string | null }>;
};

const programmeKey = (institutionId: string, name: string) => `${institutionId}\u0001${name.toLowerCase()}`;
const moduleKey = (programmeId: string, code: string, year: string) =>
  `${programmeId}\u0001${code.toLowerCase()}\u0001${year}`;

/** "2026/27" (also "2026/2027", "2026-27") → "2026/27", when the second year follows the first. */
export function academicYear(text: string): string | null {
  const m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(start / 100) * 100 + Number(m[2]);
  const fixedEnd = end < start ? end + 100 : end;
  if (fixedEnd !== start + 1 || start < 2000 || start > 2099) return null;
  return `${start}/${String(fixedEnd % 100).padStart(2, "0")}`;
}

export const modulesKind: ImportKindDef<ModuleValue, Ctx> = {
  kind: "MODULES",
  columns: MODULE_COLUMNS,
  key: { words: "programme, code and academic year", column: "code" },

  read(cells) {
    const institution = cells.text("institution", { max: 200 });
    const programme = cells.text("programme", { max: 200, missing: "Enter the programme's name." });
    const code = cells.text("code", { max: MODULE_CODE.max, missing: "Enter the module code." });
    if (code && !MODULE_CODE.pattern.test(code))
      cells.problem("code", "Use only letters, numbers, spaces, dots, dashes or slashes in the code.");
    const title = cells.text("title", { max: 200, missing: "Enter the module's title." });
    const yearText = cells.text("yearOfStudy", { max: 10, missing: "Enter the year of study, like 1." });
    const yearNumber = /^\d{1,2}$/.test(yearText) ? Number(yearText) : 0;
    const yearOfStudy = yearNumber >= YEARS_OF_STUDY.min && yearNumber <= YEARS_OF_STUDY.max ? yearNumber : 0;
    if (yearText && !yearOfStudy)
      cells.problem(
        "yearOfStudy",
        `“${yearText}” is not a year of study. Use a whole number from ${YEARS_OF_STUDY.min} to ${YEARS_OF_STUDY.max}.`,
      );
    const yearRaw = cells.text("academicYear", { max: 20, missing: "Enter the academic year, like 2026/27." });
    const year = yearRaw ? academicYear(yearRaw) : null;
    if (yearRaw && !year)
      cells.problem("academicYear", `“${yearRaw}” is not in the right format. Write the academic year like 2026/27.`);
    const leaderEmail = cells.email("leaderEmail", { required: false });
    if (!programme || !code || !year) return null;
    return {
      key: `${institution.toLowerCase()}\u0001${programme.toLowerCase()}\u0001${code.toLowerCase()}\u0001${year}`,
      label: `${code} ${year}`,
      value: { institution, programme, code, title, yearOfStudy, academicYear: year, leaderEmail },
    };
  },

  async load({ scope, values }, db) {
    const institutions = await db.institution.findMany({
      where: { partnershipId: scope.partnershipId },
      select: { id: true, name: true, shortName: true },
    });
    const ids = institutions.map((i) => i.id);
    const [programmes, modules, leaders] = await Promise.all([
      db.programme.findMany({
        where: { institutionId: { in: ids } },
        select: { id: true, name: true, institutionId: true, retiredAt: true },
      }),
      db.module.findMany({
        where: {
          programme: { institutionId: { in: ids } },
          academicYear: { in: [...new Set(values.map((v) => v.academicYear))] },
        },
        select: {
          id: true,
          programmeId: true,
          code: true,
          title: true,
          yearOfStudy: true,
          academicYear: true,
          leader: { select: { email: true } },
        },
      }),
      db.user.findMany({
        where: {
          email: { in: [...new Set(values.map((v) => v.leaderEmail).filter(Boolean))] },
          role: "ACADEMIC",
          active: true,
          institutionId: { in: ids },
        },
        select: { id: true, email: true, institutionId: true },
      }),
    ]);
    return {
      defaultInstitutionId: scope.institutionId,
      institutions,
      programmes: new Map(programmes.map((p) => [programmeKey(p.institutionId, p.name), p])),
      modules: new Map(modules.map((m) => [moduleKey(m.programmeId, m.code, m.academicYear), m])),
      leaders: new Map(leaders.map((u) => [u.email.toLowerCase(), u])),
    };
  },

  decide(value, ctx) {
    const problems: { column: string | null; message: string }[] = [];
    const institution = findInstitution(ctx, value.institution);
    if (!institution) {
      problems.push({
        column: "Institution",
        message: `There is no university called “${value.institution}” in your partnership. Use its name as it is in Involve, or leave the cell blank for your own.`,
      });
      return { action: "create", changes: [], problems };
    }
    const programme = ctx.programmes.get(programmeKey(institution.id, value.programme));
    if (!programme) {
      problems.push({
        column: "Programme",
        message: `There is no programme called “${value.programme}” at ${institution.name}. Add it in the admin area first, or correct the name.`,
      });
    } else if (programme.retiredAt) {
      problems.push({
        column: "Programme",
        message: `The programme “${programme.name}” is retired. Choose a current programme.`,
      });
    }
    const leader = value.leaderEmail ? ctx.leaders.get(value.leaderEmail) : undefined;
    if (value.leaderEmail && (!leader || leader.institutionId !== institution.id)) {
      problems.push({
        column: "Leader email",
        message: `Unknown module leader: no active academic at ${institution.name} has the email address ${value.leaderEmail}.`,
      });
    }
    if (!programme) return { action: "create", changes: [], problems };
    const existing = ctx.modules.get(moduleKey(programme.id, value.code, value.academicYear));
    if (!existing) return { action: "create", changes: [], problems };
    const changes: string[] = [];
    if (value.title && value.title !== existing.title) changes.push(change("title", existing.title, value.title));
    if (value.yearOfStudy !== existing.yearOfStudy)
      changes.push(change("year of study", String(existing.yearOfStudy), String(value.yearOfStudy)));
    if (value.leaderEmail && value.leaderEmail !== existing.leader?.email.toLowerCase())
      changes.push(change("leader", existing.leader?.email ?? "", value.leaderEmail));
    return { action: changes.length ? "update" : "unchanged", changes, problems, existingId: existing.id };
  },

  async apply({ rows, ctx, actor }, tx) {
    const events: AuditEventInput[] = [];
    const resolve = (v: ModuleValue) => {
      const institution = findInstitution(ctx, v.institution)!;
      const programme = ctx.programmes.get(programmeKey(institution.id, v.programme))!;
      return { institution, programme, leaderId: v.leaderEmail ? ctx.leaders.get(v.leaderEmail)!.id : null };
    };
    const creates = rows.filter((r) => r.action === "create").map((r) => r.value!);
    if (creates.length) {
      const made = await tx.module.createManyAndReturn({
        data: creates.map((v) => {
          const { programme, leaderId } = resolve(v);
          return {
            programmeId: programme.id,
            code: v.code,
            title: v.title,
            yearOfStudy: v.yearOfStudy,
            academicYear: v.academicYear,
            leaderId,
          };
        }),
        select: { id: true, code: true, academicYear: true },
      });
      for (const m of made)
        events.push({
          actorId: actor.id,
          action: "module.imported",
          entityType: "Module",
          entityId: m.id,
          after: { code: m.code, academicYear: m.academicYear },
        });
    }
    for (const r of rows.filter((row) => row.action === "update")) {
      const v = r.value!;
      const { leaderId } = resolve(v);
      await tx.module.update({
        where: { id: r.existingId! },
        data: { title: v.title, yearOfStudy: v.yearOfStudy, ...(leaderId ? { leaderId } : {}) },
      });
      events.push({
        actorId: actor.id,
        action: "module.updated.import",
        entityType: "Module",
        entityId: r.existingId!,
        after: { changes: r.changes },
      });
    }
    return events;
  },
};
