/**
 * Who hears about an opportunity's sessions (a debrief asked for, places asked for): its named
 * contact while their account is active, otherwise every active coordinator of its university,
 * so a deactivated contact never leaves a request with nobody.
 */
import "server-only";
import type { DbClient } from "@/lib/db";

export async function coordinatorsToTell(
  { contactId, institutionId }: { contactId: string | null; institutionId: string },
  db: DbClient,
): Promise<string[]> {
  if (contactId) {
    const contact = await db.user.findFirst({ where: { id: contactId, active: true }, select: { id: true } });
    if (contact) return [contact.id];
  }
  const coordinators = await db.user.findMany({
    where: { institutionId, role: "COORDINATOR", active: true },
    select: { id: true },
  });
  return coordinators.map((c) => c.id);
}
