/** Staff accounts of a partnership, as its admins see them. Every query is scoped by partnership. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paged, PAGE_SIZE, type Paged } from "@/lib/pagination";
import { STAFF_ROLES, type StaffRole, type StaffStatus } from "./schemas";

export type StaffFilters = { q?: string; institutionId?: string; role?: StaffRole; status?: StaffStatus };

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  status: StaffStatus;
  institution: { id: string; name: string };
  lastSignInAt: Date | null;
  createdAt: Date;
  deactivatedAt: Date | null;
};

const select = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
  deactivatedAt: true,
  institution: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

type Selected = Prisma.UserGetPayload<{ select: typeof select }>;

export const statusOf = (u: { active: boolean; lastSignInAt: Date | null }): StaffStatus =>
  !u.active ? "DEACTIVATED" : u.lastSignInAt ? "ACTIVE" : "INVITED";

const toRow = (u: Selected): StaffRow => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role as StaffRole,
  status: statusOf(u),
  // Staff always belong to an institution (the where clause below requires one).
  institution: u.institution!,
  lastSignInAt: u.lastSignInAt,
  createdAt: u.createdAt,
  deactivatedAt: u.deactivatedAt,
});

const STATUS_WHERE: Record<StaffStatus, Prisma.UserWhereInput> = {
  ACTIVE: { active: true, lastSignInAt: { not: null } },
  INVITED: { active: true, lastSignInAt: null },
  DEACTIVATED: { active: false },
};

export async function listStaff(
  {
    partnershipId,
    filters = {},
    page = 1,
    size = PAGE_SIZE,
  }: { partnershipId: string; filters?: StaffFilters; page?: number; size?: number },
  db: DbClient = defaultDb,
): Promise<Paged<StaffRow>> {
  const q = filters.q?.trim();
  const where: Prisma.UserWhereInput = {
    role: filters.role ? filters.role : { in: [...STAFF_ROLES] },
    institution: { partnershipId, ...(filters.institutionId ? { id: filters.institutionId } : {}) },
    ...(filters.status ? STATUS_WHERE[filters.status] : {}),
    ...(q
      ? {
          OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
    }),
    db.user.count({ where }),
  ]);
  return paged(rows.map(toRow), total, page, size);
}

/** One staff member of the partnership, with their current invitation (if any); null if not ours. */
export async function findStaffMember(
  { userId, partnershipId }: { userId: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  const user = await db.user.findFirst({
    where: { id: userId, role: { in: [...STAFF_ROLES] }, institution: { partnershipId } },
    select: {
      ...select,
      passwordTokens: {
        where: { usedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true, expiresAt: true },
      },
    },
  });
  if (!user) return null;
  const invitation = user.passwordTokens[0] ?? null;
  return { ...toRow(user), invitation };
}

/** How many active admins the partnership has (the page warns before the last one is touched). */
export async function countActiveAdmins({ partnershipId }: { partnershipId: string }, db: DbClient = defaultDb) {
  return db.user.count({ where: { role: "ADMIN", active: true, institution: { partnershipId } } });
}
