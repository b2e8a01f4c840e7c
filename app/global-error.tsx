"use client";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own styles (no inline style
// attributes: the Content-Security-Policy does not allow them).
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body className="p-8 leading-normal">
        <main id="main">
          <h1>Sorry, there is a problem with Involve</h1>
          <p>Involve is not working right now. Try again in a few minutes.</p>
          {error.digest && <p>Error reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
