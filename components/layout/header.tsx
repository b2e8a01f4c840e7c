"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { currentNavHref } from "./nav";

export type NavItem = {
  href: string;
  label: string;
  /** A number shown beside the label when above zero, e.g. unread messages. */
  count?: number;
};

/**
 * The top bar: service name, the role's navigation, who is signed in. No data access here.
 * On narrow screens the navigation folds behind a "Menu" button (GOV.UK service navigation).
 * The folding is CSS that applies only when scripts run (`scripting: enabled`), so without
 * JavaScript the navigation is simply shown and the button is not.
 */
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
  const pathname = usePathname() ?? "";
  // The path the menu was opened on: moving to another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const hasNav = !!nav && nav.length > 0;
  const current = hasNav ? currentNavHref(nav, pathname, home) : undefined;
  const unread = nav?.reduce((sum, item) => sum + (item.count ?? 0), 0) ?? 0;

  return (
    <header className={`bg-brand text-white ${hasNav ? "has-service-nav" : ""}`}>
      <div className="page-width flex flex-wrap items-center justify-between gap-x-2 gap-y-2 py-3 md:gap-x-6">
        <Link href={home} className="text-2xl font-bold text-white! no-underline">
          Involve
        </Link>
        {userName && (
          <p className="header-account flex flex-wrap items-center gap-x-2 text-base md:gap-x-4">
            <span className="header-account-name">
              <span className="sr-only">Signed in as </span>
              {userName}
              {roleLabel && <span className="ml-2 opacity-90">({roleLabel})</span>}
            </span>
            <Link href="/sign-out" className="inline-block min-h-11 py-2 whitespace-nowrap text-white!">
              Sign out
            </Link>
            {hasNav && (
              <button
                type="button"
                className="service-nav-toggle"
                aria-controls="service-navigation"
                aria-expanded={open}
                onClick={() => setOpenOn(open ? null : pathname)}
              >
                Menu
                {unread > 0 && (
                  <span className="ml-1.5 inline-block min-w-7 rounded-full bg-white px-2 text-center text-brand-dark">
                    {unread}
                    <span className="sr-only"> unread {unread === 1 ? "message" : "messages"}</span>
                  </span>
                )}
              </button>
            )}
          </p>
        )}
      </div>
      {hasNav && (
        <nav
          id="service-navigation"
          aria-label="Main"
          className="service-nav bg-brand-dark"
          data-open={open ? "" : undefined}
        >
          {userName && (
            <p className="service-nav-account page-width pt-3 text-base">
              Signed in as {userName}
              {roleLabel && <span className="opacity-90"> ({roleLabel})</span>}
            </p>
          )}
          <ul className="page-width flex flex-col gap-x-6 py-2 md:flex-row md:flex-wrap md:gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={item.href === current ? "page" : undefined}
                  className="service-nav-link inline-block min-h-11 py-2 font-bold text-white!"
                >
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
