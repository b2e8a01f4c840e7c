import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Area } from "@/lib/auth/roles";

/**
 * Every action made by defineAction or definePublicAction records its name, areas, roles and
 * schema here, so the authorization matrix and hostile-input tests can enumerate them from the
 * code instead of a hand-kept list.
 */
export type ActionConfig = {
  name: string;
  /** "public" only for definePublicAction: signed-out people with their own proof (a token). */
  areas: readonly Area[] | "public";
  roles: readonly Role[];
  schema: z.ZodType;
};

export const actionRegistry = new WeakMap<object, ActionConfig>();
