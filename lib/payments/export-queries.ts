/** Finance exports: the list, what is ready to go, one batch, and its CSV lines. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { paged, pageFrom } from "@/lib/pagination";
import { paymentsOfInstitution } from "./access";
import type { FinanceLine } from "./finance-csv";

export async function listFinanceExports(
  { institutionId, page: rawPage }: { institutionId: string; page?: string },
  db: DbClient = defaultDb,
) {
  const { page, skip, take } = pageFrom(rawPage);
  const where = { institutionId };
  const [items, total] = await Promise.all([
    db.financeExport.findMany({
      where,
      select: {
        id: true,
        createdAt: true,
        paymentCount: true,
        totalPence: true,
        createdBy: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
    }),
    db.financeExport.count({ where }),
  ]);
  // Paid counts for this page's exports only: a relation _count would group every paid payment.
  const paid = items.length
    ? await db.payment.groupBy({
        by: ["financeExportId"],
        where: { financeExportId: { in: items.map((e) => e.id) }, status: "PAID" },
        _count: { _all: true },
      })
    : [];
  const paidBy = new Map(paid.map((p) => [p.financeExportId, p._count._all]));
  return paged(
    items.map((e) => ({ ...e, paidCount: paidBy.get(e.id) ?? 0 })),
    total,
    page,
  );
}

/** Approved payments waiting for the next export: how many and how much. */
export async function readyForExport({ institutionId }: { institutionId: string }, db: DbClient = defaultDb) {
  const where = { status: "APPROVED" as const, ...paymentsOfInstitution(institutionId) };
  const [fees, expenses] = await Promise.all([
    db.payment.aggregate({ where, _count: { _all: true }, _sum: { feePence: true } }),
    db.expenseItem.aggregate({ where: { payment: where }, _sum: { amountPence: true } }),
  ]);
  return { count: fees._count._all, totalPence: (fees._sum.feePence ?? 0) + (expenses._sum.amountPence ?? 0) };
}

export async function findFinanceExport(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const batch = await db.financeExport.findFirst({
    where: { id, institutionId },
    select: {
      id: true,
      createdAt: true,
      paymentCount: true,
      totalPence: true,
      createdBy: { select: { name: true } },
      institution: { select: { costCentre: true, shortName: true } },
      payments: {
        select: {
          id: true,
          status: true,
          method: true,
          feePence: true,
          sessionDate: true,
          paidAt: true,
          reference: true,
          expert: { select: { user: { select: { name: true } } } },
          payeePartner: { select: { name: true } },
          expenses: { select: { amountPence: true } },
          booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
        },
        orderBy: [{ sessionDate: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!batch) return null;
  const lines: (FinanceLine & { status: PaymentStatus; paidAt: Date | null; reference: string | null })[] =
    batch.payments.map((p) => ({
      paymentId: p.id,
      status: p.status,
      paidAt: p.paidAt,
      reference: p.reference,
      method: p.method,
      expertName: p.expert.user.name,
      partnerName: p.payeePartner?.name ?? null,
      feePence: p.feePence,
      expensesPence: p.expenses.reduce((sum, e) => sum + e.amountPence, 0),
      sessionTitle: p.booking.session.opportunity.title,
      sessionDate: p.sessionDate,
    }));
  const { payments: _payments, ...rest } = batch;
  void _payments;
  return { ...rest, lines };
}
