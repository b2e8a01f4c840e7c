/** The signed-in expert's own profile, found by their user id (never an id from a URL). */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export async function findOwnProfile({ userId }: { userId: string }, db: DbClient = defaultDb) {
  return db.expertProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      status: true,
      interests: true,
      livedExperience: true,
      availabilityNotes: true,
      accessNeeds: true,
      paymentPreference: true,
      paymentPartnerId: true,
      earningsLimitPence: true,
      earningsLimitPeriod: true,
      supportContactName: true,
      supportContactPhone: true,
      biography: true,
      biographyApprovedAt: true,
      shareLivedExperienceWithAcademics: true,
      largerText: true,
      easyRead: true,
      user: { select: { name: true, email: true, phone: true } },
      namedContact: { select: { name: true, email: true, phone: true } },
      partners: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
}

export type OwnProfile = NonNullable<Awaited<ReturnType<typeof findOwnProfile>>>;

export type DisplayChoices = { largerText: boolean; easyRead: boolean };

/** How the expert asked for their pages to be shown (larger text, easy read); both off if no profile. */
export async function findDisplayChoices(
  { userId }: { userId: string },
  db: DbClient = defaultDb,
): Promise<DisplayChoices> {
  const profile = await db.expertProfile.findUnique({
    where: { userId },
    select: { largerText: true, easyRead: true },
  });
  return { largerText: profile?.largerText ?? false, easyRead: profile?.easyRead ?? false };
}
