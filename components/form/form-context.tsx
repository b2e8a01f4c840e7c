"use client";

import { createContext, useContext } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export const FormStateContext = createContext<FormState>(initialFormState);

/** The error and the value to show for one field, after a failed submit. */
export function useField(name: string, fallback?: string | string[]) {
  const state = useContext(FormStateContext);
  const error = state.fieldErrors?.[name]?.[0];
  const typed = state.status === "error" ? state.values?.[name] : undefined;
  return { error, value: typed ?? fallback, id: `f-${name}` };
}
