import type { Option } from "@/components/form/fields";
import { InlineFilterForm } from "./filter-form";

/** One labelled select and a "Show" button, e.g. "Show stage: All stages". A plain GET form. */
export function SelectFilter({
  name,
  label,
  options,
  value,
  placeholder,
  hidden,
}: {
  /** The query parameter, also the select's id. */
  name: string;
  label: string;
  options: readonly Option[];
  value?: string;
  /** The first choice, with an empty value, e.g. "All stages". */
  placeholder?: string;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <InlineFilterForm hidden={hidden}>
      <div className="max-w-full min-w-0">
        <label className="label" htmlFor={name}>
          {label}
        </label>
        <select id={name} name={name} defaultValue={value ?? ""} className="input w-full sm:w-auto">
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </InlineFilterForm>
  );
}
