import type { NavItem } from "./header";

/** Each role's navigation. Add a page to its area here so people can find it. */
export const NAV: Record<"coordinator" | "expert" | "academic" | "admin", readonly NavItem[]> = {
  coordinator: [
    { href: "/coordinator", label: "Dashboard" },
    { href: "/coordinator/opportunities", label: "Opportunities" },
    { href: "/coordinator/experts", label: "Experts" },
    { href: "/coordinator/partners", label: "Partners" },
    { href: "/coordinator/payments", label: "Payments" },
    { href: "/coordinator/calendar", label: "Calendar" },
    { href: "/coordinator/feedback", label: "Feedback" },
    { href: "/coordinator/reports", label: "Reports" },
    { href: "/coordinator/import", label: "Import" },
    { href: "/coordinator/messages", label: "Messages" },
  ],
  expert: [
    { href: "/expert", label: "Home" },
    { href: "/expert/opportunities", label: "Opportunities" },
    { href: "/expert/history", label: "My involvement" },
    { href: "/expert/propose", label: "Propose an idea" },
    { href: "/expert/stories", label: "My stories" },
    { href: "/expert/payments", label: "Payments" },
    { href: "/expert/calendar", label: "Calendar" },
    { href: "/expert/profile", label: "My profile" },
    { href: "/expert/messages", label: "Messages" },
  ],
  academic: [
    { href: "/academic", label: "My modules" },
    { href: "/academic/request", label: "Request involvement" },
    { href: "/academic/feedback", label: "Feedback" },
    { href: "/academic/experts", label: "Experts" },
    { href: "/academic/report", label: "Report" },
    { href: "/academic/calendar", label: "Calendar" },
    { href: "/academic/messages", label: "Messages" },
  ],
  // Admins set the partnership up here; the last entry takes them back to their coordinator work.
  admin: [
    { href: "/admin", label: "Overview" },
    { href: "/admin/institutions", label: "Institutions" },
    { href: "/admin/modules", label: "Programmes and modules" },
    { href: "/admin/staff", label: "Staff" },
    { href: "/admin/import", label: "Import" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/coordinator", label: "Coordinator area" },
  ],
};

/** Admins also work as coordinators: their coordinator navigation ends with a way back here. */
export const ADMIN_AREA_LINK: NavItem = { href: "/admin", label: "Admin" };

/** The area's navigation with the number of unread messages beside "Messages". */
export function withUnread(nav: readonly NavItem[], unread: number): NavItem[] {
  return nav.map((item) => (item.href.endsWith("/messages") ? { ...item, count: unread } : item));
}

/**
 * The nav item for the page being shown: the longest href that is the path or a folder above it.
 * The area's home (e.g. /expert) is the current page only on itself, not on every page under it.
 */
export function currentNavHref(nav: readonly NavItem[], pathname: string, home: string): string | undefined {
  let best: string | undefined;
  for (const { href } of nav) {
    const matches = pathname === href || (href !== home && pathname.startsWith(`${href}/`));
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}
