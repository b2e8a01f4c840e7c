import Link from "next/link";

/** Previous / next links that keep the current filters. */
export function Pagination({
  page,
  pageCount,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params?: Record<string, string | undefined>;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `${basePath}?${query.toString()}`;
  };
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 && (
        <Link href={href(page - 1)} className="inline-block min-h-11 py-2" rel="prev">
          ← Previous<span className="sr-only"> page</span>
        </Link>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} className="inline-block min-h-11 py-2" rel="next">
          Next<span className="sr-only"> page</span> →
        </Link>
      )}
    </nav>
  );
}
