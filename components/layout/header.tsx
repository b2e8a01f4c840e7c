import Link from "next/link";

export type NavItem = {
  href: string;
  label: string;
  /** A number shown beside the label when above zero, e.g. unread messages. */
  count?: number;
};

/** The top bar: service name, the role's navigation, who is signed in. No data access here. */
export function Header({
  home,
  nav,
  userName,
  roleLabel,
}: {
  home: string;
  nav?: readonly NavItem[];
  userName?: string;
  roleLabel?: string;
}) {
  return (
    <header className="bg-brand text-white">
      <div className="page-width flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link href={home} className="text-2xl font-bold text-white! no-underline">
          Involve
        </Link>
        {userName && (
          <p className="text-base">
            <span className="sr-only">Signed in as </span>
            {userName}
            {roleLabel && <span className="ml-2 opacity-90">({roleLabel})</span>}
            <Link href="/sign-out" className="ml-4 text-white!">
              Sign out
            </Link>
          </p>
        )}
      </div>
      {nav && nav.length > 0 && (
        <nav aria-label="Main" className="bg-brand-dark">
          <ul className="page-width flex flex-wrap gap-x-6 gap-y-1 py-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block min-h-11 py-2 font-bold text-white!">
                  {item.label}
                  {item.count ? " " : null}
                  {item.count ? (
                    <span className="ml-2 inline-block min-w-7 rounded-full bg-white px-2 text-center text-brand-dark">
                      {item.count}
                      <span className="sr-only"> unread</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
