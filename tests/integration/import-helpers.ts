/** Uploading fixture files through the real import actions, and reading back what they did. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FormState } from "@/lib/actions/form-state";
import {
  confirmAdminImportAction,
  confirmCoordinatorImportAction,
  uploadAdminImportAction,
  uploadCoordinatorImportAction,
} from "@/lib/import/actions";
import { viewImportBatch } from "@/lib/import/queries";
import { KINDS_OF_AREA, type ImportArea } from "@/lib/import/types";
import { runAs } from "../helpers/actor";
import { form, idle } from "../helpers/factories";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");
export const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

type Person = { id: string };
export type Outcome = { state: FormState | null; redirectedTo: string | null };

/** Server actions redirect by throwing; this turns that into a value. */
async function settle(call: () => Promise<FormState>): Promise<Outcome> {
  try {
    return { state: await call(), redirectedTo: null };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] ?? null };
  }
}

const UPLOAD = { coordinator: uploadCoordinatorImportAction, admin: uploadAdminImportAction };
const CONFIRM = { coordinator: confirmCoordinatorImportAction, admin: confirmAdminImportAction };

export function upload(
  as: Person,
  area: ImportArea,
  kind: string,
  file: { name: string; bytes: Uint8Array | string } | null,
): Promise<Outcome> {
  const data = form({ kind });
  if (file) data.append("file", new File([file.bytes as BlobPart], file.name));
  return settle(() => runAs(as, () => UPLOAD[area](idle, data)));
}

/** Upload a fixture and return the new batch's id (fails the test when the upload was refused). */
export async function uploadFixture(as: Person, area: ImportArea, kind: string, name: string, bytes = fixture(name)) {
  const outcome = await upload(as, area, kind, { name, bytes });
  const match = /\/import\/([^/?]+)$/.exec(outcome.redirectedTo ?? "");
  if (!match) throw new Error(`upload of ${name} was not accepted: ${JSON.stringify(outcome.state)}`);
  return match[1]!;
}

export function confirm(as: Person, area: ImportArea, batchId: string, extra: Record<string, string> = {}) {
  return settle(() => runAs(as, () => CONFIRM[area](idle, form({ batchId, ...extra }))));
}

export async function preview(as: { id: string; partnershipId: string }, area: ImportArea, batchId: string) {
  const view = await viewImportBatch({
    id: batchId,
    partnershipId: as.partnershipId,
    kinds: KINDS_OF_AREA[area],
    actorId: as.id,
  });
  if (!view) throw new Error(`batch ${batchId} not visible`);
  return view;
}
