"use client";

import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SingleCheckbox } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";

/** Confirm a preview with no problems: everything is written at once, or nothing. */
export function ConfirmImportForm({
  action,
  batchId,
  label,
  offerInvitations,
}: {
  action: FormAction;
  batchId: string;
  label: string;
  offerInvitations: boolean;
}) {
  return (
    <ActionForm action={action} aria-label="Confirm the import">
      <input type="hidden" name="batchId" value={batchId} />
      {offerInvitations && (
        <SingleCheckbox
          name="sendInvitations"
          label="Email an invitation to the new experts"
          hint="Each new expert gets an email with a link to set a password (it works once, for 7 days). Leave it unticked to phone them first: you can send links later from each expert's page."
        />
      )}
      <SubmitButton>{label}</SubmitButton>
    </ActionForm>
  );
}
