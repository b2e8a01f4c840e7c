/** Institutions of the admin's partnership. Another partnership's institutions are not found. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { academicYearOf } from "@/lib/time";

const STAFF_ROLES = ["COORDINATOR", "ACADEMIC", "ADMIN"] as const;

/** Every institution of the partnership with its counts: programmes, this year's modules, active staff. */
export async function listInstitutions(
  { partnershipId, now = new Date() }: { partnershipId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const academicYear = academicYearOf(now);
  const institutions = await db.institution.findMany({
    where: { partnershipId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      shortName: true,
      expertContactName: true,
      _count: {
        select: {
          programmes: { where: { retiredAt: null } },
          users: { where: { active: true, role: { in: [...STAFF_ROLES] } } },
        },
      },
    },
  });
  const moduleCounts = await Promise.all(
    institutions.map((i) =>
      db.module.count({
        where: { academicYear, retiredAt: null, programme: { institutionId: i.id, retiredAt: null } },
      }),
    ),
  );
  return {
    academicYear,
    items: institutions.map(({ _count, ...i }, n) => ({
      ...i,
      programmeCount: _count.programmes,
      activeStaffCount: _count.users,
      currentModuleCount: moduleCounts[n] ?? 0,
    })),
  };
}

export function findInstitution(
  { id, partnershipId }: { id: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  return db.institution.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      name: true,
      shortName: true,
      costCentre: true,
      mileageRatePence: true,
      latePaymentDays: true,
      expertContactName: true,
      expertContactEmail: true,
      expertContactPhone: true,
      privacyContactEmail: true,
      accessibilityContactEmail: true,
      regulator: true,
      createdAt: true,
    },
  });
}

/** For filters and selects: the partnership's institutions by name. */
export function listInstitutionChoices({ partnershipId }: { partnershipId: string }, db: DbClient = defaultDb) {
  return db.institution.findMany({
    where: { partnershipId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true },
  });
}

export type InstitutionDetail = NonNullable<Awaited<ReturnType<typeof findInstitution>>>;
