/** Ownership checks for the admin's module actions, run inside their transactions. */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { DbClient } from "@/lib/db";

export async function ownInstitution(
  { institutionId, partnershipId }: { institutionId: string; partnershipId: string },
  db: DbClient,
) {
  const found = await db.institution.findFirst({
    where: { id: institutionId, partnershipId },
    select: { id: true, name: true },
  });
  if (!found)
    throw new ActionError("Choose an institution of your partnership.", "NOT_FOUND", {
      institutionId: ["Choose an institution of your partnership"],
    });
  return found;
}

export async function ownProgramme(
  { programmeId, partnershipId }: { programmeId: string; partnershipId: string },
  db: DbClient,
) {
  const found = await db.programme.findFirst({
    where: { id: programmeId, institution: { partnershipId } },
    select: { id: true, name: true, level: true, retiredAt: true, institutionId: true },
  });
  if (!found) throw notFound("That programme");
  return found;
}

/**
 * A leader must be an active academic of the module's institution. `unchanged` lets a module
 * keep the leader it already has (even one deactivated since) when other details are edited.
 */
export async function checkLeader(
  { leaderId, institutionId, unchanged }: { leaderId: string | null; institutionId: string; unchanged?: string | null },
  db: DbClient,
) {
  if (!leaderId || leaderId === unchanged) return;
  const leader = await db.user.findFirst({
    where: { id: leaderId, institutionId, role: "ACADEMIC", active: true },
    select: { id: true },
  });
  if (!leader)
    throw new ActionError("Choose a module leader from this institution's academics.", "INVALID", {
      leaderId: ["Choose an academic of this institution who has an active account, or no leader"],
    });
}

export const codeTaken = (academicYear: string) =>
  new ActionError(`This programme already has a module with this code in ${academicYear}.`, "CONFLICT", {
    code: [`Use a different code: this programme already has this module in ${academicYear}`],
  });

export const programmeNameTaken = () =>
  new ActionError("This institution already has a programme with this name.", "CONFLICT", {
    name: ["Use a different name: this institution already has a programme with this name"],
  });
