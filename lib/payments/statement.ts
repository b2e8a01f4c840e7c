/**
 * The expert's annual statement for a UK tax year (6 April – 5 April), by session date: every
 * approved, sent or paid payment with its fee and expenses. Fees are earnings; expenses are not.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { EXPENSE_TYPE, PAYMENT_PREFERENCE, PAYMENT_STATUS } from "@/lib/labels";
import { penceToDecimal, toDateInput } from "@/lib/format";
import { fromLondon, taxYearOf } from "@/lib/time";
import { toCsv } from "@/lib/csv";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { APPROVED_STATUSES, earnedBetween } from "./earned";

/** The statement lists approved payments; the waiting ones are counted in `earnings`, not listed. */
export const STATEMENT_STATUSES: readonly PaymentStatus[] = APPROVED_STATUSES;

/** `?year=2026` → the tax year starting 6 April 2026; anything else → the current tax year. */
export function taxYearFrom(raw: string | string[] | undefined, now = new Date()) {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const current = taxYearOf(now);
  const startYear =
    value && /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100
      ? Number(value)
      : current.start.getUTCFullYear();
  return taxYearOf(fromLondon(startYear, 4, 6));
}

export async function statementForExpert(
  { expertId, taxYear }: { expertId: string; taxYear: { start: Date; end: Date } },
  db: DbClient = defaultDb,
) {
  const [payments, earnings] = await Promise.all([
    db.payment.findMany({
      where: {
        expertId,
        status: { in: [...STATEMENT_STATUSES] },
        sessionDate: { gte: taxYear.start, lt: taxYear.end },
      },
      select: {
        id: true,
        status: true,
        method: true,
        feePence: true,
        sessionDate: true,
        paidAt: true,
        reference: true,
        expenses: { select: { type: true, amountPence: true }, orderBy: { createdAt: "asc" } },
        booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
      },
      orderBy: [{ sessionDate: "asc" }, { id: "asc" }],
    }),
    earnedBetween({ expertId, start: taxYear.start, end: taxYear.end }, db),
  ]);
  const rows = payments.map((p) => {
    const expensesPence = p.expenses.reduce((sum, e) => sum + e.amountPence, 0);
    const expenseTypes = [...new Set(p.expenses.map((e) => EXPENSE_TYPE[e.type]))].join(", ");
    return {
      id: p.id,
      status: p.status,
      method: p.method,
      sessionDate: p.sessionDate,
      paidAt: p.paidAt,
      reference: p.reference,
      title: p.booking.session.opportunity.title,
      feePence: p.feePence,
      expensesPence,
      expenseTypes,
      totalPence: p.feePence + expensesPence,
    };
  });
  const totals = rows.reduce(
    (t, r) => ({
      feePence: t.feePence + r.feePence,
      expensesPence: t.expensesPence + r.expensesPence,
      totalPence: t.totalPence + r.totalPence,
      paidPence: t.paidPence + (r.status === "PAID" ? r.totalPence : 0),
    }),
    { feePence: 0, expensesPence: 0, totalPence: 0, paidPence: 0 },
  );
  return { rows, totals, earnings };
}

export type Statement = Awaited<ReturnType<typeof statementForExpert>>;

export function statementCsv(statement: Statement): string {
  const rows: (string | null)[][] = statement.rows.map((r) => [
    toDateInput(r.sessionDate),
    r.title,
    PAYMENT_PREFERENCE[r.method],
    PAYMENT_STATUS[r.status],
    penceToDecimal(r.feePence),
    penceToDecimal(r.expensesPence),
    penceToDecimal(r.totalPence),
    r.paidAt ? toDateInput(r.paidAt) : "",
    r.reference ?? "",
  ]);
  const t = statement.totals;
  rows.push([
    "Total",
    "",
    "",
    "",
    penceToDecimal(t.feePence),
    penceToDecimal(t.expensesPence),
    penceToDecimal(t.totalPence),
    "",
    "",
  ]);
  return toCsv(
    ["session date", "session", "how paid", "status", "fee (earnings)", "expenses", "total", "paid on", "reference"],
    rows,
  );
}
