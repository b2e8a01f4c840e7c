import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/form/action-form";
import { Radios, SingleCheckbox, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { giveFeedbackAction } from "@/lib/feedback/actions";
import { findFeedbackSession } from "@/lib/feedback/queries";
import { RATING_OPTIONS } from "@/lib/feedback/schemas";
import { formatSessionTime } from "@/lib/format";
import { OPPORTUNITY_TYPE, stageLabel } from "@/lib/labels";
import { BackLink } from "@/components/ui/back-link";
import { recordTitle } from "@/lib/page-title";

/** One load per request, shared by the title and the page. */
const load = cache(async (sessionId: string) => {
  const user = await requireArea("academic");
  return findFeedbackSession({ user, sessionId });
});

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const session = await load((await params).sessionId);
  if (!session) notFound();
  return { title: recordTitle("Feedback", session.opportunity.title, [{ startsAt: session.startsAt }]) };
}

export default async function Page({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const session = await load(sessionId);
  if (!session) notFound();
  const mine = session.myFeedback;

  return (
    <div className="max-w-2xl">
      <BackLink href="/academic/feedback">All sessions</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">{mine ? "Change your feedback" : "Give feedback"}</span>
        {session.opportunity.title}
      </h1>
      <dl className="summary-list mb-8 grid gap-x-6 sm:grid-cols-[max-content_1fr]">
        <dt>When</dt>
        <dd>{formatSessionTime(session.startsAt, session.endsAt)}</dd>
        {session.opportunity.module && (
          <>
            <dt>Module</dt>
            <dd>
              {session.opportunity.module.code} {session.opportunity.module.title}
            </dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{OPPORTUNITY_TYPE[session.opportunity.type]}</dd>
        <dt>Stage</dt>
        <dd>{stageLabel(session.opportunity.stage)}</dd>
        <dt>People with lived experience</dt>
        <dd>{session._count.bookings === 0 ? "Attendance not recorded yet" : `${session._count.bookings} attended`}</dd>
      </dl>

      <ActionForm action={giveFeedbackAction} aria-label="Feedback on this session">
        <input type="hidden" name="sessionId" value={session.id} />
        <Radios
          name="rating"
          label="How well did the session work for your students?"
          options={RATING_OPTIONS}
          defaultValue={mine ? String(mine.rating) : undefined}
        />
        <TextArea
          name="text"
          label="Comments (optional)"
          hint="What worked, and what could be better next time. The coordinator reads this. Up to 2000 characters."
          defaultValue={mine?.text}
          maxLength={2000}
          rows={6}
        />
        <SingleCheckbox
          name="shareWithExperts"
          label="Share this with the experts who took part"
          hint="They see your rating and comments as “what students said about your session”. Your name is not shown to them."
          defaultChecked={mine?.shareWithExperts}
        />
        <SubmitButton>{mine ? "Update feedback" : "Save feedback"}</SubmitButton>
      </ActionForm>
    </div>
  );
}
