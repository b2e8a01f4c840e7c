"use client";

import { useActionState, type ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { FormStateContext } from "./form-context";

/** A server action made with defineAction, as a form calls it. */
export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  action: FormAction;
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
          <Notice tone="success" role="status" bold className="mb-4">
            {success}
          </Notice>
        )}
        {state.warnings?.map((warning) => (
          <Notice key={warning} tone="warning" role="status" bold className="mb-4">
            {warning}
          </Notice>
        ))}
        {children}
      </form>
    </FormStateContext>
  );
}
