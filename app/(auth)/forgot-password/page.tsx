import type { Metadata } from "next";
import { Header } from "@/components/layout/header";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgotten your password?" };

/** Signed-out people ask for a one-time link to choose a new password. */
export default function Page() {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <div className="max-w-xl">
          <ForgotPasswordForm />
        </div>
      </main>
    </>
  );
}
