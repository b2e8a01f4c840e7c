/**
 * The caller of a page, action or route, typed by the area it was let into. Each area's caller
 * carries the ids its queries are scoped by as plain strings, so no query ever has to invent a
 * placeholder for a missing institution or expert profile: an account without them is refused
 * here, in the one place.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { AREA_ROLES, type Area } from "./roles";
import type { SessionUser } from "./session";

type Base = { id: string; name: string; email: string };

/** Coordinators and admins: their own institution, inside one partnership. */
export type CoordinatorCaller = Base & {
  role: "COORDINATOR" | "ADMIN";
  institutionId: string;
  partnershipId: string;
  expertId: null;
};
export type AdminCaller = CoordinatorCaller & { role: "ADMIN" };
/** Academics: the modules they lead in their institution; experts only as the pool shares them. */
export type AcademicCaller = Base & { role: "ACADEMIC"; institutionId: string; partnershipId: string; expertId: null };
/** Experts: their own profile in their partnership's pool. */
export type ExpertCaller = Base & { role: "EXPERT"; expertId: string; partnershipId: string; institutionId: null };

type CallerByArea = {
  coordinator: CoordinatorCaller;
  admin: AdminCaller;
  academic: AcademicCaller;
  expert: ExpertCaller;
};

/** `CallerFor<"coordinator">`, or a union for several areas: `CallerFor<"expert" | "coordinator">`. */
export type CallerFor<A extends Area> = CallerByArea[A];
export type AnyCaller = CallerFor<Area>;

export type CallerCheck<A extends Area> =
  { ok: true; caller: CallerFor<A> } | { ok: false; reason: "forbidden" | "incomplete" };

/** Plain words for an account that has the role but not what the role needs. */
export const INCOMPLETE_ACCOUNT =
  "Your account is not fully set up yet (it is not linked to a university or to the pool). Ask an administrator to fix this.";

function callerIn(area: Area, user: SessionUser): AnyCaller | "incomplete" {
  const base = { id: user.id, name: user.name, email: user.email };
  if (area === "expert") {
    if (!user.expertId || !user.partnershipId) return "incomplete";
    return {
      ...base,
      role: "EXPERT",
      expertId: user.expertId,
      partnershipId: user.partnershipId,
      institutionId: null,
    };
  }
  if (!user.institutionId || !user.partnershipId) return "incomplete";
  const staff = { ...base, institutionId: user.institutionId, partnershipId: user.partnershipId, expertId: null };
  return { ...staff, role: user.role as "COORDINATOR" | "ADMIN" | "ACADEMIC" } as AnyCaller;
}

/**
 * Is `user` allowed in one of `areas`, with everything that area needs? The first area whose
 * roles include the user's decides (an admin calling a coordinator-or-expert action is a
 * coordinator there).
 */
export function checkCaller<A extends Area>(areas: A | readonly A[], user: SessionUser): CallerCheck<A> {
  const area = [areas].flat().find((a) => (AREA_ROLES[a] as readonly Role[]).includes(user.role));
  if (!area) return { ok: false, reason: "forbidden" };
  const caller = callerIn(area, user);
  if (caller === "incomplete") return { ok: false, reason: "incomplete" };
  return { ok: true, caller: caller as CallerFor<A> };
}

export const isCoordinatorCaller = (caller: AnyCaller): caller is CoordinatorCaller =>
  caller.role === "COORDINATOR" || caller.role === "ADMIN";
