"use client";

import Link from "next/link";
import { Footer } from "@/components/layout/footer";

// Never shows the error itself: details are in the server log, with the digest below.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <h1>Sorry, there is a problem with Involve</h1>
        <p className="mb-4">Involve could not load this page. Nothing you already saved has been lost.</p>
        <p className="mb-4">Try again in a few minutes. If it keeps happening, tell your coordinator.</p>
        {error.digest && <p className="mb-4 text-muted">Error reference: {error.digest}</p>}
        <p className="flex flex-wrap gap-4">
          <button type="button" className="btn" onClick={reset}>
            Try again
          </button>
          <Link href="/" className="btn btn-secondary">
            Go to your home page
          </Link>
        </p>
      </main>
      <Footer />
    </>
  );
}
