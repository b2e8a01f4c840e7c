"use client";

import Link from "next/link";
import { useContext } from "react";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/fields";
import { FormStateContext } from "@/components/form/form-context";
import { SubmitButton } from "@/components/form/submit-button";
import { setPasswordAction } from "@/lib/invitations/actions";

function Fields({ token, email }: { token: string; email: string }) {
  const state = useContext(FormStateContext);
  if (state.status === "success") {
    return (
      <Link href="/sign-in" className="btn">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {/* Lets password managers save the new password against the right email. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few words together is easy to remember and hard to guess."
      />
      <TextField name="confirm" label="Type the same password again" type="password" autoComplete="new-password" />
      <SubmitButton>Set password</SubmitButton>
    </>
  );
}

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  return (
    <ActionForm action={setPasswordAction} aria-label="Set your password">
      <Fields token={token} email={email} />
    </ActionForm>
  );
}
