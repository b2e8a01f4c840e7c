import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { Checkboxes, Radios, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { inviteExpertAction } from "@/lib/experts/actions";
import { listPartnerOptions } from "@/lib/experts/queries";
import { OPPORTUNITY_TYPE, options } from "@/lib/labels";
import { EmailLinkCheckbox, OneTimeLink } from "../_components/one-time-link";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Invite an expert" };

export default async function Page() {
  const user = await requireArea("coordinator");
  const partners = await listPartnerOptions({ partnershipId: user.partnershipId });
  return (
    <div className="max-w-3xl">
      <BackLink href="/coordinator/experts">Experts</BackLink>
      <h1>Invite an expert by experience</h1>
      <p className="mb-6">
        This adds them to your partnership&apos;s pool with you as their named contact, and gives you a one-time link to
        send them so they can set a password. We can email it to them for you. They can add the rest, like access needs
        and how they want to be paid, themselves.
      </p>
      <ActionForm action={inviteExpertAction} aria-label="Invite an expert">
        <OneTimeLink />
        <TextField name="name" label="Full name" autoComplete="off" maxLength={200} />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <TextField name="phone" label="Phone number (optional)" type="tel" className="max-w-sm" maxLength={40} />
        <TextField
          name="livedExperience"
          label="Lived experience (optional)"
          hint="In their words, separated by commas, for example: carer, care leaver"
          maxLength={1000}
        />
        <Checkboxes name="interests" label="Interested in (optional)" options={options(OPPORTUNITY_TYPE)} />
        {partners.length > 0 && (
          <Checkboxes
            name="partnerIds"
            label="Groups they come through (optional)"
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <Radios
          name="status"
          label="Where are they up to?"
          defaultValue="ENQUIRY"
          options={[
            { value: "ENQUIRY", label: "Enquiry: interested, not yet met" },
            { value: "INDUCTION", label: "Induction: getting ready to take part" },
          ]}
        />
        <EmailLinkCheckbox />
        <SubmitButton>Add and create link</SubmitButton>
      </ActionForm>
    </div>
  );
}
