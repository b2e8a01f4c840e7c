"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { useErrorTitle } from "./page-title";

/**
 * GOV.UK's error summary link: focus the field itself (for a group, its first radio or checkbox;
 * for a date, its first box with a problem, both of which carry the field's id) and scroll so its
 * legend or label is in view above it, rather than jumping the label off the top of the screen.
 */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const input = id ? document.getElementById(id) : null;
  if (!input) return; // let the browser follow the link
  event.preventDefault();
  const legend = input.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/** GOV.UK error summary: takes focus after a failed submit and links to each field. */
export function ErrorSummary({ state, labels }: { state: FormState; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useErrorTitle(state.status === "error");
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors?.length);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="mb-8 border-4 border-danger p-4"
      data-testid="error-summary"
    >
      <h2 id={titleId} className="text-xl">
        There is a problem
      </h2>
      {(!fields.length || state.code !== "INVALID") && state.message && <p className="mb-2">{state.message}</p>}
      {fields.length > 0 && (
        <ul className="list-none space-y-1 font-bold">
          {fields.map(([name, errors]) => (
            <li key={name}>
              <a href={`#f-${name}`} className="text-danger!" onClick={focusTarget}>
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
