/**
 * A subject access download, for the expert themselves or for a coordinator of their partnership
 * answering a request (by post, say): collect, zip, and audit who downloaded whose data. Null
 * when the expert is not in that partnership, so another partnership's expert is "not found".
 */
import "server-only";
import { audit } from "@/lib/audit";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import type { Download } from "@/lib/routes/route";
import { buildSubjectAccessArchive } from "./archive";
import { collectSubjectAccess } from "./collect";

export async function subjectAccessDownload(
  { expertId, partnershipId, requestedById }: { expertId: string; partnershipId: string; requestedById: string },
  db: DbClient = defaultDb,
): Promise<Download | null> {
  const data = await collectSubjectAccess({ expertId, partnershipId }, db);
  if (!data) return null;
  const producedAt = new Date();
  const onBehalf = requestedById !== data.account.userId;
  const body = await buildSubjectAccessArchive(data, { producedAt, onBehalf });
  await audit(
    {
      actorId: requestedById,
      action: "subject_access.downloaded",
      entityType: "ExpertProfile",
      entityId: data.profile.expertId,
      partnershipId,
      after: { by: onBehalf ? "coordinator" : "the expert", bytes: body.byteLength },
    },
    db,
  );
  const day = toDateInput(producedAt);
  return {
    type: "zip",
    body,
    filename: onBehalf ? `involve-subject-access-${data.account.name}-${day}.zip` : `involve-my-data-${day}.zip`,
  };
}
