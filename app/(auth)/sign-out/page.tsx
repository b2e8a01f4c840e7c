import type { Metadata } from "next";
import Link from "next/link";
import { Header } from "@/components/layout/header";
import { SignOutButton } from "./sign-out-button";

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
      </main>
    </>
  );
}
