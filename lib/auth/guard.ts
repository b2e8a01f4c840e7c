import { forbidden, redirect } from "next/navigation";
import { AREA_ROLES, type Area } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

/** Every page in a role's area starts with this: signed in, and allowed in that area. */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=/${area}`);
  if (!(AREA_ROLES[area] as readonly string[]).includes(user.role)) forbidden();
  return user;
}
