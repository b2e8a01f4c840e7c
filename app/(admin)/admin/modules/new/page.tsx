import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutionChoices } from "@/lib/institutions/queries";
import { academicYearParam } from "@/lib/modules/academic-year";
import { listLeaderChoices, listProgrammeChoices } from "@/lib/modules/admin-queries";
import { createModuleAction } from "@/lib/modules/module-actions";
import { ModuleFields } from "../_components/module-fields";
import { idParam, type SearchParams } from "../_components/params";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a module" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const { partnershipId } = user;
  const institutions = await listInstitutionChoices({ partnershipId });
  const asked = idParam(params.institution);
  const institution = institutions.find((i) => i.id === asked) ?? institutions.find((i) => i.id === user.institutionId);
  const institutionId = institution?.id ?? user.institutionId;
  const [programmes, leaders] = await Promise.all([
    listProgrammeChoices({ partnershipId, institutionId }),
    listLeaderChoices({ partnershipId, institutionId }),
  ]);
  const back = `/admin/modules?institution=${institutionId}`;
  return (
    <div className="max-w-2xl">
      <BackLink href={back}>Programmes and modules</BackLink>
      <h1>Add a module{institution ? ` at ${institution.shortName}` : ""}</h1>
      {programmes.length === 0 ? (
        <p>
          {institution?.name ?? "This institution"} has no current programmes.{" "}
          <Link href={`/admin/modules/programmes/new?institution=${institutionId}`}>Add a programme</Link> first.
        </p>
      ) : (
        <ActionForm action={createModuleAction} aria-label="Add a module">
          <SelectField
            name="programmeId"
            label="Programme"
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={idParam(params.programme)}
          />
          <ModuleFields leaders={leaders} academicYear={academicYearParam(params.year)} />
          <SubmitButton>Add module</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
