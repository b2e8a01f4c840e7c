"use client";

import type { ReactNode } from "react";
import {
  DATE_PARTS,
  isoToParts,
  parseDateParts,
  partName,
  type DatePart,
  type DateParts,
} from "@/lib/validation/date-input";
import { useField } from "./form-context";

const LABEL: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

/**
 * GOV.UK date input: Day, Month and Year boxes in a fieldset, instead of the browser's date picker
 * (which showed US order here). Sends `<name>-day`, `<name>-month`, `<name>-year`; the schema reads
 * them with withDateInputs + dateInputField (lib/validation/date-input). After an error the boxes
 * keep what was typed, the wrong ones are marked, and the first of them carries the field's id, so
 * the error summary's link lands there.
 */
export function DateInput({
  name,
  label,
  hint = "For example, 27 3 2027",
  defaultValue,
  className,
  typed: given,
  error: givenError,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A calendar day, "2027-03-27". */
  defaultValue?: string;
  className?: string;
  /** Outside an action form (a GET filter): what was typed, and its error, from the page. */
  typed?: DateParts;
  error?: string;
}) {
  const initial = given ?? isoToParts(defaultValue);
  const field = useField(name);
  const { id } = field;
  const error = givenError ?? field.error;
  const day = useField(partName(name, "day"), initial.day);
  const month = useField(partName(name, "month"), initial.month);
  const year = useField(partName(name, "year"), initial.year);
  const typed = { day: day.value, month: month.value, year: year.value } as Record<DatePart, string | undefined>;
  // Which boxes are wrong: the parser says for its own errors; any other (e.g. "must be in the
  // future") is about the whole date.
  const parsed = error ? parseDateParts(typed, { label: "", missing: "" }) : null;
  const wrong = new Set<DatePart>(error ? (parsed && !parsed.ok ? parsed.parts : DATE_PARTS) : []);
  const first = DATE_PARTS.find((p) => wrong.has(p)) ?? "day";
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      className={`field ${error ? "field-error" : ""} ${className ?? ""}`}
      role="group"
      aria-describedby={describedBy}
    >
      <legend className="label">{label}</legend>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} className="error-message">
          <span className="sr-only">Error: </span>
          {error}
        </span>
      )}
      <div className="date-input">
        {DATE_PARTS.map((part) => {
          const boxId = part === first ? id : `${id}-${part}`;
          return (
            <div key={part}>
              <label className="label font-normal" htmlFor={boxId}>
                {LABEL[part]}
              </label>
              <input
                id={boxId}
                name={partName(name, part)}
                // Remount on a new value so the form's reset after a failed submit shows what was typed.
                key={`${typed[part] ?? ""}|${boxId}`}
                defaultValue={typed[part] ?? ""}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={wrong.has(part) ? true : undefined}
                className={`input ${part === "year" ? "date-input-year" : ""} ${wrong.has(part) ? "input-error" : ""}`}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
