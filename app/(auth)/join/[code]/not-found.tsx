import Link from "next/link";
import { Header } from "@/components/layout/header";

export default function NotFound() {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <div className="max-w-xl">
          <h1>This invitation does not work</h1>
          <p className="mb-4">
            The link or code may have been typed wrongly, have expired (invitations last 7 days) or have been used
            already, or a newer invitation may have been sent.
          </p>
          <p className="mb-4">
            Check the code in your email and type it again, or ask whoever invited you for a new one.
          </p>
          <div className="flex flex-wrap gap-4">
            <Link href="/join" className="btn">
              Type the code
            </Link>
            <Link href="/sign-in" className="btn btn-secondary">
              Sign in
            </Link>
          </div>
        </div>
      </main>
    </>
  );
}
