import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { paymentSteps } from "@/lib/payments/steps";

/**
 * Session attended → Expenses added → Approved → Sent to finance → Paid, with each step's
 * state written in words (not only shown by colour). Shared by the expert and coordinator pages.
 */
export function StepLine({
  status,
  compact = false,
  label = "Payment progress",
}: {
  status: PaymentStatus;
  compact?: boolean;
  label?: string;
}) {
  const steps = paymentSteps(status);
  if (!steps) return <p className="font-bold">No claim: the expert said they did not want a fee or expenses.</p>;
  return (
    <ol aria-label={label} className={compact ? "grid gap-1 text-base sm:flex sm:flex-wrap sm:gap-x-1" : "grid gap-2"}>
      {steps.map((step, i) => (
        <li
          key={step.label}
          aria-current={step.state === "current" ? "step" : undefined}
          className={[
            "flex items-center gap-2",
            compact ? "" : "min-h-8",
            step.state === "todo" ? "text-muted" : "",
            step.state === "current" ? "font-bold" : "",
          ].join(" ")}
        >
          <span
            aria-hidden="true"
            className={[
              "inline-flex size-6 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold",
              step.state === "done" ? "border-ok bg-ok text-white" : "",
              step.state === "current" ? "border-link bg-link text-white" : "",
              step.state === "todo" ? "border-line bg-white text-muted" : "",
            ].join(" ")}
          >
            {step.state === "done" ? "✓" : i + 1}
          </span>
          <span>
            {step.label}
            {step.state === "current" && <span> (now)</span>}
            {step.state === "done" && <span className="sr-only"> (done)</span>}
            {step.state === "todo" && <span className="sr-only"> (not yet)</span>}
          </span>
          {compact && i < steps.length - 1 && (
            <span aria-hidden="true" className="mx-1 hidden text-muted sm:inline">
              →
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
