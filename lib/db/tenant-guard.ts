/**
 * A runtime backstop for tenant scoping (after cal.com's disallow-undefined extension): Prisma
 * treats `where: { institutionId: undefined }` as "no condition", so a missing id would
 * silently widen a query to every institution. This refuses any query whose `where`, at any
 * depth, names an owner key with the value `undefined`. The typed callers make that
 * impossible in normal code; this catches what types cannot (casts, `any`, JSON input).
 */
export const TENANT_KEYS = new Set(["institutionId", "partnershipId", "expertId", "userId", "leaderId"]);

export class UnscopedQueryError extends Error {
  constructor(model: string, operation: string, path: string) {
    super(`Refused ${model}.${operation}: where.${path} is undefined, which would match every tenant's rows`);
    this.name = "UnscopedQueryError";
  }
}

/** The path of the first owner key set to undefined in a where clause, or null. */
export function undefinedTenantKey(where: unknown, path = ""): string | null {
  if (Array.isArray(where)) {
    for (const [i, item] of where.entries()) {
      const found = undefinedTenantKey(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (!where || typeof where !== "object" || where instanceof Date) return null;
  for (const [key, value] of Object.entries(where)) {
    const here = path ? `${path}.${key}` : key;
    if (value === undefined) {
      if (TENANT_KEYS.has(key)) return here;
      continue;
    }
    const found = undefinedTenantKey(value, here);
    if (found) return found;
  }
  return null;
}

export function assertScoped(model: string | undefined, operation: string, args: unknown) {
  const where = (args as { where?: unknown } | undefined)?.where;
  const path = undefinedTenantKey(where);
  if (path) throw new UnscopedQueryError(model ?? "$raw", operation, path);
}

/** The Prisma client extension that runs assertScoped before every model query. */
export function tenantGuard<C extends { $extends: (...args: never[]) => unknown }>(client: C) {
  return (client as unknown as { $extends: (extension: object) => C }).$extends({
    name: "tenant-guard",
    query: {
      $allModels: {
        $allOperations({
          model,
          operation,
          args,
          query,
        }: {
          model?: string;
          operation: string;
          args: unknown;
          query: (args: unknown) => Promise<unknown>;
        }) {
          assertScoped(model, operation, args);
          return query(args);
        },
      },
    },
  });
}
