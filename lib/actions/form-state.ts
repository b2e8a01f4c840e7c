/** What every server action returns to its form (React 19 `useActionState`). */
export type FieldErrors = Record<string, string[] | undefined>;

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was typed, so the form can show it again after an error. */
  values?: Record<string, string | string[]>;
  /** Set on refusals so callers and tests can tell them from validation errors. */
  code?: "UNAUTHENTICATED" | "FORBIDDEN" | "INVALID" | "CONFLICT" | "NOT_FOUND" | "ERROR";
  /** Optional data for the caller, e.g. a one-time link to show. */
  data?: Record<string, string | number | boolean | null>;
  /** Extra warnings that did not stop the action (e.g. an earnings-limit warning). */
  warnings?: string[];
};

export const initialFormState: FormState = { status: "idle" };
