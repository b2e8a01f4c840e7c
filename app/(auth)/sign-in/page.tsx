import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Header } from "@/components/layout/header";
import { Notice } from "@/components/ui/notice";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { findDemoAccounts } from "@/lib/demo/queries";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const [{ callbackUrl }, user, demo] = await Promise.all([searchParams, getSessionUser(), findDemoAccounts()]);
  if (user) redirect(homeFor(user.role));
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <div className="max-w-xl">
          <h1>Sign in to Involve</h1>
          <p className="mb-6">Use the email address and password your coordinator set up with you.</p>
          <SignInForm callbackUrl={callbackUrl} />
          <p className="mt-6">
            <Link href="/forgot-password" className="inline-block min-h-11 py-2">
              Forgotten your password?
            </Link>
          </p>
        </div>
        {demo.length > 0 && (
          <Notice as="section" tone="info" aria-labelledby="demo-title" className="mt-10 max-w-xl">
            <h2 id="demo-title">Demo accounts</h2>
            <p className="mb-3">
              This copy of Involve has demo data. Every demo account uses the password{" "}
              <code className="font-bold">{DEMO_PASSWORD}</code>.
            </p>
            <ul className="space-y-1">
              {demo.map((account) => (
                <li key={account.email}>
                  <strong>{account.label}:</strong> {account.email}
                </li>
              ))}
            </ul>
          </Notice>
        )}
      </main>
    </>
  );
}
