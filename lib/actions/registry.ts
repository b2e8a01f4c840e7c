import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every action made by defineAction records its roles and schema here, so the authorization
 * matrix and hostile-input tests can enumerate them from the code instead of a hand-kept list.
 */
export type ActionConfig = { roles: readonly Role[]; schema: z.ZodType };

export const actionRegistry = new WeakMap<object, ActionConfig>();
