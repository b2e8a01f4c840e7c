import type { NavItem } from "./header";

/** Each role's navigation. Add a page to its area here so people can find it. */
export const NAV: Record<"coordinator" | "expert" | "academic", readonly NavItem[]> = {
  coordinator: [
    { href: "/coordinator", label: "Dashboard" },
    { href: "/coordinator/opportunities", label: "Opportunities" },
    { href: "/coordinator/experts", label: "Experts" },
    { href: "/coordinator/partners", label: "Partners" },
    { href: "/coordinator/payments", label: "Payments" },
  ],
  expert: [
    { href: "/expert", label: "Home" },
    { href: "/expert/opportunities", label: "Opportunities" },
    { href: "/expert/history", label: "My involvement" },
    { href: "/expert/payments", label: "Payments" },
    { href: "/expert/profile", label: "My profile" },
  ],
  academic: [
    { href: "/academic", label: "My modules" },
    { href: "/academic/request", label: "Request involvement" },
    { href: "/academic/feedback", label: "Feedback" },
    { href: "/academic/experts", label: "Experts" },
    { href: "/academic/report", label: "Report" },
  ],
};
