import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { createPartnerAction } from "@/lib/partners/actions";
import { PartnerFields } from "../partner-fields";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a group" };

export default async function Page() {
  await requireArea("coordinator");
  return (
    <div className="max-w-2xl">
      <BackLink href="/coordinator/partners">Partner groups</BackLink>
      <h1>Add a partner group</h1>
      <ActionForm action={createPartnerAction} aria-label="Add a partner group">
        <PartnerFields />
        <SubmitButton>Add group</SubmitButton>
      </ActionForm>
    </div>
  );
}
