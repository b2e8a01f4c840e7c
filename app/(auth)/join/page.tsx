import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ErrorSummary } from "@/components/form/error-summary";
import { Header } from "@/components/layout/header";
import { canonicalJoinCode } from "@/lib/invitations/join-code";
import { findUsableToken } from "@/lib/invitations/tokens";

export const metadata: Metadata = { title: "Type your invitation code", referrer: "no-referrer" };

const NOT_A_CODE = "Enter the 12 letters and numbers from your invitation email, like ABCD-EFGH-JKMN";
const NOT_USABLE =
  "This code does not work. It may have expired or been used already, or a newer invitation may have been sent. Check the code, or ask whoever invited you for a new invitation";

/**
 * For an invitation opened on another device: the person types the short code from their email
 * (any case, dashes and spaces optional) and goes on to choose a password.
 */
export default async function Page({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code: raw } = await searchParams;
  const typed = typeof raw === "string" ? raw.slice(0, 100) : "";
  let error: string | null = null;
  if (typed.trim()) {
    const code = canonicalJoinCode(typed);
    if (!code) error = NOT_A_CODE;
    else if (await findUsableToken({ token: code })) redirect(`/set-password?token=${code}`);
    else error = NOT_USABLE;
  }

  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <div className="max-w-xl">
          <h1>Type your invitation code</h1>
          <p className="mb-6">
            Your invitation email has a code of 12 letters and numbers. Type it here to choose your password. Capital
            letters and dashes do not matter.
          </p>
          {error && <ErrorSummary state={{ status: "error", code: "INVALID", fieldErrors: { code: [error] } }} />}
          <form method="get" action="/join" aria-label="Type your invitation code" noValidate>
            <div className={`field ${error ? "field-error" : ""}`}>
              <label className="label" htmlFor="f-code">
                Invitation code
              </label>
              <span id="code-hint" className="hint">
                For example, ABCD-EFGH-JKMN
              </span>
              {error && (
                <span id="code-error" className="error-message">
                  <span className="sr-only">Error: </span>
                  {error}
                </span>
              )}
              <input
                id="f-code"
                name="code"
                defaultValue={typed}
                autoComplete="one-time-code"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={40}
                aria-describedby={`code-hint${error ? " code-error" : ""}`}
                aria-invalid={error ? true : undefined}
                className={`input max-w-xs font-mono uppercase ${error ? "input-error" : ""}`}
              />
            </div>
            <button type="submit" className="btn">
              Continue
            </button>
          </form>
          <p className="mt-6">
            Already set your password? <Link href="/sign-in">Sign in</Link>
          </p>
        </div>
      </main>
    </>
  );
}
