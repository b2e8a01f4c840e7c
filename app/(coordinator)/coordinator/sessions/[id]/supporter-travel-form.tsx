import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { setSupporterTravelAction } from "@/lib/preparation/actions";

/**
 * Whether the supporter's travel can be claimed on the expert's payment: one button that turns it
 * on or off (its own form, outside the decision form, so the card keeps one form per purpose).
 */
export function SupporterTravelForm({
  booking,
  name,
}: {
  booking: { id: string; supporterTravelClaimable: boolean };
  name: string;
}) {
  const claimable = booking.supporterTravelClaimable;
  return (
    <ActionForm
      action={setSupporterTravelAction}
      compact
      aria-label={`Supporter's travel for ${name}`}
      className="mt-4 border-t border-line pt-4"
    >
      <input type="hidden" name="bookingId" value={booking.id} />
      {!claimable && <input type="hidden" name="supporterTravelClaimable" value="on" />}
      <p className="mb-2">
        Supporter&apos;s travel: <strong>{claimable ? "can be claimed" : "cannot be claimed"}</strong>
      </p>
      <SubmitButton variant="secondary">
        {claimable ? "Say their travel cannot be claimed" : "Say their travel can be claimed"}
        <span className="sr-only"> for {name}&apos;s supporter</span>
      </SubmitButton>
    </ActionForm>
  );
}
