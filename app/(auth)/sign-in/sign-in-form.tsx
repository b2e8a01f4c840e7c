"use client";

import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormStateContext } from "@/components/form/form-context";
import { TextField } from "@/components/form/fields";
import type { FormState } from "@/lib/actions/form-state";

function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const fieldErrors: Record<string, string[]> = {};
    if (!email) fieldErrors.email = ["Enter your email address"];
    if (!password) fieldErrors.password = ["Enter your password"];
    if (Object.keys(fieldErrors).length) {
      setState({ status: "error", code: "INVALID", fieldErrors, values: { email } });
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(safeCallback(callbackUrl));
      return;
    }
    setPending(false);
    const message =
      result?.error && result.error !== "CredentialsSignin"
        ? result.error
        : "The email address or password is not right. Check them and try again.";
    setState({ status: "error", code: "FORBIDDEN", message, values: { email } });
  }

  return (
    <FormStateContext value={state}>
      <form ref={formRef} onSubmit={onSubmit} noValidate method="post" action="/api/auth/callback/credentials">
        <ErrorSummary state={state} />
        <TextField name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" />
        <button type="submit" className="btn" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </FormStateContext>
  );
}
