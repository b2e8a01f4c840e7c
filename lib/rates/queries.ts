/** The rate card: one rate per opportunity type and basis from a date; old rates stay as history. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { OpportunityType, PayBasis } from "@/lib/generated/prisma/enums";
import { londonCalendarDate } from "./dates";

/** The rate that applies on the London date of `at`, or null when the card has none. */
export async function rateFor(
  {
    institutionId,
    opportunityType,
    basis,
    at,
  }: { institutionId: string; opportunityType: OpportunityType; basis: PayBasis; at: Date },
  db: DbClient = defaultDb,
) {
  return db.rate.findFirst({
    where: { institutionId, opportunityType, basis, effectiveFrom: { lte: londonCalendarDate(at) } },
    orderBy: { effectiveFrom: "desc" },
    select: {
      id: true,
      amountPence: true,
      basis: true,
      opportunityType: true,
      paysPreparation: true,
      effectiveFrom: true,
    },
  });
}

export type CardRate = {
  id: string;
  amountPence: number;
  paysPreparation: boolean;
  effectiveFrom: Date;
  createdAt: Date;
};
export type CardLine = {
  opportunityType: OpportunityType;
  basis: PayBasis;
  current: CardRate | null;
  upcoming: CardRate[];
  past: CardRate[];
};

/** Every type and basis on the card, with the rate in force today, later ones, and history. */
export async function rateCard(
  { institutionId, now = new Date() }: { institutionId: string; now?: Date },
  db: DbClient = defaultDb,
): Promise<CardLine[]> {
  const rates = await db.rate.findMany({
    where: { institutionId },
    select: {
      id: true,
      opportunityType: true,
      basis: true,
      amountPence: true,
      paysPreparation: true,
      effectiveFrom: true,
      createdAt: true,
    },
    orderBy: [{ opportunityType: "asc" }, { basis: "asc" }, { effectiveFrom: "desc" }],
    take: 2000,
  });
  const today = londonCalendarDate(now).getTime();
  const lines = new Map<string, CardLine>();
  for (const { opportunityType, basis, ...rate } of rates) {
    const key = `${opportunityType}|${basis}`;
    const line = lines.get(key) ?? { opportunityType, basis, current: null, upcoming: [], past: [] };
    lines.set(key, line);
    if (rate.effectiveFrom.getTime() > today) line.upcoming.unshift(rate);
    else if (!line.current) line.current = rate;
    else line.past.push(rate);
  }
  return [...lines.values()];
}

export async function paymentSettings({ institutionId }: { institutionId: string }, db: DbClient = defaultDb) {
  return db.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { name: true, mileageRatePence: true, latePaymentDays: true, costCentre: true },
  });
}
