/** Each kind's columns, for the templates and the import pages (the definitions live in each kind's file). */
import "server-only";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Column } from "../types";
import { EXPERT_COLUMNS } from "./experts";
import { MODULE_COLUMNS } from "./modules";
import { PARTNER_COLUMNS } from "./partners";
import { STAFF_COLUMNS } from "./staff";

export const COLUMNS: Record<ImportKind, readonly Column[]> = {
  EXPERTS: EXPERT_COLUMNS,
  PARTNERS: PARTNER_COLUMNS,
  MODULES: MODULE_COLUMNS,
  STAFF: STAFF_COLUMNS,
};
