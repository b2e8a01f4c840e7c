/**
 * The one wrapper every server action goes through: authenticate → area (role, and the ids the
 * area needs) → validate (zod) → run with the area's typed caller as `ctx.user`. Ownership is the
 * action's job, in its WHERE clauses, scoped by the caller's ids.
 * Expected failures come back as form state with what was typed; unexpected ones are logged
 * with the action's name and shown as a plain message, never a stack trace.
 *
 *   export const publishOpportunityAction = defineAction(
 *     { name: "publishOpportunity", area: "coordinator", schema }, async (input, { user }) => ...);
 */
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { checkCaller, INCOMPLETE_ACCOUNT, type CallerFor } from "@/lib/auth/caller";
import { rolesOf, type Area } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/request-id";
import { ActionError } from "./action-error";
import { formDataToObject } from "./form-data";
import type { FormState } from "./form-state";
import { actionRegistry } from "./registry";

/**
 * `formData` is the raw form, for the one thing a schema cannot carry: an uploaded file
 * (`formData.get("file")`). Everything else comes validated in `input`.
 */
export type ActionContext<A extends Area> = { user: CallerFor<A>; formData: FormData };
export type ActionResult = Partial<Pick<FormState, "message" | "data" | "warnings">> | void;
export type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export const MESSAGES = {
  signIn: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have permission to do that.",
  invalid: "There is a problem. Check the answers marked below.",
  unexpected: "Something went wrong on our side and nothing was saved. Try again in a moment.",
} as const;

type Values = Record<string, string | string[]>;

/** What was typed, to show again; passwords (and any other secret fields) are never echoed. */
function echoable(formData: FormData, secretFields: readonly string[] = []): Values {
  const values = formDataToObject(formData);
  for (const key of Object.keys(values)) if (/password/i.test(key) || secretFields.includes(key)) delete values[key];
  return values;
}

/** PostgreSQL cannot store NUL characters in text; refused here for every action. */
function nulRefusal(values: Values): FormState | null {
  const withNul = Object.keys(values).filter((key) =>
    [values[key]].flat().some((x) => typeof x === "string" && x.includes("\u0000")),
  );
  if (!withNul.length) return null;
  return {
    status: "error",
    code: "INVALID",
    message: MESSAGES.invalid,
    fieldErrors: Object.fromEntries(withNul.map((key) => [key, ["Remove the unusual characters from this answer"]])),
    values,
  };
}

/**
 * One log line per call: which action, for whom (an id), which request, how it ended and how
 * long it took. Never what was typed. An unexpected failure also carries the error.
 */
async function logged(
  action: string,
  userId: string | null,
  started: number,
  state: FormState,
  error?: unknown,
): Promise<FormState> {
  const line = {
    requestId: await currentRequestId(),
    action,
    userId,
    outcome: state.status === "success" ? "success" : (state.code ?? "ERROR"),
    ms: Math.round(performance.now() - started),
  };
  if (error) logger.error({ ...line, err: error }, `action ${action} failed`);
  else logger.info(line, `action ${action}`);
  return state;
}

/** Validate, run, and turn what happened into form state: shared by both wrappers. */
async function validateAndRun<S extends z.ZodType>(
  name: string,
  userId: string | null,
  schema: S,
  formData: FormData,
  values: Values,
  run: (input: z.output<S>) => Promise<ActionResult>,
): Promise<FormState> {
  const started = performance.now();
  const refusedNul = nulRefusal(values);
  if (refusedNul) return logged(name, userId, started, refusedNul);

  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return logged(name, userId, started, {
      status: "error",
      code: "INVALID",
      message: MESSAGES.invalid,
      fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
      values,
    });
  }

  try {
    const result = await run(parsed.data);
    return logged(name, userId, started, { status: "success", ...(result ?? {}) });
  } catch (error) {
    if (isNextControlFlow(error)) {
      // redirect(), notFound(), forbidden() belong to Next: a redirect ends a successful action.
      await logged(name, userId, started, { status: "success" });
      unstable_rethrow(error);
    }
    if (error instanceof ActionError) {
      const state: FormState = {
        status: "error",
        code: error.code,
        message: error.message,
        fieldErrors: error.fieldErrors,
        values,
      };
      return logged(name, userId, started, state);
    }
    return logged(
      name,
      userId,
      started,
      { status: "error", code: "ERROR", message: MESSAGES.unexpected, values },
      error,
    );
  }
}

/** Whether `unstable_rethrow` would rethrow this (a redirect and the like, not a failure). */
function isNextControlFlow(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

export function defineAction<S extends z.ZodType, const A extends Area>(
  config: { name: string; area: A | readonly A[]; schema: S },
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<ActionResult>,
): ServerAction {
  const areas = [config.area].flat() as A[];
  async function serverAction(_prev: FormState, formData: FormData): Promise<FormState> {
    const values = echoable(formData);
    const started = performance.now();
    const user = await getSessionUser();
    if (!user) {
      return logged(config.name, null, started, {
        status: "error",
        code: "UNAUTHENTICATED",
        message: MESSAGES.signIn,
        values,
      });
    }
    const check = checkCaller(areas, user);
    if (!check.ok) {
      const message = check.reason === "incomplete" ? INCOMPLETE_ACCOUNT : MESSAGES.forbidden;
      return logged(config.name, user.id, started, { status: "error", code: "FORBIDDEN", message, values });
    }
    const caller = check.caller;
    return validateAndRun(config.name, user.id, config.schema, formData, values, (input) =>
      run(input, { user: caller, formData }),
    );
  }
  actionRegistry.set(serverAction, { name: config.name, areas, roles: rolesOf(areas), schema: config.schema });
  return serverAction;
}

/**
 * For the few actions signed-out people use (setting a password from a one-time link): no
 * session, so `run` must check its own proof (a token) inside the write. Same validation,
 * echo, NUL refusal and error handling as defineAction.
 */
export function definePublicAction<S extends z.ZodType>(
  config: { name: string; schema: S; secretFields?: readonly string[] },
  run: (input: z.output<S>) => Promise<ActionResult>,
): ServerAction {
  async function serverAction(_prev: FormState, formData: FormData): Promise<FormState> {
    return validateAndRun(config.name, null, config.schema, formData, echoable(formData, config.secretFields), run);
  }
  actionRegistry.set(serverAction, { name: config.name, areas: "public", roles: [], schema: config.schema });
  return serverAction;
}
