import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { inviteToApplyAction } from "@/lib/suggestions/actions";

/** One "Invite to apply" button; the person's name is in the button for screen-reader users. */
export function InviteForm({ sessionId, expertId, name }: { sessionId: string; expertId: string; name: string }) {
  return (
    <ActionForm action={inviteToApplyAction} compact aria-label={`Invite ${name}`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="expertId" value={expertId} />
      <SubmitButton variant="secondary">
        Invite to apply<span className="sr-only">: {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
