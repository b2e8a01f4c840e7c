import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { Header } from "@/components/layout/header";
import { findUsableToken, LINK_NOT_USABLE } from "@/lib/invitations/tokens";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

/**
 * Opened from a one-time link: an invitation or new link from a coordinator (a first password, or
 * a new one), or a reset the person asked for. Signed-out people only need the token.
 */
export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  const found = await findUsableToken({ token });

  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <div className="max-w-xl">
          {found ? (
            found.user.hasPassword ? (
              <>
                <h1>Choose a new password</h1>
                <p className="mb-6">
                  Choose a new password for your account, <strong>{found.user.email}</strong>. Your old password will
                  stop working.
                </p>
                <SetPasswordForm token={token} email={found.user.email} />
              </>
            ) : (
              <>
                <h1>Set your password</h1>
                <p className="mb-2">Welcome to Involve, {found.user.name}.</p>
                <p className="mb-6">
                  Choose a password to sign in with your email address, <strong>{found.user.email}</strong>.
                </p>
                <SetPasswordForm token={token} email={found.user.email} />
              </>
            )
          ) : (
            <>
              <h1>This link does not work</h1>
              <p className="mb-4">{LINK_NOT_USABLE}</p>
              <p className="mb-4">If you have already set your password, you can sign in.</p>
              <div className="flex flex-wrap gap-4">
                <Link href="/sign-in" className="btn">
                  Sign in
                </Link>
                <Link href="/forgot-password" className="btn btn-secondary">
                  Get a new link
                </Link>
              </div>
            </>
          )}
        </div>
      </main>
    </>
  );
}
