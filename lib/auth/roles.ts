import type { Role } from "@/lib/generated/prisma/enums";

/** The three areas of the app and the roles allowed in each. Admins work as coordinators. */
export const AREA_ROLES = {
  coordinator: ["COORDINATOR", "ADMIN"],
  expert: ["EXPERT"],
  academic: ["ACADEMIC"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

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
