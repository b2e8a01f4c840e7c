import "server-only";
import { forbidden, redirect } from "next/navigation";
import { checkCaller, INCOMPLETE_ACCOUNT, type CallerFor } from "./caller";
import type { Area } from "./roles";
import { logger } from "@/lib/log/logger";
import { getSessionUser } from "./session";

/**
 * Every page in a role's area starts with this: signed in, allowed in that area, and with the
 * ids that area's queries need (a coordinator without an institution gets a 403 here).
 */
export async function requireArea<A extends Area>(area: A): Promise<CallerFor<A>> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=/${area}`);
  const check = checkCaller(area, user);
  if (!check.ok) {
    if (check.reason === "incomplete") logger.warn({ userId: user.id, role: user.role, area }, INCOMPLETE_ACCOUNT);
    forbidden();
  }
  return check.caller;
}
