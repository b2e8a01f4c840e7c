/**
 * The pay of an opportunity from the rate card: the card's rate for its kind and basis on the
 * date of its first session (today while it has none). A coordinator may set another amount,
 * with a reason whenever it differs from the card. The server decides; ids from the form are
 * never trusted for the amount.
 */
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import type { DbClient } from "@/lib/db";
import type { OpportunityType, PayBasis } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/format";
import { OPPORTUNITY_TYPE, PAY_BASIS } from "@/lib/labels";
import { rateFor } from "./queries";

export type PayChoice = {
  type: OpportunityType;
  payBasis: PayBasis;
  /** "card": use the card's amount; "own" (or absent): the amount typed in payRate. */
  payFrom?: "card" | "own";
  payRate?: number;
  rateOverrideReason?: string;
};

const invalid = (field: string, message: string) => new ActionError(message, "INVALID", { [field]: [message] });

export async function resolvePay(
  { institutionId, input, opportunityId }: { institutionId: string; input: PayChoice; opportunityId?: string },
  db: DbClient,
) {
  const first = opportunityId
    ? await db.session.findFirst({
        where: { opportunityId, cancelledAt: null },
        orderBy: { startsAt: "asc" },
        select: { startsAt: true },
      })
    : null;
  const card = await rateFor(
    { institutionId, opportunityType: input.type, basis: input.payBasis, at: first?.startsAt ?? new Date() },
    db,
  );
  const what = `${OPPORTUNITY_TYPE[input.type].toLowerCase()}, ${PAY_BASIS[input.payBasis]}`;

  if (input.payFrom === "card") {
    if (!card)
      throw invalid(
        "payFrom",
        `The rate card has no rate for ${what}. Choose a different amount and enter it, or add the rate to the card first`,
      );
    return { payRatePence: card.amountPence, rateId: card.id, rateOverrideReason: null };
  }
  if (input.payRate === undefined) throw invalid("payRate", "Enter the pay rate in pounds, for example 25.00");
  if (card && input.payRate === card.amountPence)
    return { payRatePence: card.amountPence, rateId: card.id, rateOverrideReason: null };
  if (card && !input.rateOverrideReason) {
    throw invalid(
      "rateOverrideReason",
      `The rate card pays ${formatMoney(card.amountPence)} ${PAY_BASIS[input.payBasis]} for this. Say why this opportunity pays a different amount`,
    );
  }
  return { payRatePence: input.payRate, rateId: null, rateOverrideReason: input.rateOverrideReason ?? null };
}
