import type { Metadata } from "next";
import { ImportStart } from "@/components/import/import-start";
import { requireArea } from "@/lib/auth/guard";
import { uploadCoordinatorImportAction } from "@/lib/import/actions";
import { IMPORT_LIMITS, kindLabel, kindsFor } from "@/lib/import/area";
import { listRecentImports } from "@/lib/import/queries";
import { KINDS_OF_AREA } from "@/lib/import/types";

export const metadata: Metadata = { title: "Import from a spreadsheet" };

export default async function Page() {
  const user = await requireArea("coordinator");
  const recent = await listRecentImports({ partnershipId: user.partnershipId, kinds: KINDS_OF_AREA.coordinator });
  return (
    <ImportStart
      basePath="/coordinator/import"
      kinds={kindsFor("coordinator")}
      action={uploadCoordinatorImportAction}
      limits={IMPORT_LIMITS}
      recent={recent.map((b) => ({ ...b, kindLabel: kindLabel(b.kind) }))}
    />
  );
}
