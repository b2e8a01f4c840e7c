/** Modules as their leader sees them. Every query is scoped to modules the academic leads. */
import "server-only";
import type { AcademicCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Modules still offered for new work: neither the module nor its programme is retired. */
export const offered: Prisma.ModuleWhereInput = { retiredAt: null, programme: { retiredAt: null } };

/** True when a module (with its programme) has been retired and must not be chosen for new work. */
export const isRetired = (m: { retiredAt: Date | null; programme: { retiredAt: Date | null } }) =>
  Boolean(m.retiredAt || m.programme.retiredAt);

/**
 * The ownership rule for every academic query and action: the caller leads the module and the
 * module belongs to the caller's own institution (so a stale leaderId after a move elsewhere
 * grants nothing).
 */
export function ledBy(user: AcademicCaller): Prisma.ModuleWhereInput {
  return { leaderId: user.id, programme: { institutionId: user.institutionId } };
}

const moduleSelect = {
  id: true,
  programmeId: true,
  code: true,
  title: true,
  yearOfStudy: true,
  academicYear: true,
  retiredAt: true,
  programme: { select: { name: true, level: true, retiredAt: true } },
} satisfies Prisma.ModuleSelect;

export type ModuleRow = Prisma.ModuleGetPayload<{ select: typeof moduleSelect }>;

export function findLedModule(
  { user, moduleId }: { user: AcademicCaller; moduleId: string },
  db: DbClient = defaultDb,
) {
  return db.module.findFirst({ where: { id: moduleId, ...ledBy(user) }, select: moduleSelect });
}

/** Modules the academic leads, one academic year or all, newest year first. */
export function listLedModules(
  { user, academicYear, skip, take }: { user: AcademicCaller; academicYear?: string; skip?: number; take?: number },
  db: DbClient = defaultDb,
) {
  const where: Prisma.ModuleWhereInput = { ...ledBy(user), ...(academicYear ? { academicYear } : {}) };
  return Promise.all([
    db.module.findMany({
      where,
      select: moduleSelect,
      orderBy: [{ academicYear: "desc" }, { yearOfStudy: "asc" }, { code: "asc" }],
      skip,
      take,
    }),
    db.module.count({ where }),
  ]);
}

/** The academic years in which the academic leads at least one module, newest first. */
export async function listLeaderYears({ user }: { user: AcademicCaller }, db: DbClient = defaultDb): Promise<string[]> {
  const rows = await db.module.findMany({
    where: ledBy(user),
    distinct: ["academicYear"],
    select: { academicYear: true },
    orderBy: { academicYear: "desc" },
  });
  return rows.map((r) => r.academicYear);
}

/** Small list for the request form's select: every current module they lead, newest year first. */
export function listModuleChoices({ user }: { user: AcademicCaller }, db: DbClient = defaultDb) {
  return db.module.findMany({
    where: { AND: [ledBy(user), offered] },
    select: { id: true, code: true, title: true, academicYear: true },
    orderBy: [{ academicYear: "desc" }, { code: "asc" }],
    take: 200,
  });
}

/** The same module (programme and code) in other academic years, for moving between years. */
export function listOtherYears(
  { user, module }: { user: AcademicCaller; module: { id: string; code: string; programmeId: string } },
  db: DbClient = defaultDb,
) {
  return db.module.findMany({
    where: { ...ledBy(user), programmeId: module.programmeId, code: module.code, NOT: { id: module.id } },
    select: { id: true, academicYear: true },
    orderBy: { academicYear: "desc" },
  });
}
