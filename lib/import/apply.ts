/**
 * Confirming an import: all or nothing, in one transaction. The batch is claimed first with a
 * guarded update (appliedAt still null), so a double click or a second tab waits for the first
 * and then finds it applied. The plan is computed again inside the transaction; any problem
 * rolls everything back, the claim included, and names the rows.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { planImport } from "./plan";
import { rowsOf } from "./queries";

/** A big file creates thousands of rows: more time than an ordinary action's transaction. */
const TRANSACTION = { maxWait: 30_000, timeout: 180_000 };

export type ImportResult = { created: number; updated: number; unchanged: number; invited: number };

function rowList(rows: number[]) {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length > 10 ? `${shown} and ${rows.length - 10} more` : shown;
}

export async function applyImportBatch({
  batchId,
  user,
  kinds,
  sendInvitations,
}: {
  batchId: string;
  user: CoordinatorCaller;
  kinds: readonly ImportKind[];
  sendInvitations: boolean;
}): Promise<ImportResult> {
  try {
    return await applyInOneTransaction({ batchId, user, kinds, sendInvitations });
  } catch (error) {
    // Someone else made one of these records (an email, a name) between our check and our write.
    if (isUniqueViolation(error)) {
      throw new ActionError(
        "Nothing was imported: some of these records were added by someone else just now. Open the preview again to see what has changed.",
        "CONFLICT",
      );
    }
    throw error;
  }
}

async function applyInOneTransaction({
  batchId,
  user,
  kinds,
  sendInvitations,
}: {
  batchId: string;
  user: CoordinatorCaller;
  kinds: readonly ImportKind[];
  sendInvitations: boolean;
}): Promise<ImportResult> {
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.findFirst({
      where: { id: batchId, partnershipId: user.partnershipId, kind: { in: [...kinds] } },
      select: { id: true, kind: true, fileName: true, partnershipId: true, institutionId: true, rows: true },
    });
    if (!batch) throw notFound("That import");
    const claimed = await tx.importBatch.updateMany({
      where: { id: batch.id, partnershipId: user.partnershipId, appliedAt: null },
      data: { appliedAt: new Date() },
    });
    if (claimed.count !== 1)
      throw new ActionError("This file has already been imported. To import more, upload a new file.", "CONFLICT");

    const scope = { partnershipId: batch.partnershipId, institutionId: batch.institutionId };
    const { plan, ctx, def } = await planImport(
      { kind: batch.kind, rows: rowsOf(batch.rows), scope, actorId: user.id },
      tx,
    );
    const problemRows = plan.rows.filter((r) => r.action === "problem").map((r) => r.row);
    if (problemRows.length) {
      throw new ActionError(
        `Nothing was imported. ${problemRows.length === 1 ? "Row" : "Rows"} ${rowList(problemRows)} ${
          problemRows.length === 1 ? "has a problem" : "have problems"
        } (the records changed since the preview). Fix the file and upload it again.`,
        "INVALID",
      );
    }
    const invite = sendInvitations && batch.kind === "EXPERTS";
    const events = await def.apply(
      {
        scope: { ...scope, institutionId: batch.kind === "EXPERTS" ? user.institutionId : scope.institutionId },
        rows: plan.rows.filter((r) => r.action === "create" || r.action === "update"),
        ctx,
        actor: { id: user.id, name: user.name, email: user.email },
        sendInvitations: invite,
      },
      tx,
    );
    const result: ImportResult = {
      created: plan.counts.create,
      updated: plan.counts.update,
      unchanged: plan.counts.unchanged,
      invited: invite ? plan.counts.create : 0,
    };
    await tx.importBatch.update({ where: { id: batch.id }, data: { result } });
    await audit(
      [
        {
          actorId: user.id,
          action: "import.applied",
          entityType: "ImportBatch",
          entityId: batch.id,
          after: { kind: batch.kind, fileName: batch.fileName, ...result },
        },
        ...events,
      ],
      tx,
    );
    return result;
  }, TRANSACTION);
}
