import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { Radios, SingleCheckbox, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { BackLink } from "@/components/ui/back-link";
import { requireArea } from "@/lib/auth/guard";
import { giveExpertFeedbackAction } from "@/lib/feedback/expert-actions";
import { findFeedbackBooking } from "@/lib/feedback/expert-feedback";
import {
  EXPERT_QUESTION_KEYS,
  EXPERT_QUESTIONS,
  PAID_ON_TIME_OPTIONS,
  scaleOptions,
} from "@/lib/feedback/expert-schemas";
import { formatDate, formatSessionTime } from "@/lib/format";

export const metadata: Metadata = { title: "Your feedback" };

/** The expert's feedback on a session they attended: every question optional, their name kept from the academic if they wish. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const booking = await findFeedbackBooking({ expertId: user.expertId, bookingId: id });
  if (!booking) notFound();
  const { session } = booking;
  const mine = booking.expertFeedback;
  const given = (v: number | null | undefined) => (v == null ? undefined : String(v));

  return (
    <div className="max-w-2xl">
      <BackLink href="/expert/history">My involvement</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">{mine ? "Change your feedback" : "Your feedback"}</span>
        {session.opportunity.title}
      </h1>
      <p className="mb-4">{formatSessionTime(session.startsAt, session.endsAt)}</p>
      <p className="mb-6">
        Tell us what it was like for you. Every question is optional: answer as many as you like. The coordinator reads
        your answers and uses them to make things better.
      </p>
      {mine && <p className="mb-6 text-muted">You last changed your feedback on {formatDate(mine.updatedAt)}.</p>}

      <ActionForm action={giveExpertFeedbackAction} aria-label="Your feedback on this session">
        <input type="hidden" name="bookingId" value={booking.id} />
        {EXPERT_QUESTION_KEYS.map((q) => (
          <Radios
            key={q}
            name={q}
            label={EXPERT_QUESTIONS[q].label}
            hint="Optional. 1 is the lowest, 5 the highest."
            options={scaleOptions(q)}
            defaultValue={given(mine?.[q])}
          />
        ))}
        <Radios
          name="paidOnTime"
          label="Were you paid on time?"
          hint="Optional."
          options={PAID_ON_TIME_OPTIONS}
          defaultValue={mine?.paidOnTime ?? undefined}
        />
        <TextArea
          name="comments"
          label="Anything else?"
          hint="Optional. What went well, and what could be better. Up to 2,000 characters."
          defaultValue={mine?.comments}
          maxLength={2000}
          rows={5}
        />
        <SingleCheckbox
          name="anonymous"
          label="Keep my name from the academic"
          hint="The academic who runs the module will not see who said this. The coordinator can still see your name, so they can help if something went wrong."
          defaultChecked={mine?.anonymous}
        />
        <SubmitButton>{mine ? "Update my feedback" : "Send my feedback"}</SubmitButton>
      </ActionForm>
    </div>
  );
}
