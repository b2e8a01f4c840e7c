"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useField } from "./form-context";

/**
 * The id of a group's i-th radio or checkbox: the first has the field's own id, so the error
 * summary's link (#f-name) lands on it, as GOV.UK's does; the others are numbered from 2.
 */
const choiceId = (id: string, i: number) => (i === 0 ? id : `${id}-${i + 1}`);

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
    <Wrapper
      className={`field ${error ? "field-error" : ""} ${className ?? ""}`}
      // GOV.UK: a group's hint and error describe the fieldset, so they are read on entering the group.
      aria-describedby={as === "fieldset" ? describedBy(id, hint, error) : undefined}
    >
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
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o, i) => (
          <label key={o.value} className="choice-label">
            <input
              id={choiceId(id, i)}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.has(o.value)}
              className="choice"
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
      <div className="grid gap-2">
        {options.map((o, i) =>
          o.hint ? (
            <div key={o.value}>
              <label className="choice-label">
                <input
                  id={choiceId(id, i)}
                  type="radio"
                  name={name}
                  value={o.value}
                  defaultChecked={value === o.value}
                  aria-describedby={`${id}-${o.value}-hint`}
                  className="choice"
                />
                {o.label}
              </label>
              <span id={`${id}-${o.value}-hint`} className="hint choice-hint mb-2 block">
                {o.hint}
              </span>
            </div>
          ) : (
            <label key={o.value} className="choice-label">
              <input
                id={choiceId(id, i)}
                type="radio"
                name={name}
                value={o.value}
                defaultChecked={value === o.value}
                className="choice"
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
      {error && (
        <span id={`${id}-error`} className="error-message">
          <span className="sr-only">Error: </span>
          {error}
        </span>
      )}
      <label className="choice-label" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={value === "on"}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
          className="choice"
        />
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint choice-hint">
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
