"use client";

import { useField } from "@/components/form/form-context";

/** The optional message with a decision. Several of these share a page, so ids come from the booking. */
export function MessageField({ bookingId, name }: { bookingId: string; name: string }) {
  const { error, value } = useField("message");
  const id = `message-${bookingId}`;
  return (
    <div className={`field ${error ? "field-error" : ""}`}>
      <label className="label" htmlFor={id}>
        Message to {name} (optional)
      </label>
      <span id={`${id}-hint`} className="hint">
        Sent with your decision, for example where to meet.
      </span>
      {error && (
        <span id={`${id}-error`} className="error-message">
          <span className="sr-only">Error: </span>
          {error}
        </span>
      )}
      <textarea
        id={id}
        name="message"
        rows={2}
        maxLength={1000}
        defaultValue={value as string | undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className={`input ${error ? "input-error" : ""}`}
      />
    </div>
  );
}
