/**
 * The area-typed caller a page or action would hand to a query, for tests that call queries
 * directly: the user is loaded from the database and checked exactly as requireArea does.
 */
import { checkCaller, type CallerFor } from "@/lib/auth/caller";
import type { Area } from "@/lib/auth/roles";
import { loadSessionUser } from "@/lib/auth/session";

export async function callerFor<A extends Area>(area: A, user: { id: string }): Promise<CallerFor<A>> {
  const signedIn = await loadSessionUser({ userId: user.id });
  if (!signedIn) throw new Error(`callerFor: no active user ${user.id}`);
  const check = checkCaller(area, signedIn);
  if (!check.ok) throw new Error(`callerFor: ${signedIn.role} ${user.id} is not let into ${area} (${check.reason})`);
  return check.caller;
}
