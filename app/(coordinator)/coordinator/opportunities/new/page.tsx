import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/guard";
import { createOpportunityAction } from "@/lib/opportunities/actions";
import { listInstitutionModules } from "@/lib/opportunities/queries";
import { OpportunityForm } from "../opportunity-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New opportunity" };

export default async function Page() {
  const user = await requireArea("coordinator");
  const modules = await listInstitutionModules({ institutionId: user.institutionId });
  return (
    <>
      <BackLink href="/coordinator/opportunities">Back to opportunities</BackLink>
      <h1>New opportunity</h1>
      <p className="mb-6 max-w-3xl">
        It is saved as a draft. Add at least one session, then publish it so experts in your partnership can sign up.
      </p>
      <OpportunityForm action={createOpportunityAction} modules={modules} submitLabel="Save draft" />
    </>
  );
}
