/** Form schemas for uploading a spreadsheet and confirming its preview. */
import { z } from "zod";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { checkbox, recordId } from "@/lib/validation/fields";

/** The kind chosen, and the file's name (the file itself is read from the form, see actions.ts). */
export const uploadSchema = <K extends ImportKind>(kinds: readonly [K, ...K[]]) =>
  z.object({
    kind: z.enum(kinds, "Choose what you are importing"),
    file: z.string().max(255, "Rename the file to a shorter name and try again").optional(),
  });

export const confirmImportSchema = z.object({
  batchId: recordId(),
  /** Experts only: email an invitation (a set-password link) to each new expert. */
  sendInvitations: checkbox,
});
