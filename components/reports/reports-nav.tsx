import Link from "next/link";

const PAGES = [
  { href: "/coordinator/reports", label: "Involvement by stage" },
  { href: "/coordinator/reports/equity", label: "Fair shares across the pool" },
  { href: "/coordinator/reports/evidence", label: "Evidence for the regulator" },
] as const;

/** The coordinators' reports, side by side; the year (and view) carry across. */
export function ReportsNav({ current, query }: { current: (typeof PAGES)[number]["href"]; query: string }) {
  return (
    <nav aria-label="Reports" className="mb-6 print:hidden">
      <ul className="flex flex-wrap gap-x-6">
        {PAGES.map((p) => (
          <li key={p.href}>
            <Link
              href={`${p.href}?${query}`}
              aria-current={p.href === current ? "page" : undefined}
              className={`inline-block min-h-11 py-2 ${p.href === current ? "font-bold text-ink! no-underline" : ""}`}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
