/**
 * The contacts the public privacy notice and accessibility statement name: every university on
 * this installation with where to write about personal data and about accessibility. Anyone can
 * read them, signed in or not, so the select is the boundary: a name and two work addresses.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

/** An address to write to; `fallback` when it is the contact for experts, not a dedicated one. */
export type PublicContact = { email: string; fallback: boolean } | null;

export type PublicInstitutionContacts = {
  id: string;
  name: string;
  privacy: PublicContact;
  accessibility: PublicContact;
};

export type PublicPartnershipContacts = {
  name: string;
  /** Months after an expert leaves before the nightly job erases them (lib/erasure); null: never. */
  eraseLeftExpertsAfterMonths: number | null;
  institutions: PublicInstitutionContacts[];
};

/** A blank setting falls back to the contact for experts; null when that is blank too. */
function contact(own: string, expertContactEmail: string): PublicContact {
  if (own) return { email: own, fallback: false };
  if (expertContactEmail) return { email: expertContactEmail, fallback: true };
  return null;
}

/**
 * Each partnership's universities by name, with their privacy and accessibility contacts, and how
 * long after leaving its experts' details are kept (the privacy notice quotes it).
 */
export async function listPublicContacts(db: DbClient = defaultDb): Promise<PublicPartnershipContacts[]> {
  const rows = await db.institution.findMany({
    orderBy: [{ partnership: { name: "asc" } }, { partnershipId: "asc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      partnershipId: true,
      partnership: { select: { name: true, eraseLeftExpertsAfterMonths: true } },
      expertContactEmail: true,
      privacyContactEmail: true,
      accessibilityContactEmail: true,
    },
  });
  const partnerships = new Map<string, PublicPartnershipContacts>();
  for (const row of rows) {
    let group = partnerships.get(row.partnershipId);
    if (!group) partnerships.set(row.partnershipId, (group = { ...row.partnership, institutions: [] }));
    group.institutions.push({
      id: row.id,
      name: row.name,
      privacy: contact(row.privacyContactEmail, row.expertContactEmail),
      accessibility: contact(row.accessibilityContactEmail, row.expertContactEmail),
    });
  }
  return [...partnerships.values()];
}
