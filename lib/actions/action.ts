/**
 * The one wrapper every server action goes through: authenticate → role → validate (zod) →
 * run with the caller as `ctx`. Ownership is the action's job, in its WHERE clauses.
 * Expected failures come back as form state with what was typed; unexpected ones are logged
 * and shown as a plain message, never a stack trace.
 */
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { ActionError } from "./action-error";
import { formDataToObject } from "./form-data";
import type { FormState } from "./form-state";
import { actionRegistry } from "./registry";

export type ActionContext = { user: SessionUser };
export type ActionResult = Partial<Pick<FormState, "message" | "data" | "warnings">> | void;
export type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export const MESSAGES = {
  signIn: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have permission to do that.",
  invalid: "There is a problem. Check the answers marked below.",
  unexpected: "Something went wrong on our side and nothing was saved. Try again in a moment.",
} as const;

export function defineAction<S extends z.ZodType>(
  config: { roles: readonly Role[]; schema: S },
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult>,
) {
  async function serverAction(_prev: FormState, formData: FormData): Promise<FormState> {
    const values = formDataToObject(formData);
    // Passwords are never echoed back into a form.
    for (const key of Object.keys(values)) if (/password/i.test(key)) delete values[key];

    const user = await getSessionUser();
    if (!user) return { status: "error", code: "UNAUTHENTICATED", message: MESSAGES.signIn, values };
    if (!config.roles.includes(user.role))
      return { status: "error", code: "FORBIDDEN", message: MESSAGES.forbidden, values };

    // PostgreSQL cannot store NUL characters in text; refuse them here for every action.
    const withNul = Object.keys(values).filter((key) =>
      [values[key]].flat().some((x) => typeof x === "string" && x.includes("\u0000")),
    );
    if (withNul.length) {
      return {
        status: "error",
        code: "INVALID",
        message: MESSAGES.invalid,
        fieldErrors: Object.fromEntries(
          withNul.map((key) => [key, ["Remove the unusual characters from this answer"]]),
        ),
        values,
      };
    }

    const parsed = config.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return {
        status: "error",
        code: "INVALID",
        message: MESSAGES.invalid,
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
        values,
      };
    }

    try {
      const result = await run(parsed.data, { user });
      return { status: "success", ...(result ?? {}) };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound(), forbidden() belong to Next
      if (error instanceof ActionError) {
        return { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors, values };
      }
      console.error(`[action] ${run.name || "anonymous"} failed for user ${user.id}:`, error);
      return { status: "error", code: "ERROR", message: MESSAGES.unexpected, values };
    }
  }
  actionRegistry.set(serverAction, config);
  return serverAction;
}
