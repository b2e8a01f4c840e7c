import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { createInstitutionAction } from "@/lib/institutions/actions";
import { InstitutionFields } from "../institution-fields";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add an institution" };

export default async function Page() {
  await requireArea("admin");
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/institutions">Institutions</BackLink>
      <h1>Add an institution</h1>
      <ActionForm action={createInstitutionAction} aria-label="Add an institution">
        <InstitutionFields />
        <SubmitButton>Add institution</SubmitButton>
      </ActionForm>
    </div>
  );
}
