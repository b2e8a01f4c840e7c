import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { Radios, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { askForDebriefAction } from "@/lib/bookings/debrief-actions";
import { findCheckInBooking } from "@/lib/bookings/debrief";
import { answerCheckInAction } from "@/lib/debriefs/actions";
import { isOverdue } from "@/lib/debriefs/due";
import { FEELING_CHOICE } from "@/lib/debriefs/words";
import { formatDate, formatSessionTime } from "@/lib/format";
import { HideOnSuccess } from "../../../_components/form-helpers";
import { debriefStatusText } from "../../../_components/debrief-status";
import { ContactLine } from "../../../_components/when-where";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "How did it go?" };

const FEELINGS = [
  { value: "OK", label: FEELING_CHOICE.OK },
  {
    value: "NOT_SURE",
    label: FEELING_CHOICE.NOT_SURE,
    hint: "Someone from the university will get in touch to see how you are.",
  },
  {
    value: "NOT_OK",
    label: FEELING_CHOICE.NOT_OK,
    hint: "We will tell your coordinator now, and they will get in touch soon.",
  },
] as const;

/**
 * Where the day-after check-in message leads: how are you feeling (OK, not sure, not OK), a
 * one-click "I'd like a debrief", where the debrief stands, and a way to give feedback.
 */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const booking = await findCheckInBooking({ expertId: user.expertId, bookingId: id });
  if (!booking) notFound();
  const { session, debriefTask: debrief } = booking;
  const { opportunity } = session;
  const asked = debrief && debrief.requestedByExpert && !debrief.doneAt;

  return (
    <>
      <BackLink href="/expert/history">My involvement</BackLink>
      <h1>How did it go?</h1>
      <p className="mb-6 max-w-2xl text-xl">
        Thank you for taking part in <strong>{opportunity.title}</strong>,{" "}
        {formatSessionTime(session.startsAt, session.endsAt)}.
      </p>

      {debrief && (
        <Notice tone={debrief.doneAt ? "success" : "info"} className="mb-8 max-w-2xl">
          {debriefStatusText(debrief, { askedAt: booking.debriefAskedAt, contactName: opportunity.contact?.name })}
          {isOverdue(debrief, new Date()) && " If you have not heard from them, please contact them."}
        </Notice>
      )}

      <section aria-labelledby="feeling-title" className="mb-8 max-w-2xl">
        <h2 id="feeling-title">Check-in</h2>
        {booking.checkInFeeling && booking.checkInAnsweredAt ? (
          <p className="mb-4">
            You told us on {formatDate(booking.checkInAnsweredAt)}:{" "}
            <strong>{FEELING_CHOICE[booking.checkInFeeling]}</strong>. You can change your answer at any time.
          </p>
        ) : (
          <p className="mb-4">There is no right or wrong answer. Only your coordinators see it.</p>
        )}
        <ActionForm action={answerCheckInAction} aria-label="How you are feeling">
          <input type="hidden" name="bookingId" value={booking.id} />
          <Radios
            name="feeling"
            label="How are you feeling after the session?"
            options={FEELINGS}
            defaultValue={booking.checkInFeeling}
          />
          <TextArea
            name="checkInNote"
            label="Anything else you would like to tell us (optional)"
            hint="For example, what is on your mind, or a good time to call you."
            rows={3}
            maxLength={1000}
          />
          <SubmitButton>Send my answer</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="debrief-title" className="mb-8 max-w-2xl">
        <h2 id="debrief-title">{debrief?.doneAt ? "Would you like to talk again?" : "Would you like a debrief?"}</h2>
        <p>
          Sharing your experience can bring up difficult feelings, sometimes days later. A debrief is a chance to talk
          it through with someone from the university. You do not need a reason to ask.
        </p>
        {asked ? (
          <p className="mt-4">You have asked for a debrief. There is nothing more you need to do.</p>
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

      <section aria-labelledby="feedback-title" className="mb-8 max-w-2xl">
        <h2 id="feedback-title">Your feedback</h2>
        <p>
          Tell us what went well and what could be better next time.{" "}
          <Link href={`/expert/bookings/${booking.id}/feedback`}>Give feedback on the session</Link>
        </p>
      </section>

      <section aria-labelledby="contact-title" className="max-w-2xl">
        <h2 id="contact-title">If something did not go well</h2>
        <p className="mb-2">Please tell us. Nothing you say will affect whether you are asked again.</p>
        <ContactLine contact={opportunity.contact} />
      </section>
    </>
  );
}
