import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { createInstitutionAction } from "@/lib/institutions/actions";
import { InstitutionFields } from "../institution-fields";

export const metadata: Metadata = { title: "Add an institution" };

export default async function Page() {
  await requireArea("admin");
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/admin/institutions" className="inline-block min-h-11 py-2">
          ← Institutions
        </Link>
      </p>
      <h1>Add an institution</h1>
      <ActionForm action={createInstitutionAction} aria-label="Add an institution">
        <InstitutionFields />
        <SubmitButton>Add institution</SubmitButton>
      </ActionForm>
    </div>
  );
}
