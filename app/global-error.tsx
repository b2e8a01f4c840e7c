"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.5 }}>
        <main id="main">
          <h1>Sorry, there is a problem with Involve</h1>
          <p>Involve is not working right now. Try again in a few minutes.</p>
          {error.digest && <p>Error reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
