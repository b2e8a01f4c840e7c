/**
 * Payments as the expert sees them on their own pages (home and payments), filtered by the
 * signed-in expert's own id.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

/** The latest payments with their total (fee plus expenses), newest session first. */
export async function findRecentPayments(
  { expertId, take = 4 }: { expertId: string; take?: number },
  db: DbClient = defaultDb,
) {
  const rows = await db.payment.findMany({
    where: { expertId },
    orderBy: [{ sessionDate: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      feePence: true,
      sessionDate: true,
      paidAt: true,
      expenses: { select: { amountPence: true } },
      booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    status: p.status,
    sessionDate: p.sessionDate,
    paidAt: p.paidAt,
    title: p.booking.session.opportunity.title,
    totalPence: p.feePence + p.expenses.reduce((sum, e) => sum + e.amountPence, 0),
  }));
}
