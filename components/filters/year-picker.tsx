import { InlineFilterForm } from "./filter-form";

/** A plain GET form to pick the academic year: works without JavaScript. */
export function YearPicker({
  years,
  value,
  allOption,
  hidden,
}: {
  years: readonly string[];
  value: string;
  /** Offer "All years" (value "all"). */
  allOption?: boolean;
  /** Other query parameters to keep. */
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <InlineFilterForm hidden={hidden} className="mb-8">
      <div>
        <label className="label" htmlFor="year">
          Academic year
        </label>
        <select id="year" name="year" defaultValue={value} className="input w-auto min-w-40">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
          {allOption && <option value="all">All years</option>}
        </select>
      </div>
    </InlineFilterForm>
  );
}
