import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Tag } from "@/components/ui/tag";
import { formatShortDate } from "@/lib/format";
import { inviteToApplyAction } from "@/lib/suggestions/actions";

/**
 * One "Invite to apply" button; the person's name is in the button for screen-reader users. The
 * form stays once they are invited (the button becomes "Invited"), so its confirmation stays on
 * the page and takes the focus.
 */
export function InviteForm({
  sessionId,
  expertId,
  name,
  invitedAt,
}: {
  sessionId: string;
  expertId: string;
  name: string;
  invitedAt: Date | null;
}) {
  return (
    <ActionForm action={inviteToApplyAction} compact aria-label={`Invite ${name}`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="expertId" value={expertId} />
      {invitedAt ? (
        <p>
          <Tag colour="green">Invited</Tag> on {formatShortDate(invitedAt)}
        </p>
      ) : (
        <SubmitButton variant="secondary">
          Invite to apply<span className="sr-only">: {name}</span>
        </SubmitButton>
      )}
    </ActionForm>
  );
}
