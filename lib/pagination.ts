export const PAGE_SIZE = 25;

/** `?page=` → a safe page number and the matching skip/take. */
export function pageFrom(raw: string | string[] | undefined, size = PAGE_SIZE) {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  const page = Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
  return { page, size, skip: (page - 1) * size, take: size };
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

export function paged<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
