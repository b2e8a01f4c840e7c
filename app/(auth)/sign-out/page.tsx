import type { Metadata } from "next";
import Link from "next/link";
import { Header } from "@/components/layout/header";
import { SignOutButton } from "./sign-out-button";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <h1>Sign out of Involve</h1>
        <p className="mb-6">You will need your email address and password to sign in again.</p>
        <p className="flex flex-wrap items-center gap-6">
          <SignOutButton />
          <Link href="/">Stay signed in</Link>
        </p>
        <h2 className="mt-10">Signed in somewhere else?</h2>
        <p className="mb-6">
          If you used Involve on a shared computer or a phone you no longer have, sign out everywhere. Every device will
          need your password again, this one too.
        </p>
        <SignOutEverywhereForm />
      </main>
    </>
  );
}
