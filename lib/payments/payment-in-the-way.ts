/**
 * Which payments may simply go when attendance is corrected to "did not come", and for the others
 * what the coordinator should do instead: once a payment is approved, money is on its way.
 */
import type { PaymentStatus } from "@/lib/generated/prisma/enums";

/** Payments no one has approved yet: removing one takes no money back from anybody. */
export const REMOVABLE: readonly PaymentStatus[] = ["DRAFT", "SUBMITTED", "DECLINED_BY_EXPERT"];

/** Why a payment cannot simply go because attendance was corrected, and what to do instead. */
export function paymentInTheWay(status: PaymentStatus, name: string): string | null {
  switch (status) {
    case "APPROVED":
      return `${name}'s payment for this session has already been approved, so attendance has not been changed. If it should not be paid, open the payment and send it back first, then change the attendance.`;
    case "SENT_TO_FINANCE":
      return `${name}'s payment for this session has already been sent to the finance office, so attendance has not been changed. Ask the finance office to stop the payment, or to record it as an overpayment if it has gone out.`;
    case "PAID":
      return `${name} has already been paid for this session, so attendance has not been changed. Ask the finance office to record it as an overpayment and how it should be recovered.`;
    default:
      return null;
  }
}
