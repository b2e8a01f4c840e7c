/**
 * The one earnings figure, wherever earnings appear (the expert's payments page, their statement,
 * the coordinator's view of a payment) and behind every earnings-limit warning: the fees of the
 * expert's payments for sessions in a period, by the session date, split into approved (approved,
 * sent to finance or paid) and waiting (not yet sent, or sent and waiting for approval).
 * Expenses are not earnings; a fee the expert chose not to claim is not counted at all.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";

export const APPROVED_STATUSES = ["APPROVED", "SENT_TO_FINANCE", "PAID"] as const satisfies readonly PaymentStatus[];
export const WAITING_STATUSES = ["DRAFT", "SUBMITTED"] as const satisfies readonly PaymentStatus[];

export type Earned = { earnedPence: number; approvedPence: number; waitingPence: number };

export async function earnedBetween(
  { expertId, start, end, excludePaymentId }: { expertId: string; start: Date; end: Date; excludePaymentId?: string },
  db: DbClient = defaultDb,
): Promise<Earned> {
  // Summed in the database, one row per status.
  const rows = await db.payment.groupBy({
    by: ["status"],
    where: {
      expertId,
      status: { in: [...APPROVED_STATUSES, ...WAITING_STATUSES] },
      sessionDate: { gte: start, lt: end },
      ...(excludePaymentId ? { id: { not: excludePaymentId } } : {}),
    },
    _sum: { feePence: true },
  });
  const sum = (statuses: readonly PaymentStatus[]) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((total, r) => total + (r._sum.feePence ?? 0), 0);
  const approvedPence = sum(APPROVED_STATUSES);
  const waitingPence = sum(WAITING_STATUSES);
  return { earnedPence: approvedPence + waitingPence, approvedPence, waitingPence };
}
