/** Query-string readers shared by the admin's module pages. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (v: string | string[] | undefined) =>
  ((Array.isArray(v) ? v[0] : v) || undefined)?.slice(0, 40);

/** An id-shaped query value, or undefined. */
export const idParam = (v: string | string[] | undefined) => {
  const value = firstParam(v);
  return value && /^[A-Za-z0-9_-]+$/.test(value) ? value : undefined;
};
