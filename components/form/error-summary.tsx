"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** GOV.UK error summary: takes focus after a failed submit and links to each field. */
export function ErrorSummary({ state, labels }: { state: FormState; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors?.length);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-danger p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      {(!fields.length || state.code !== "INVALID") && state.message && <p className="mb-2">{state.message}</p>}
      {fields.length > 0 && (
        <ul className="list-none space-y-1 font-bold">
          {fields.map(([name, errors]) => (
            <li key={name}>
              <a href={`#f-${name}`} className="text-danger!">
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {errors?.[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
