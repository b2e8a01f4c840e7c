"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
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
  // After an action that stays on the page, focus moves to what it says happened (GOV.UK's
  // notification banner does the same), not to <body> when the button that was pressed goes away.
  const said = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.status === "success") said.current?.focus();
  }, [state]);
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
          <Notice ref={said} tabIndex={-1} tone="success" role="status" bold className="mb-4">
            {success}
          </Notice>
        )}
        {state.warnings?.map((warning, i) => (
          <Notice
            key={warning}
            ref={!success && i === 0 ? said : undefined}
            tabIndex={!success && i === 0 ? -1 : undefined}
            tone="warning"
            role="status"
            bold
            className="mb-4"
          >
            {warning}
          </Notice>
        ))}
        {children}
      </form>
    </FormStateContext>
  );
}
