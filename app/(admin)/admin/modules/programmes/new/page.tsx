import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutionChoices } from "@/lib/institutions/queries";
import { createProgrammeAction } from "@/lib/modules/programme-actions";
import { idParam, type SearchParams } from "../../_components/params";
import { ProgrammeFields } from "../../_components/programme-fields";

export const metadata: Metadata = { title: "Add a programme" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const institutions = await listInstitutionChoices({ partnershipId: user.partnershipId });
  const asked = idParam(params.institution);
  const institutionId = institutions.some((i) => i.id === asked) ? asked : user.institutionId;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/admin/modules?institution=${institutionId}`} className="inline-block min-h-11 py-2">
          ← Programmes and modules
        </Link>
      </p>
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
