import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportBatchView } from "@/components/import/batch-view";
import { requireArea } from "@/lib/auth/guard";
import { confirmCoordinatorImportAction } from "@/lib/import/actions";
import { viewImportBatch } from "@/lib/import/queries";
import { KINDS_OF_AREA } from "@/lib/import/types";
import { pageFrom } from "@/lib/pagination";

export const metadata: Metadata = { title: "Import preview" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const [{ batchId }, query] = await Promise.all([params, searchParams]);
  const batch = await viewImportBatch({
    id: batchId,
    partnershipId: user.partnershipId,
    kinds: KINDS_OF_AREA.coordinator,
    actorId: user.id,
  });
  if (!batch) notFound();
  return (
    <ImportBatchView
      batch={batch}
      basePath="/coordinator/import"
      page={pageFrom(query.page).page}
      confirmAction={confirmCoordinatorImportAction}
    />
  );
}
