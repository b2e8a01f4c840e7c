/** The expert's step line: where a payment is, in plain words. */
import type { PaymentStatus } from "@/lib/generated/prisma/enums";

export const PAYMENT_STEPS = ["Session attended", "Expenses added", "Approved", "Sent to finance", "Paid"] as const;

const INDEX: Partial<Record<PaymentStatus, number>> = {
  DRAFT: 0,
  SUBMITTED: 1,
  APPROVED: 2,
  SENT_TO_FINANCE: 3,
  PAID: 4,
};

export type StepState = "done" | "current" | "todo";

/** Each step with its state; null when the expert declined (there is no line to follow). */
export function paymentSteps(status: PaymentStatus): { label: string; state: StepState }[] | null {
  const at = INDEX[status];
  if (at === undefined) return null;
  return PAYMENT_STEPS.map((label, i) => ({
    label,
    state: i < at ? "done" : i === at ? (at === 4 ? "done" : "current") : "todo",
  }));
}

/** What happens next, for the expert. */
export function nextStepForExpert(status: PaymentStatus, sentBack: boolean): string {
  switch (status) {
    case "DRAFT":
      return sentBack
        ? "Your coordinator asked for a change. Check your expenses, then send it again."
        : "Add any expenses, such as travel or parking, then send it for approval.";
    case "SUBMITTED":
      return "Your coordinator will check it. You can still add an expense you forgot.";
    case "APPROVED":
      return "Approved. It will go to the finance office in the next batch.";
    case "SENT_TO_FINANCE":
      return "The finance office has it and will pay you.";
    case "PAID":
      return "Paid.";
    case "DECLINED_BY_EXPERT":
      return "You said you did not want to claim anything for this session.";
  }
}

/** Status words for coordinators, who act on them. */
export const COORDINATOR_STATUS: Record<
  PaymentStatus,
  { label: string; colour: "grey" | "yellow" | "blue" | "orange" | "green" }
> = {
  DRAFT: { label: "With the expert", colour: "grey" },
  SUBMITTED: { label: "To approve", colour: "yellow" },
  APPROVED: { label: "Approved", colour: "blue" },
  SENT_TO_FINANCE: { label: "Sent to finance", colour: "orange" },
  PAID: { label: "Paid", colour: "green" },
  DECLINED_BY_EXPERT: { label: "Nothing to claim", colour: "grey" },
};
