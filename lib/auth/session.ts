/**
 * Who is asking. The JWT says who signed in; the database says whether they still may:
 * the account is re-read on every request so a deactivated user or changed role takes effect
 * at once, not when the token expires. A session whose version is below the user's (they signed
 * out everywhere, got a new password or were deactivated) has ended.
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  institutionId: string | null;
  /** Coordinators, academics and admins through their institution; experts through their profile. */
  partnershipId: string | null;
  expertId: string | null;
};

export async function loadSessionUser(
  {
    userId,
    sessionVersion,
  }: { userId: string; /** From the session; omitted by scripts and tests. */ sessionVersion?: number },
  db: DbClient = defaultDb,
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      sessionVersion: true,
      institutionId: true,
      institution: { select: { partnershipId: true } },
      expertProfile: { select: { id: true, partnershipId: true } },
    },
  });
  if (!user?.active) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    institutionId: user.institutionId,
    partnershipId: user.institution?.partnershipId ?? user.expertProfile?.partnershipId ?? null,
    expertId: user.expertProfile?.id ?? null,
  };
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadSessionUser({ userId: id, sessionVersion: session.user.sessionVersion ?? 0 }) : null;
});
