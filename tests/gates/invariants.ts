/**
 * Rules the data must always keep, whatever was submitted: checked after every write the
 * hostile-input gate lets through and after the concurrency races. Each query returns the
 * rows that break its rule; an empty list means the database is sane.
 */
import { db } from "@/lib/db";

const RULES: { rule: string; sql: string }[] = [
  {
    rule: "a session never has more confirmed people than places",
    sql: `SELECT s.id, s.places, count(b.id)::int AS confirmed FROM "Session" s JOIN "Booking" b ON b."sessionId" = s.id AND b.status = 'CONFIRMED'
          GROUP BY s.id HAVING count(b.id) > s.places`,
  },
  {
    rule: "a session ends after it starts and has 1–200 places",
    sql: `SELECT id FROM "Session" WHERE "endsAt" <= "startsAt" OR places < 1 OR places > 200`,
  },
  {
    rule: "pay rates and preparation time are within bounds",
    sql: `SELECT id FROM "Opportunity" WHERE "payRatePence" < 0 OR "preparationMinutes" < 0 OR "preparationMinutes" > 600`,
  },
  { rule: "fees are never negative", sql: `SELECT id FROM "Payment" WHERE "feePence" < 0` },
  {
    rule: "a group meeting is never a module's involvement evidence",
    sql: `SELECT r.id FROM "InvolvementRecord" r JOIN "Session" s ON s.id = r."sessionId" JOIN "Opportunity" o ON o.id = s."opportunityId"
          WHERE o.type = 'GROUP_MEETING'`,
  },
  {
    rule: "an expense is 1p–£5,000 and 1–1,000 miles",
    sql: `SELECT id FROM "ExpenseItem" WHERE "amountPence" < 1 OR "amountPence" > 500000 OR (miles IS NOT NULL AND (miles < 1 OR miles > 1000))`,
  },
  {
    rule: "a payment belongs to an attended booking",
    sql: `SELECT p.id FROM "Payment" p JOIN "Booking" b ON b.id = p."bookingId" WHERE b.status <> 'ATTENDED'`,
  },
  {
    rule: "a payment is for its booking's expert",
    sql: `SELECT p.id FROM "Payment" p JOIN "Booking" b ON b.id = p."bookingId" WHERE b."expertId" <> p."expertId"`,
  },
  {
    rule: "payment dates follow the status",
    sql: `SELECT id FROM "Payment" WHERE (status IN ('APPROVED','SENT_TO_FINANCE','PAID') AND "approvedAt" IS NULL)
          OR (status IN ('SENT_TO_FINANCE','PAID') AND "financeExportId" IS NULL AND "sentToFinanceAt" IS NULL)
          OR (status = 'PAID' AND "paidAt" IS NULL)`,
  },
  {
    rule: "involvement records have positive minutes (≤ 24 h) and 1–100 people",
    sql: `SELECT id FROM "InvolvementRecord" WHERE minutes < 1 OR minutes > 1440 OR "expertCount" < 1 OR "expertCount" > 100`,
  },
  { rule: "ratings are 1–5", sql: `SELECT id FROM "Feedback" WHERE rating < 1 OR rating > 5` },
  { rule: "rates are positive", sql: `SELECT id FROM "Rate" WHERE "amountPence" < 1` },
  {
    rule: "institution payment settings are within bounds",
    sql: `SELECT id FROM "Institution" WHERE "mileageRatePence" < 1 OR "mileageRatePence" > 500 OR "latePaymentDays" < 1 OR "latePaymentDays" > 365`,
  },
  {
    rule: "an earnings limit is positive and has a period",
    sql: `SELECT id FROM "ExpertProfile" WHERE "earningsLimitPence" IS NOT NULL AND ("earningsLimitPence" <= 0 OR "earningsLimitPeriod" IS NULL)`,
  },
  {
    rule: "a withdrawn booking says when",
    sql: `SELECT id FROM "Booking" WHERE status = 'WITHDRAWN' AND "withdrawnAt" IS NULL`,
  },
  {
    rule: "one booking per expert per session",
    sql: `SELECT "sessionId", "expertId" FROM "Booking" GROUP BY 1, 2 HAVING count(*) > 1`,
  },
];

export async function invariantViolations(): Promise<string[]> {
  const out: string[] = [];
  for (const { rule, sql } of RULES) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`${sql} LIMIT 5`);
    if (rows.length) out.push(`${rule}: ${JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
  }
  return out;
}
