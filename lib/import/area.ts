/** What each area's import pages offer, and its template downloads. */
import "server-only";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Download } from "@/lib/routes/route";
import { COLUMNS } from "./kinds/columns";
import { MAX_FILE_LABEL, MAX_ROWS } from "./limits";
import { importTemplate } from "./templates";
import { KIND_BY_SLUG, KIND_SLUG, KINDS_OF_AREA, type ImportArea, type KindSlug } from "./types";

const KIND_TEXT: Record<ImportKind, { label: string; hint: string }> = {
  EXPERTS: {
    label: "Experts",
    hint: "People for your partnership's pool. New experts get an account in Enquiry (or the status given); you choose whether to email them an invitation when you confirm.",
  },
  PARTNERS: { label: "Partner groups", hint: "The organisations experts come through, shared by your partnership." },
  MODULES: {
    label: "Modules",
    hint: "Modules of programmes already set up for your university (or another university of your partnership), with their leaders.",
  },
  STAFF: {
    label: "Staff accounts",
    hint: "Coordinators, academics and admins. Accounts are made without a password and nothing is emailed: invite people from the staff page when you are ready.",
  },
};

export const IMPORT_LIMITS = `At most ${MAX_FILE_LABEL} and ${MAX_ROWS.toLocaleString("en-GB")} rows.`;

export const kindLabel = (kind: ImportKind) => KIND_TEXT[kind].label;

export function kindsFor(area: ImportArea) {
  return KINDS_OF_AREA[area].map((kind) => ({
    value: kind,
    slug: KIND_SLUG[kind],
    ...KIND_TEXT[kind],
    columns: COLUMNS[kind],
  }));
}

/** ?kind=experts&format=xlsx → that template, when the kind belongs to the area (first kind, CSV, by default). */
export async function templateDownload(area: ImportArea, params: URLSearchParams): Promise<Download | null> {
  const slug = params.get("kind");
  const kind = slug ? KIND_BY_SLUG[slug as KindSlug] : KINDS_OF_AREA[area][0];
  if (!kind || !(KINDS_OF_AREA[area] as readonly ImportKind[]).includes(kind)) return null;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return null;
  return importTemplate(kind, format);
}
