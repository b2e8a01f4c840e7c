import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutionChoices } from "@/lib/institutions/queries";
import { createProgrammeAction } from "@/lib/modules/programme-actions";
import { idParam, type SearchParams } from "../../_components/params";
import { ProgrammeFields } from "../../_components/programme-fields";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a programme" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const institutions = await listInstitutionChoices({ partnershipId: user.partnershipId });
  const asked = idParam(params.institution);
  const institutionId = institutions.some((i) => i.id === asked) ? asked : user.institutionId;
  return (
    <div className="max-w-2xl">
      <BackLink href={`/admin/modules?institution=${institutionId}`}>Programmes and modules</BackLink>
      <h1>Add a programme</h1>
      <ActionForm action={createProgrammeAction} aria-label="Add a programme">
        <SelectField
          name="institutionId"
          label="Institution"
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          defaultValue={institutionId}
        />
        <ProgrammeFields />
        <SubmitButton>Add programme</SubmitButton>
      </ActionForm>
    </div>
  );
}
