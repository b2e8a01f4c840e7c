import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { endExpertBreakAction } from "@/lib/breaks/actions";
import { BREAK_UPDATES_TEXT } from "@/lib/breaks/status";
import { findExpertBreak } from "@/lib/breaks/queries";
import { formatShortDate } from "@/lib/format";
import { formatCalendarDate } from "@/lib/rates/dates";

/**
 * The expert's own break, as their coordinator sees it. Their status is not changed by a break;
 * a coordinator can end it for them (e.g. they phoned to say they are back), and they are told.
 */
export async function ExpertBreak({ expertId, partnershipId }: { expertId: string; partnershipId: string }) {
  const onBreak = await findExpertBreak({ expertId, partnershipId });
  if (!onBreak) return null;
  return (
    <Notice as="section" tone="info" aria-labelledby="break-title" className="mb-8 max-w-3xl">
      <h2 id="break-title">
        On a break {onBreak.breakUntil ? `until ${formatCalendarDate(onBreak.breakUntil)}` : "until they say"}
      </h2>
      <p className="mb-2">
        They chose to take a break on {formatShortDate(onBreak.breakStartedAt)}. They are not offered places from
        waiting lists, are not suggested for booking, and are not listed as &ldquo;not offered anything&rdquo;. Bookings
        they already have stay unless they withdraw.
      </p>
      <p className="mb-4">
        <strong>Emails they asked for:</strong> {BREAK_UPDATES_TEXT[onBreak.breakUpdates].toLowerCase()}.
      </p>
      <ActionForm action={endExpertBreakAction} aria-label="End their break">
        <input type="hidden" name="expertId" value={expertId} />
        <SubmitButton variant="secondary">End their break</SubmitButton>
      </ActionForm>
    </Notice>
  );
}
