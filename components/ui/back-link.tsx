import Link from "next/link";

/** "← Somewhere": the way back to the list a page belongs to, above its heading, with a large target. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-4">
      <Link href={href} className="inline-block min-h-11 py-2">
        ← {children}
      </Link>
    </p>
  );
}
