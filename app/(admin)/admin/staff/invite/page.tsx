import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { Radios, SelectField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { inviteStaffAction } from "@/lib/staff/actions";
import { ROLE_CHOICES } from "../_components/role-choices";
import { BackLink } from "@/components/ui/back-link";
import { listInstitutionChoices } from "@/lib/institutions/queries";

export const metadata: Metadata = { title: "Invite a member of staff" };

export default async function Page() {
  const user = await requireArea("admin");
  const institutions = await listInstitutionChoices({ partnershipId: user.partnershipId });
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin/staff">Staff</BackLink>
      <h1>Invite a member of staff</h1>
      <p className="mb-6">
        We will email them a link to set a password, with a short code they can type on a phone instead. The link works
        once and lasts 7 days; you can send a new one from their page.
      </p>
      <ActionForm action={inviteStaffAction} aria-label="Invite a member of staff">
        <TextField name="name" label="Full name" autoComplete="off" maxLength={200} />
        <TextField
          name="email"
          label="Email address"
          hint="Their work email address. They will sign in with it."
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <Radios name="role" label="What will they do?" options={ROLE_CHOICES} />
        <SelectField
          name="institutionId"
          label="University"
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          placeholder={institutions.length === 1 ? undefined : "Choose a university"}
        />
        <SubmitButton>Send invitation</SubmitButton>
      </ActionForm>
    </div>
  );
}
