/**
 * Programmes and modules as a partnership admin sees them: any institution of the admin's
 * partnership, never another partnership's. Every query scopes by `partnershipId`.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const inPartnership = (partnershipId: string): Prisma.ProgrammeWhereInput => ({ institution: { partnershipId } });

/** One institution's programmes with their modules of one academic year. */
export async function listProgrammesWithModules(
  {
    partnershipId,
    institutionId,
    academicYear,
    showRetired,
  }: { partnershipId: string; institutionId: string; academicYear: string; showRetired: boolean },
  db: DbClient = defaultDb,
) {
  return db.programme.findMany({
    where: { institutionId, ...inPartnership(partnershipId), ...(showRetired ? {} : { retiredAt: null }) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      level: true,
      retiredAt: true,
      modules: {
        where: { academicYear, ...(showRetired ? {} : { retiredAt: null }) },
        orderBy: [{ yearOfStudy: "asc" }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          title: true,
          yearOfStudy: true,
          retiredAt: true,
          leader: { select: { name: true, active: true } },
        },
      },
    },
  });
}

/** The academic years an institution has modules in, newest first. */
export async function listInstitutionYears(
  { partnershipId, institutionId }: { partnershipId: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const rows = await db.module.findMany({
    where: { programme: { institutionId, ...inPartnership(partnershipId) } },
    distinct: ["academicYear"],
    select: { academicYear: true },
    orderBy: { academicYear: "desc" },
  });
  return rows.map((r) => r.academicYear);
}

export function findProgrammeForAdmin(
  { id, partnershipId }: { id: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  return db.programme.findFirst({
    where: { id, ...inPartnership(partnershipId) },
    select: {
      id: true,
      name: true,
      level: true,
      retiredAt: true,
      institution: { select: { id: true, name: true } },
      _count: { select: { modules: true } },
    },
  });
}

export function findModuleForAdmin(
  { id, partnershipId }: { id: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  return db.module.findFirst({
    where: { id, programme: inPartnership(partnershipId) },
    select: {
      id: true,
      code: true,
      title: true,
      yearOfStudy: true,
      academicYear: true,
      leaderId: true,
      retiredAt: true,
      leader: { select: { id: true, name: true, active: true } },
      programme: {
        select: { id: true, name: true, retiredAt: true, institution: { select: { id: true, name: true } } },
      },
      _count: { select: { opportunities: true, involvement: true } },
    },
  });
}

/** Programmes new modules may go in: the institution's programmes that are not retired. */
export function listProgrammeChoices(
  { partnershipId, institutionId }: { partnershipId: string; institutionId?: string },
  db: DbClient = defaultDb,
) {
  return db.programme.findMany({
    where: { ...inPartnership(partnershipId), ...(institutionId ? { institutionId } : {}), retiredAt: null },
    orderBy: [{ institution: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, institution: { select: { id: true, shortName: true } } },
  });
}

/**
 * Who may lead a module of this institution: its active academics. `keepId` keeps the current
 * leader listed (marked) even after their account was deactivated, so the form shows who it is.
 */
export async function listLeaderChoices(
  { partnershipId, institutionId, keepId }: { partnershipId: string; institutionId: string; keepId?: string | null },
  db: DbClient = defaultDb,
) {
  return db.user.findMany({
    where: {
      institutionId,
      institution: { partnershipId },
      role: "ACADEMIC",
      OR: [{ active: true }, ...(keepId ? [{ id: keepId }] : [])],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, active: true },
  });
}
