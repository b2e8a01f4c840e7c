import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { updateOpportunityAction } from "@/lib/opportunities/actions";
import { findOpportunity, listInstitutionModules } from "@/lib/opportunities/queries";
import { OpportunityForm } from "../../opportunity-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit opportunity" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const { institutionId } = user;
  const opportunity = await findOpportunity({ id, institutionId });
  if (!opportunity || opportunity.status === "CANCELLED") notFound();
  const modules = await listInstitutionModules({ institutionId, keepId: opportunity.moduleId });
  return (
    <>
      <BackLink href={`/coordinator/opportunities/${id}`}>Back to {opportunity.title}</BackLink>
      <h1>{opportunity.type === "GROUP_MEETING" ? "Edit group meeting" : "Edit opportunity"}</h1>
      {opportunity.status !== "DRAFT" && (
        <Notice tone="warning" className="mb-6 max-w-3xl">
          This opportunity is already published. Changes to pay apply to sessions attended from now on; payments already
          drafted keep their amount.
        </Notice>
      )}
      <OpportunityForm
        action={updateOpportunityAction}
        modules={modules}
        opportunity={opportunity}
        submitLabel="Save changes"
      />
    </>
  );
}
