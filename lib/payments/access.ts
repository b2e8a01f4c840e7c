/** Who may touch which payment: an expert their own; a coordinator or admin their institution's. */
import { ActionError } from "@/lib/actions/action-error";
import { isCoordinatorCaller, type CoordinatorCaller, type ExpertCaller } from "@/lib/auth/caller";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";

/** Payments are acted on by their expert and by the coordinators of the session's institution. */
export type PaymentCaller = CoordinatorCaller | ExpertCaller;

/** The payments for sessions of one institution. */
export function paymentsOfInstitution(institutionId: string): Prisma.PaymentWhereInput {
  return { booking: { session: { opportunity: { institutionId } } } };
}

/** The payments this caller may see and act on. */
export function paymentScope(user: PaymentCaller): Prisma.PaymentWhereInput {
  return isCoordinatorCaller(user) ? paymentsOfInstitution(user.institutionId) : { expertId: user.expertId };
}

/** Expenses can change until the payment is approved. */
export const EDITABLE: readonly PaymentStatus[] = ["DRAFT", "SUBMITTED"];

/** Why a payment in `status` cannot have `what` done to it, in words for this user. */
export function stateRefusal(
  status: PaymentStatus,
  user: Pick<PaymentCaller, "role">,
  what: "change" | "submit" | "approve" | "send back" | "mark as paid",
): ActionError {
  const ask = user.role === "EXPERT" ? " Ask your coordinator." : "";
  switch (status) {
    case "APPROVED":
    case "SENT_TO_FINANCE":
    case "PAID":
      if (what === "change" || what === "submit") {
        return new ActionError(
          status === "PAID"
            ? `This payment has been paid, so it cannot be changed.${ask}`
            : `This payment has been approved, so it cannot be changed.${ask}`,
        );
      }
      if (what === "approve")
        return new ActionError(
          status === "APPROVED"
            ? "This payment has already been approved."
            : "This payment has already been approved and sent to finance.",
        );
      if (what === "mark as paid" && status === "PAID")
        return new ActionError("This payment has already been marked as paid.");
      if (what === "mark as paid")
        return new ActionError(
          "Only payments sent to finance can be marked as paid. Send it in a finance export first.",
        );
      return new ActionError("This payment has already gone to the finance office, so it cannot be sent back.");
    case "DECLINED_BY_EXPERT":
      return new ActionError(
        `The expert said they did not want to claim anything for this session, so it cannot be changed.${ask}`,
      );
    case "SUBMITTED":
      if (what === "submit") return new ActionError("This payment has already been sent for approval.");
      return new ActionError("Only payments sent to finance can be marked as paid.");
    case "DRAFT":
      if (what === "send back")
        return new ActionError("This payment is already with the expert: it has not been sent for approval.");
      return new ActionError("Only payments sent to finance can be marked as paid.");
  }
}
