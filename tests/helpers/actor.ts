/**
 * Who the server thinks is calling, for integration tests. Only the JWT cookie read is
 * replaced: the user is still loaded from the real database by `loadSessionUser`.
 *
 * `runAs` carries the caller with the call (AsyncLocalStorage), so concurrent calls as
 * different people can never see each other's caller, however many awaits the server makes
 * before it asks. `actAs` sets a default for sequential tests, used outside any `runAs`.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const perCall = new AsyncLocalStorage<{ id: string | null }>();
let defaultActorId: string | null = null;

export function actAs(user: { id: string } | null) {
  defaultActorId = user?.id ?? null;
}

export function runAs<T>(user: { id: string } | null, fn: () => T): T {
  return perCall.run({ id: user?.id ?? null }, fn);
}

export function currentActorId() {
  const store = perCall.getStore();
  return store ? store.id : defaultActorId;
}
