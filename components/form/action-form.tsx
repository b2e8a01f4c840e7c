"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { FormStateContext } from "./form-context";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  /** Shown after success when the action returns no message of its own. */
  successMessage?: string;
  /** Hide the error summary for tiny one-button forms that show errors inline. */
  compact?: boolean;
  "aria-label"?: string;
};

/** A form bound to a server action through the shared form-state contract. */
export function ActionForm({ action, children, className, successMessage, compact, ...rest }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const success = state.status === "success" ? (state.message ?? successMessage) : undefined;
  return (
    <FormStateContext value={state}>
      <form action={formAction} noValidate className={className} aria-label={rest["aria-label"]}>
        {compact ? (
          state.status === "error" && (
            <p className="error-message" role="alert">
              {state.message}
            </p>
          )
        ) : (
          <ErrorSummary state={state} />
        )}
        {success && (
          <p role="status" className="mb-4 border-l-8 border-ok bg-[#cce2d8] p-3 font-bold">
            {success}
          </p>
        )}
        {state.warnings?.map((warning) => (
          <p key={warning} role="status" className="mb-4 border-l-8 border-warn bg-[#fff7bf] p-3 font-bold">
            {warning}
          </p>
        ))}
        {children}
      </form>
    </FormStateContext>
  );
}
