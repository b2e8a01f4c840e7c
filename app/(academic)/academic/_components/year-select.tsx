/** A plain GET form to pick the academic year: works without JavaScript. */
export function YearSelect({
  years,
  value,
  allOption,
  extra,
}: {
  years: readonly string[];
  value: string;
  /** Offer "All years" (value "all"). */
  allOption?: boolean;
  extra?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
      {Object.entries(extra ?? {}).map(([name, v]) =>
        v ? <input key={name} type="hidden" name={name} value={v} /> : null,
      )}
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
      <button type="submit" className="btn btn-secondary">
        Show
      </button>
    </form>
  );
}
