import type { FieldErrors, FormState } from "./form-state";

/**
 * An expected refusal inside an action ("This session is full"). The wrapper turns it into
 * form state; anything else thrown is logged and shown as a generic message.
 */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: NonNullable<FormState["code"]> = "CONFLICT",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export const notFound = (what = "That record") => new ActionError(`${what} could not be found.`, "NOT_FOUND");
