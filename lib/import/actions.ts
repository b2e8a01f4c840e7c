"use server";
/**
 * Spreadsheet import: upload (parse, store the rows, show the preview) and confirm (apply all
 * or nothing). Coordinators import experts and partner groups into their partnership's pool;
 * admins import modules and staff into their university.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { applyImportBatch } from "./apply";
import { COLUMNS } from "./kinds/columns";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "./limits";
import { cleanCell, parseSpreadsheet } from "./parse";
import { confirmImportSchema, uploadSchema } from "./schemas";
import { KINDS_OF_AREA, type ImportArea } from "./types";

const fileProblem = (message: string) =>
  new ActionError("There is a problem with the file.", "INVALID", { file: [message] });

async function upload(area: ImportArea, kind: ImportKind, formData: FormData, user: CoordinatorCaller) {
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name))
    throw fileProblem("Choose a CSV or Excel file to upload.");
  if (file.size > MAX_FILE_BYTES)
    throw fileProblem(`The file is larger than ${MAX_FILE_LABEL}. Split it into smaller files.`);
  const fileName = cleanCell(file.name).slice(0, 255) || "spreadsheet";
  const parsed = await parseSpreadsheet({
    fileName,
    bytes: new Uint8Array(await file.arrayBuffer()),
    columns: COLUMNS[kind],
  });
  if (!parsed.ok) throw fileProblem(parsed.message);

  const batch = await db.$transaction(async (tx) => {
    const made = await tx.importBatch.create({
      data: {
        kind,
        partnershipId: user.partnershipId,
        institutionId: user.institutionId,
        createdById: user.id,
        fileName,
        rows: parsed.value,
        rowCount: parsed.value.length,
      },
      select: { id: true },
    });
    await audit(
      {
        actorId: user.id,
        action: "import.uploaded",
        entityType: "ImportBatch",
        entityId: made.id,
        after: { kind, fileName, rows: parsed.value.length },
      },
      tx,
    );
    return made;
  });
  redirect(`/${area}/import/${batch.id}`);
}

async function confirm(
  area: ImportArea,
  input: { batchId: string; sendInvitations: boolean },
  user: CoordinatorCaller,
) {
  await applyImportBatch({
    batchId: input.batchId,
    user,
    kinds: KINDS_OF_AREA[area],
    sendInvitations: input.sendInvitations,
  });
  revalidatePath(`/${area}/import`);
  redirect(`/${area}/import/${input.batchId}`);
}

export const uploadCoordinatorImportAction = defineAction(
  { name: "uploadCoordinatorImport", area: "coordinator", schema: uploadSchema(KINDS_OF_AREA.coordinator) },
  async (input, { user, formData }) => upload("coordinator", input.kind, formData, user),
);

export const confirmCoordinatorImportAction = defineAction(
  { name: "confirmCoordinatorImport", area: "coordinator", schema: confirmImportSchema },
  async (input, { user }) => confirm("coordinator", input, user),
);

export const uploadAdminImportAction = defineAction(
  { name: "uploadAdminImport", area: "admin", schema: uploadSchema(KINDS_OF_AREA.admin) },
  async (input, { user, formData }) => upload("admin", input.kind, formData, user),
);

export const confirmAdminImportAction = defineAction(
  { name: "confirmAdminImport", area: "admin", schema: confirmImportSchema },
  async (input, { user }) => confirm("admin", input, user),
);
