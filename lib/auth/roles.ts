import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The areas of the app and the roles allowed in each. Admins also work as coordinators; the
 * admin area is for admins only.
 */
export const AREA_ROLES = {
  coordinator: ["COORDINATOR", "ADMIN"],
  expert: ["EXPERT"],
  academic: ["ACADEMIC"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

/** The roles allowed in any of the given areas. */
export function rolesOf(areas: Area | readonly Area[]): Role[] {
  return [...new Set([areas].flat().flatMap((area) => AREA_ROLES[area]))];
}

export function homeFor(role: Role): string {
  switch (role) {
    case "EXPERT":
      return "/expert";
    case "ACADEMIC":
      return "/academic";
    case "COORDINATOR":
    case "ADMIN":
      return "/coordinator";
  }
}
