/** Partner groups of the coordinator's partnership. Another partnership's groups are not found. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { paged } from "@/lib/pagination";

export type PartnerFilters = { type?: PartnerType; q?: string };
type Page = { page: number; size: number };

export async function listPartners(
  { partnershipId, filters, page }: { partnershipId: string; filters: PartnerFilters; page: Page },
  db: DbClient = defaultDb,
) {
  const q = filters.q?.trim();
  const where: Prisma.PartnerWhereInput = {
    partnershipId,
    ...(filters.type ? { type: filters.type } : {}),
    ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    db.partner.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page.page - 1) * page.size,
      take: page.size,
      select: {
        id: true,
        name: true,
        type: true,
        contactName: true,
        contactEmail: true,
        _count: { select: { experts: true } },
      },
    }),
    db.partner.count({ where }),
  ]);
  return paged(
    items.map(({ _count, ...p }) => ({ ...p, expertCount: _count.experts })),
    total,
    page.page,
    page.size,
  );
}

export async function findPartner(
  { id, partnershipId }: { id: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  return db.partner.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      name: true,
      type: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      notes: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

export async function listPartnerExperts(
  { partnerId, partnershipId, page }: { partnerId: string; partnershipId: string; page: Page },
  db: DbClient = defaultDb,
) {
  const where: Prisma.ExpertProfileWhereInput = { partnershipId, partners: { some: { id: partnerId, partnershipId } } };
  const [items, total] = await Promise.all([
    db.expertProfile.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (page.page - 1) * page.size,
      take: page.size,
      select: { id: true, status: true, paymentPartnerId: true, user: { select: { name: true } } },
    }),
    db.expertProfile.count({ where }),
  ]);
  return paged(items, total, page.page, page.size);
}

export type PartnerDetail = NonNullable<Awaited<ReturnType<typeof findPartner>>>;
