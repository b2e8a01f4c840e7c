import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { askForDebriefAction } from "@/lib/bookings/debrief-actions";
import { findCheckInBooking } from "@/lib/bookings/debrief";
import { formatDate, formatSessionTime } from "@/lib/format";
import { HideOnSuccess } from "../../../_components/form-helpers";
import { ContactLine } from "../../../_components/when-where";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "How did it go?" };

/** Where the day-after check-in email leads: how did it go, and a one-click "I'd like a debrief". */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const booking = await findCheckInBooking({ expertId: user.expertId, bookingId: id });
  if (!booking) notFound();
  const { session } = booking;
  const { opportunity } = session;

  return (
    <>
      <BackLink href="/expert/history">My involvement</BackLink>
      <h1>How did it go?</h1>
      <p className="mb-6 max-w-2xl text-xl">
        Thank you for taking part in <strong>{opportunity.title}</strong>,{" "}
        {formatSessionTime(session.startsAt, session.endsAt)}.
      </p>

      <section aria-labelledby="debrief-title" className="mb-8 max-w-2xl">
        <h2 id="debrief-title">Would you like a debrief?</h2>
        <p>
          Sharing your experience can bring up difficult feelings, sometimes days later. A debrief is a chance to talk
          it through with someone from the university. You do not need a reason to ask.
        </p>
        {booking.debriefAskedAt ? (
          <Notice tone="success" className="mt-4">
            You asked for a debrief on {formatDate(booking.debriefAskedAt)}. Your coordinator will be in touch. If you
            have not heard from them, please contact them.
          </Notice>
        ) : (
          <ActionForm action={askForDebriefAction} className="mt-4">
            <HideOnSuccess>
              <input type="hidden" name="bookingId" value={booking.id} />
              <TextArea
                name="note"
                label="Anything you would like us to know (optional)"
                hint="For example, a good time to call you."
                rows={3}
                maxLength={1000}
              />
              <SubmitButton>Yes, I would like a debrief</SubmitButton>
            </HideOnSuccess>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="contact-title" className="max-w-2xl">
        <h2 id="contact-title">If something did not go well</h2>
        <p className="mb-2">Please tell us. Nothing you say will affect whether you are asked again.</p>
        <ContactLine contact={opportunity.contact} />
      </section>
    </>
  );
}
