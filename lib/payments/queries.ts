/** Reading payments: lists for coordinators and experts, one payment in full, late payments. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { paged, pageFrom } from "@/lib/pagination";
import { paymentsOfInstitution } from "./access";
import { lateCutoff, SETTLED } from "./late";

const ROW = {
  id: true,
  status: true,
  method: true,
  feePence: true,
  sessionDate: true,
  sentBackReason: true,
  submittedAt: true,
  approvedAt: true,
  sentToFinanceAt: true,
  paidAt: true,
  reference: true,
  expert: { select: { id: true, user: { select: { name: true } } } },
  payeePartner: { select: { name: true } },
  expenses: { select: { amountPence: true } },
  booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
} satisfies Prisma.PaymentSelect;

type RowData = Prisma.PaymentGetPayload<{ select: typeof ROW }>;

function toRow({ expenses, booking, expert, payeePartner, ...payment }: RowData) {
  const expensesPence = expenses.reduce((sum, e) => sum + e.amountPence, 0);
  return {
    ...payment,
    expertId: expert.id,
    expertName: expert.user.name,
    partnerName: payeePartner?.name ?? null,
    title: booking.session.opportunity.title,
    expenseCount: expenses.length,
    expensesPence,
    totalPence: payment.feePence + expensesPence,
  };
}

export type PaymentRow = ReturnType<typeof toRow>;

export const COORDINATOR_TABS = [
  { key: "submitted", label: "To approve" },
  { key: "draft", label: "With the expert" },
  { key: "approved", label: "Approved" },
  { key: "sent", label: "Sent to finance" },
  { key: "paid", label: "Paid" },
  { key: "late", label: "Late" },
  { key: "all", label: "All" },
] as const;

export type CoordinatorTab = (typeof COORDINATOR_TABS)[number]["key"];

const TAB_STATUS: Partial<Record<CoordinatorTab, PaymentStatus>> = {
  submitted: "SUBMITTED",
  draft: "DRAFT",
  approved: "APPROVED",
  sent: "SENT_TO_FINANCE",
  paid: "PAID",
};

export function tabFrom(raw: string | string[] | undefined): CoordinatorTab {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return COORDINATOR_TABS.find((t) => t.key === value)?.key ?? "submitted";
}

function lateWhere(latePaymentDays: number, now: Date): Prisma.PaymentWhereInput {
  return { status: { notIn: [...SETTLED] }, sessionDate: { lt: lateCutoff(latePaymentDays, now) } };
}

export async function listPaymentsForInstitution(
  {
    institutionId,
    now = new Date(),
    ...filters
  }: { institutionId: string; tab: CoordinatorTab; q?: string; page?: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const institution = await db.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { latePaymentDays: true },
  });
  const { page, skip, take } = pageFrom(filters.page);
  const scope = paymentsOfInstitution(institutionId);
  const status = TAB_STATUS[filters.tab];
  const q = filters.q?.trim().slice(0, 100);
  const where: Prisma.PaymentWhereInput = {
    AND: [
      scope,
      status ? { status } : {},
      filters.tab === "late" ? lateWhere(institution.latePaymentDays, now) : {},
      q ? { expert: { user: { name: { contains: q, mode: "insensitive" } } } } : {},
    ],
  };
  const orderBy: Prisma.PaymentOrderByWithRelationInput[] =
    filters.tab === "paid" ? [{ paidAt: "desc" }, { id: "asc" }] : [{ sessionDate: "asc" }, { id: "asc" }];
  const [items, total, byStatus, late] = await Promise.all([
    db.payment.findMany({ where, select: ROW, orderBy, skip, take }),
    db.payment.count({ where }),
    db.payment.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.payment.count({ where: { AND: [scope, lateWhere(institution.latePaymentDays, now)] } }),
  ]);
  const counts: Record<CoordinatorTab, number> = {
    submitted: 0,
    draft: 0,
    approved: 0,
    sent: 0,
    paid: 0,
    late,
    all: 0,
  };
  for (const group of byStatus) {
    const tab = (Object.keys(TAB_STATUS) as CoordinatorTab[]).find((k) => TAB_STATUS[k] === group.status);
    if (tab) counts[tab] = group._count._all;
    counts.all += group._count._all;
  }
  return { ...paged(items.map(toRow), total, page), counts, latePaymentDays: institution.latePaymentDays };
}

export async function latePaymentsForInstitution(
  { institutionId, take = 5, now = new Date() }: { institutionId: string; take?: number; now?: Date },
  db: DbClient = defaultDb,
) {
  const institution = await db.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { latePaymentDays: true },
  });
  const where: Prisma.PaymentWhereInput = {
    AND: [paymentsOfInstitution(institutionId), lateWhere(institution.latePaymentDays, now)],
  };
  const [items, count] = await Promise.all([
    db.payment.findMany({ where, select: ROW, orderBy: [{ sessionDate: "asc" }, { id: "asc" }], take }),
    db.payment.count({ where }),
  ]);
  return { items: items.map(toRow), count, latePaymentDays: institution.latePaymentDays };
}

export async function listPaymentsForExpert(
  { expertId, page: rawPage }: { expertId: string; page?: string },
  db: DbClient = defaultDb,
) {
  const { page, skip, take } = pageFrom(rawPage, 10);
  const where = { expertId };
  const [items, total] = await Promise.all([
    // Unpaid first (oldest at the top, they matter most), then the most recently paid.
    db.payment.findMany({
      where,
      select: ROW,
      orderBy: [{ paidAt: { sort: "desc", nulls: "first" } }, { sessionDate: "asc" }, { id: "asc" }],
      skip,
      take,
    }),
    db.payment.count({ where }),
  ]);
  return paged(items.map(toRow), total, page, 10);
}

const DETAIL = {
  ...ROW,
  expenses: {
    select: {
      id: true,
      type: true,
      miles: true,
      amountPence: true,
      note: true,
      createdAt: true,
      addedBy: { select: { name: true, role: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  approvedBy: { select: { name: true } },
  financeExport: { select: { id: true, createdAt: true } },
  expert: {
    select: {
      id: true,
      userId: true,
      paymentPreference: true,
      earningsLimitPence: true,
      earningsLimitPeriod: true,
      user: { select: { name: true, email: true, phone: true } },
    },
  },
  booking: {
    select: {
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          location: true,
          opportunity: {
            select: {
              id: true,
              title: true,
              payRatePence: true,
              payBasis: true,
              preparationMinutes: true,
              institution: { select: { mileageRatePence: true, latePaymentDays: true } },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.PaymentSelect;

type DetailData = Prisma.PaymentGetPayload<{ select: typeof DETAIL }>;

function toDetail(payment: DetailData) {
  const expensesPence = payment.expenses.reduce((sum, e) => sum + e.amountPence, 0);
  const { session } = payment.booking;
  return {
    ...payment,
    session,
    opportunity: session.opportunity,
    institution: session.opportunity.institution,
    expensesPence,
    totalPence: payment.feePence + expensesPence,
  };
}

export type PaymentDetail = ReturnType<typeof toDetail>;

export async function findPaymentForInstitution(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const payment = await db.payment.findFirst({
    where: { id, ...paymentsOfInstitution(institutionId) },
    select: DETAIL,
  });
  return payment && toDetail(payment);
}

export async function findPaymentForExpert(
  { id, expertId }: { id: string; expertId: string },
  db: DbClient = defaultDb,
) {
  const payment = await db.payment.findFirst({ where: { id, expertId }, select: DETAIL });
  return payment && toDetail(payment);
}

/** Everything that happened to one payment, oldest first. */
export async function paymentAuditTrail({ paymentId }: { paymentId: string }, db: DbClient = defaultDb) {
  return db.auditEvent.findMany({
    where: { entityType: "Payment", entityId: paymentId },
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true, role: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

/** The oldest payment waiting for approval other than this one: where "Approve and next" goes. */
export function nextPaymentToApprove(
  { institutionId, excludingId }: { institutionId: string; excludingId: string },
  db: DbClient = defaultDb,
) {
  return db.payment.findFirst({
    where: { ...paymentsOfInstitution(institutionId), status: "SUBMITTED", id: { not: excludingId } },
    orderBy: [{ sessionDate: "asc" }, { id: "asc" }],
    select: { id: true },
  });
}
