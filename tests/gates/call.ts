/**
 * Calling a server action the way Next does, as a given person, and turning Next's own
 * control-flow throws (redirect(), notFound(), forbidden()) into outcomes the gates can check.
 * Anything else thrown is a crash: in a running app it would be a 500.
 */
import type { FormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { runAs } from "../helpers/actor";
import type { ServerAction } from "./discover";

export type Outcome =
  | { kind: "state"; state: FormState }
  | { kind: "redirect"; to: string }
  | { kind: "http"; status: number }
  | { kind: "crash"; error: unknown };

export type Caller = { id: string; role: Role } | null;
/** A form field's value: text, or a file (the import uploads). */
export type FormValue = string | File;
export type FormEntry = [string, FormValue];
export type FormValues = Record<string, FormValue | FormValue[] | undefined>;

export function toFormData(values: FormValues | FormEntry[]): FormData {
  const fd = new FormData();
  const entries = Array.isArray(values) ? values : Object.entries(values);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) fd.append(key, v);
  }
  return fd;
}

function digestOf(error: unknown): string {
  return typeof error === "object" && error && "digest" in error ? String((error as { digest: unknown }).digest) : "";
}

/** Calls as `caller`, carried with this call only (see runAs), then settles the outcome. */
export function callAs(caller: Caller, fn: ServerAction, form: FormData): Promise<Outcome> {
  let pending: Promise<FormState>;
  try {
    pending = runAs(caller, () => fn({ status: "idle" }, form));
  } catch (error) {
    pending = Promise.reject(error);
  }
  return pending.then(
    (state): Outcome => ({ kind: "state", state }),
    (error): Outcome => {
      const digest = digestOf(error);
      if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
      const http = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)/.exec(digest);
      if (http) return { kind: "http", status: Number(http[1]) };
      return { kind: "crash", error };
    },
  );
}

export const REFUSAL_CODES = ["UNAUTHENTICATED", "FORBIDDEN"] as const;

export function codeOf(outcome: Outcome): string | undefined {
  return outcome.kind === "state" ? outcome.state.code : undefined;
}

export function succeeded(outcome: Outcome): boolean {
  return (outcome.kind === "state" && outcome.state.status === "success") || outcome.kind === "redirect";
}

/** A short, readable description of an outcome for failure messages. */
export function explain(outcome: Outcome): string {
  switch (outcome.kind) {
    case "state":
      return `${outcome.state.status}${outcome.state.code ? ` ${outcome.state.code}` : ""}: ${outcome.state.message ?? ""}${
        outcome.state.fieldErrors ? ` ${JSON.stringify(outcome.state.fieldErrors)}` : ""
      }`;
    case "redirect":
      return `redirect to ${outcome.to}`;
    case "http":
      return `HTTP ${outcome.status}`;
    case "crash":
      return `threw ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error)}`;
  }
}
