"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { FormStateContext } from "@/components/form/form-context";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { requestPasswordResetAction } from "@/lib/invitations/actions";

/** What everyone sees after asking, whether or not there is an account for the address. */
function CheckYourEmail({ state, onTryAgain }: { state: FormState; onTryAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed without a navigation: move focus so screen readers hear the new heading.
  useEffect(() => heading.current?.focus(), []);
  const email = typeof state.data?.email === "string" ? state.data.email : null;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Check your email
      </h1>
      <p className="mb-4">{state.message}</p>
      {email && (
        <p className="mb-4">
          You typed <strong className="break-words">{email}</strong>.
        </p>
      )}
      <p className="mb-6">If nothing arrives, your coordinator can send you a new link.</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/sign-in" className="btn">
          Back to sign in
        </Link>
        <button type="button" className="btn btn-secondary" onClick={onTryAgain}>
          Try a different email address
        </button>
      </div>
    </>
  );
}

function AskForLink({ onTryAgain }: { onTryAgain: () => void }) {
  const [state, formAction] = useActionState(requestPasswordResetAction, initialFormState);
  if (state.status === "success") return <CheckYourEmail state={state} onTryAgain={onTryAgain} />;
  return (
    <>
      <h1>Forgotten your password?</h1>
      <p className="mb-6">
        Type the email address you sign in with. We will email you a link to choose a new password.
      </p>
      <FormStateContext value={state}>
        <form action={formAction} noValidate aria-label="Get a link to reset your password">
          <ErrorSummary state={state} />
          <TextField
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={254}
          />
          <SubmitButton>Send me a link</SubmitButton>
        </form>
      </FormStateContext>
      <p className="mt-6">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </>
  );
}

export function ForgotPasswordForm() {
  // A new key starts the form afresh (empty, no answer) for another address.
  const [attempt, setAttempt] = useState(0);
  return <AskForLink key={attempt} onTryAgain={() => setAttempt((n) => n + 1)} />;
}
