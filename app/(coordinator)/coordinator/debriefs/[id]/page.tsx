import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/ui/back-link";
import { ContactLink } from "@/components/ui/contact-link";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { isOverdue } from "@/lib/debriefs/due";
import { findDebriefTask } from "@/lib/debriefs/queries";
import { FEELING_SAID, whyWords } from "@/lib/debriefs/words";
import { formatDate, formatSessionTime } from "@/lib/format";
import { BOOKING_STATUS } from "@/lib/labels";
import { DebriefTags } from "../_components/debrief-tags";
import { PrivateNoteForm, RecordDebriefForm } from "./debrief-forms";

const CONTACT_BY = { EMAIL: "email", IN_APP: "messages in Involve", PHONE: "phone" } as const;

/** One load per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  const user = await requireArea("coordinator");
  return findDebriefTask({ institutionId: user.institutionId, taskId: id });
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const task = await load((await params).id);
  if (!task) notFound();
  return { title: `${task.expert.user.name} – Debrief` };
}

/**
 * A debrief owed to one expert after one session: who, which session, why, what they said, their
 * check-in answer and when it is due; then "Record the debrief" (when, and a private note), or
 * the private note to change once it is done.
 */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const task = await load((await params).id);
  if (!task) notFound();
  const now = new Date();
  const { expert, booking } = task;
  const { session } = booking;
  const { opportunity } = session;
  const person = expert.user;

  return (
    <>
      <BackLink href="/coordinator/debriefs">All debriefs and check-ins</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">Debrief for</span>
        {person.name}
      </h1>
      <p className="mb-6 flex flex-wrap items-center gap-2">
        <DebriefTags task={task} now={now} />
        <span>
          {task.doneAt
            ? `Done on ${formatDate(task.doneAt)}${task.doneBy ? ` by ${task.doneBy.name}` : ""}`
            : `Due by ${formatDate(task.dueOn)}`}
        </span>
      </p>
      {task.urgent && !task.doneAt && (
        <Notice tone="error" className="mb-6 max-w-2xl" bold>
          They said they were not OK after the session. Please get in touch today if you can.
        </Notice>
      )}
      {!task.doneAt && !task.urgent && booking.checkInFeeling === "OK" && (
        <Notice tone="info" className="mb-6 max-w-2xl">
          They said they were OK at the check-in. A short call or message to check may be all that is needed.
        </Notice>
      )}

      <div className="grid gap-x-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="about-title" className="mb-8">
          <h2 id="about-title">About this debrief</h2>
          <dl className="summary-list">
            <dt>Who</dt>
            <dd>
              <Link href={`/coordinator/experts/${expert.id}`}>{person.name}</Link>
              <span className="block">
                <ContactLink email={person.email} />
              </span>
              {person.phone && (
                <span className="block">
                  <ContactLink phone={person.phone} />
                </span>
              )}
              <span className="block text-base text-muted">Prefers {CONTACT_BY[person.contactPreference]}</span>
            </dd>
            <dt>Session</dt>
            <dd>
              <Link href={`/coordinator/sessions/${session.id}`}>{opportunity.title}</Link>
              <span className="block">{formatSessionTime(session.startsAt, session.endsAt)}</span>
              <span className="block text-base text-muted">
                {BOOKING_STATUS[booking.status]}
                {opportunity.contact ? ` · contact: ${opportunity.contact.name}` : ""}
              </span>
            </dd>
            <dt>Why</dt>
            <dd>
              <ul className="list-disc pl-6">
                {whyWords({ ...task, checkInFeeling: booking.checkInFeeling }).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
              {opportunity.sensitiveTopic && opportunity.sensitiveTopicNote && (
                <span className="block text-base text-muted">Topic: {opportunity.sensitiveTopicNote}</span>
              )}
            </dd>
            <dt>What they said</dt>
            <dd className="whitespace-pre-line">{task.expertNote || "Nothing added."}</dd>
            <dt>Check-in answer</dt>
            <dd>
              {booking.checkInFeeling && booking.checkInAnsweredAt
                ? `${FEELING_SAID[booking.checkInFeeling]} (${formatDate(booking.checkInAnsweredAt)})`
                : "Not answered yet"}
            </dd>
            <dt>Task made</dt>
            <dd>{formatDate(task.createdAt)}</dd>
            <dt>Due by</dt>
            <dd>
              {formatDate(task.dueOn)}
              {isOverdue(task, now) && <strong> (overdue)</strong>}
            </dd>
          </dl>
        </section>

        <section aria-labelledby="record-title" className="mb-8">
          {task.doneAt ? (
            <>
              <h2 id="record-title">Private note</h2>
              <p className="mb-4">
                Recorded as done on {formatDate(task.doneAt)}
                {task.doneBy ? ` by ${task.doneBy.name}` : ""}. You can change the note.
              </p>
              <PrivateNoteForm taskId={task.id} note={task.privateNote} />
            </>
          ) : (
            <>
              <h2 id="record-title">Record the debrief</h2>
              <p className="mb-4">When you have talked with them, record it here. The expert sees that it was done.</p>
              <RecordDebriefForm taskId={task.id} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
