import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Filters for a list, in a grey panel: a plain GET form, so it works without JavaScript and the
 * filters stay in the address. The clear link shows only while a filter is set.
 */
export function FilterForm({
  label,
  children,
  submitLabel = "Apply filters",
  clear,
  className,
}: {
  /** Names the form for screen readers, e.g. "Filter experts". */
  label: string;
  /** The fields (TextField, SelectField), usually in a grid. */
  children: ReactNode;
  submitLabel?: string;
  /** The link back to the unfiltered list; pass false (or nothing) when nothing is filtered. */
  clear?: { href: string; label?: string } | false;
  /** Width, e.g. "max-w-xl". */
  className?: string;
}) {
  return (
    <form method="get" className={["mb-8 bg-paper p-4", className].filter(Boolean).join(" ")} aria-label={label}>
      {children}
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="btn btn-secondary">
          {submitLabel}
        </button>
        {clear && <Link href={clear.href}>{clear.label ?? "Clear filters"}</Link>}
      </div>
    </form>
  );
}

/**
 * A one-line GET form: a field or two and a button side by side (e.g. "Show", "Search"). Hidden
 * fields carry the rest of the address along (empty ones are left out).
 */
export function InlineFilterForm({
  children,
  submitLabel = "Show",
  hidden,
  after,
  role,
  className = "mb-6",
}: {
  children: ReactNode;
  submitLabel?: string;
  hidden?: Record<string, string | undefined>;
  /** After the button, e.g. a "Clear search" link. */
  after?: ReactNode;
  role?: "search";
  /** Bottom margin. */
  className?: string;
}) {
  return (
    <form method="get" className={`${className} flex flex-wrap items-end gap-3`} role={role}>
      {Object.entries(hidden ?? {}).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <button type="submit" className="btn btn-secondary">
        {submitLabel}
      </button>
      {after}
    </form>
  );
}
