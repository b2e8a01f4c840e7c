"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useField } from "./form-context";

type Common = { name: string; label: ReactNode; hint?: ReactNode; className?: string };

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
  className,
  as = "div",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
  as?: "div" | "fieldset";
}) {
  const Wrapper = as;
  return (
    <Wrapper className={`field ${error ? "field-error" : ""} ${className ?? ""}`}>
      {as === "fieldset" ? (
        <legend className="label">{label}</legend>
      ) : (
        <label className="label" htmlFor={id}>
          {label}
        </label>
      )}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error-message">
          <span className="sr-only">Error: </span>
          {error}
        </span>
      )}
      {children}
    </Wrapper>
  );
}

export function TextField({
  name,
  label,
  hint,
  className,
  defaultValue,
  ...input
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & { defaultValue?: string | number | null }) {
  const { error, value, id } = useField(name, defaultValue == null ? undefined : String(defaultValue));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        defaultValue={value as string | undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`input ${error ? "input-error" : ""}`}
        {...input}
      />
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  hint,
  className,
  defaultValue,
  rows = 4,
  maxLength,
}: Common & {
  defaultValue?: string | null;
  rows?: number;
  maxLength?: number;
}) {
  const { error, value, id } = useField(name, defaultValue ?? undefined);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={value as string | undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`input ${error ? "input-error" : ""}`}
      />
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  hint,
  className,
  options,
  defaultValue,
  placeholder,
}: Common & {
  options: readonly Option[];
  defaultValue?: string | null;
  placeholder?: string;
}) {
  const { error, value, id } = useField(name, defaultValue ?? undefined);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      {/* key: React does not re-apply a select's defaultValue on update, so the form reset after a
          failed submit would fall back to the first option; remounting keeps what was chosen. */}
      <select
        key={(value as string | undefined) ?? ""}
        id={id}
        name={name}
        defaultValue={(value as string | undefined) ?? ""}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`input ${error ? "input-error" : ""}`}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkboxes({
  name,
  label,
  hint,
  className,
  options,
  defaultValue,
}: Common & {
  options: readonly Option[];
  defaultValue?: readonly string[];
}) {
  const { error, value, id } = useField(name, defaultValue ? [...defaultValue] : undefined);
  const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className} as="fieldset">
      <div id={id} tabIndex={-1} className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.has(o.value)}
              className="size-6 shrink-0"
            />
            {o.label}
          </label>
        ))}
      </div>
    </FieldShell>
  );
}

export function Radios({
  name,
  label,
  hint,
  className,
  options,
  defaultValue,
}: Common & {
  /** A hint under a choice explains it in one line (GOV.UK radio hints). */
  options: readonly (Option & { hint?: ReactNode })[];
  defaultValue?: string | null;
}) {
  const { error, value, id } = useField(name, defaultValue ?? undefined);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className} as="fieldset">
      <div id={id} tabIndex={-1} className="grid gap-2">
        {options.map((o) =>
          o.hint ? (
            <div key={o.value}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="radio"
                  name={name}
                  value={o.value}
                  defaultChecked={value === o.value}
                  aria-describedby={`${id}-${o.value}-hint`}
                  className="size-6 shrink-0"
                />
                {o.label}
              </label>
              <span id={`${id}-${o.value}-hint`} className="hint mb-2 block pl-9">
                {o.hint}
              </span>
            </div>
          ) : (
            <label key={o.value} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name={name}
                value={o.value}
                defaultChecked={value === o.value}
                className="size-6 shrink-0"
              />
              {o.label}
            </label>
          ),
        )}
      </div>
    </FieldShell>
  );
}

export function SingleCheckbox({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
}) {
  const { value, id, error } = useField(name, defaultChecked ? "on" : undefined);
  return (
    <div className={`field ${error ? "field-error" : ""}`}>
      {error && <span className="error-message">{error}</span>}
      <label className="flex min-h-11 items-center gap-3" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={value === "on"}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="size-6 shrink-0"
        />
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint ml-9">
          {hint}
        </span>
      )}
    </div>
  );
}

/** A file input (GOV.UK file upload). Browsers never refill it, so after an error the person chooses again. */
export function FileField({ name, label, hint, className, accept }: Common & { accept?: string }) {
  const { error, id } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block max-w-full py-2 ${error ? "input-error" : ""}`}
      />
    </FieldShell>
  );
}
