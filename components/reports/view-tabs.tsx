import Link from "next/link";

const VIEWS = [
  { key: "institution", label: "Your university" },
  { key: "partnership", label: "The whole partnership" },
] as const;

/** "Your university" or "The whole partnership": tabs that keep the other filters. */
export function ViewTabs({
  current,
  hrefFor,
  labels = {},
}: {
  current: "institution" | "partnership";
  hrefFor: (view: "institution" | "partnership") => string;
  labels?: Partial<Record<"institution" | "partnership", string>>;
}) {
  return (
    <nav aria-label="Report views" className="mb-6 border-b-2 border-line">
      <ul className="flex flex-wrap gap-x-1">
        {VIEWS.map((v) => (
          <li key={v.key}>
            <Link
              href={hrefFor(v.key)}
              aria-current={v.key === current ? "page" : undefined}
              className={`inline-block min-h-11 px-3 py-2 ${v.key === current ? "border-b-4 border-brand font-bold text-ink! no-underline" : ""}`}
            >
              {labels[v.key] ?? v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
