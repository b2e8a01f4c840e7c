"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { signOutEverywhereAction } from "@/lib/auth/sign-out-everywhere";

export function SignOutEverywhereForm() {
  const [state, formAction] = useActionState(signOutEverywhereAction, initialFormState);
  useEffect(() => {
    // Every session has ended on the server; this clears this browser's cookie too.
    if (state.status === "success") void signOut({ callbackUrl: "/sign-in" });
  }, [state]);
  return (
    <form action={formAction}>
      <ErrorSummary state={state} />
      <SubmitButton variant="secondary">Sign out everywhere</SubmitButton>
    </form>
  );
}
