import Link from "next/link";

/** The footer of every page: the privacy notice and accessibility statement, open to anyone. */
export function Footer() {
  return (
    <footer className="border-t-4 border-brand bg-paper py-6 text-base">
      <div className="page-width">
        <nav aria-label="Footer" className="mb-2">
          <ul className="flex flex-wrap gap-x-6">
            <li>
              <Link href="/privacy" className="inline-block min-h-11 py-2">
                Privacy
              </Link>
            </li>
            <li>
              <Link href="/accessibility" className="inline-block min-h-11 py-2">
                Accessibility statement
              </Link>
            </li>
          </ul>
        </nav>
        <p>Involve — involving people with lived experience in social work education, fairly.</p>
      </div>
    </footer>
  );
}
