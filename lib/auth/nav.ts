import type { NavItem } from "@/components/layout/header";
import type { Area } from "./roles";

/** Each role's navigation. Add a page to its area here so people can find it. */
export const NAV: Record<Area, readonly NavItem[]> = {
  coordinator: [{ href: "/coordinator", label: "Dashboard" }],
  expert: [{ href: "/expert", label: "Home" }],
  academic: [{ href: "/academic", label: "My modules" }],
};

export const ROLE_LABEL = {
  COORDINATOR: "Coordinator",
  ADMIN: "Admin",
  ACADEMIC: "Academic",
  EXPERT: "Expert by experience",
} as const;
