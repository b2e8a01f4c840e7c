import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TextArea } from "@/components/form/fields";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { formatSessionTime, formatShortDate } from "@/lib/format";
import { cancelSessionAction } from "@/lib/sessions/actions";
import { findSession, listBookableExperts, type SessionDetail } from "@/lib/sessions/queries";
import { AttendanceForm } from "./attendance-form";
import { BookDirectly } from "./book-directly";
import { BookingCard } from "./booking-card";
import { SessionFeedbackSummary } from "./feedback-summary";
import { BackLink } from "@/components/ui/back-link";
import { recordTitle } from "@/lib/page-title";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One load per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  const user = await requireArea("coordinator");
  return { user, session: await findSession({ id, institutionId: user.institutionId }) };
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { session } = await load((await params).id);
  if (!session) notFound();
  return { title: recordTitle("Session", session.opportunity.title, [{ startsAt: session.startsAt }]) };
}

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { user, session } = await load(id);
  const bookable = await listBookableExperts({ sessionId: id, partnershipId: user.partnershipId });
  if (!session) notFound();
  const now = new Date();
  const upcoming = !session.cancelledAt && session.startsAt > now;
  const started = !session.cancelledAt && session.startsAt <= now;
  const requested = session.bookings.filter((b) => b.status === "REQUESTED").length;
  const waitlisted = session.bookings.filter((b) => b.status === "WAITLISTED").length;
  const full = session.confirmed >= session.places;

  return (
    <>
      <BackLink href={`/coordinator/opportunities/${session.opportunity.id}`}>
        Back to {session.opportunity.title}
      </BackLink>
      <span className="hint">{session.opportunity.title}</span>
      <h1>{formatSessionTime(session.startsAt, session.endsAt)}</h1>

      <p className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2">
        {session.cancelledAt && (
          <span>
            <Tag colour="red">Cancelled</Tag> on {formatShortDate(session.cancelledAt)}
          </span>
        )}
        <strong>
          {session.confirmed} of {session.places} places filled
        </strong>
        {session.supporters > 0 && (
          <span>
            In the room: {session.confirmed} {session.confirmed === 1 ? "person" : "people"} with lived experience +{" "}
            {session.supporters} {session.supporters === 1 ? "supporter" : "supporters"} ={" "}
            {session.confirmed + session.supporters}
          </span>
        )}
        {requested > 0 && <span>{requested} waiting for a decision</span>}
        {waitlisted > 0 && <span>{waitlisted} on the waiting list</span>}
      </p>

      <Where session={session} />

      {upcoming &&
        (query.cancel === "1" ? (
          <CancelConfirmation session={session} />
        ) : (
          <div className="mb-8 flex flex-wrap gap-4">
            <Link href={`/coordinator/sessions/${session.id}/edit`} className="btn btn-secondary">
              Change time, place or places
            </Link>
            <Link href={`/coordinator/sessions/${session.id}?cancel=1`} className="btn btn-danger">
              Cancel session
            </Link>
          </div>
        ))}

      {started && <AttendanceForm session={session} />}

      <section aria-labelledby="people-title" className="mb-10">
        <h2 id="people-title">Requests and places</h2>
        {session.bookings.length === 0 ? (
          <p>Nobody has asked for a place yet.</p>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {session.bookings.map((b) => (
              <BookingCard
                key={b.id}
                booking={b}
                decidable={upcoming}
                academicYear={session.academicYear}
                type={session.opportunity.type}
              />
            ))}
          </ul>
        )}
      </section>

      {upcoming && !full && (
        <p className="mb-6">
          <Link href={`/coordinator/sessions/${session.id}/suggestions`} className="font-bold">
            Suggest experts to invite, fairly
          </Link>{" "}
          (people who have waited longest first, nobody on a break)
        </p>
      )}
      {upcoming && <BookDirectly sessionId={session.id} experts={bookable} full={full} />}
      {/* Issue 14, two-way feedback: what experts and academics said about this session. */}
      {started && <SessionFeedbackSummary user={user} sessionId={session.id} startsAt={session.startsAt} />}
    </>
  );
}

function Where({ session }: { session: SessionDetail }) {
  return (
    <dl className="summary-list mb-8 grid max-w-3xl gap-x-6 sm:grid-cols-[12rem_1fr]">
      <dt>Place</dt>
      <dd>{session.location || "Online only"}</dd>
      {session.onlineUrl && (
        <>
          <dt>Online link</dt>
          <dd>
            <a href={session.onlineUrl} rel="noopener noreferrer">
              {session.onlineUrl}
            </a>
          </dd>
        </>
      )}
      <dt>Access information</dt>
      <dd className="whitespace-pre-line">{session.accessInfo || "None given"}</dd>
    </dl>
  );
}

function CancelConfirmation({ session }: { session: SessionDetail }) {
  const live = session.bookings.filter((b) => ["REQUESTED", "CONFIRMED", "WAITLISTED"].includes(b.status)).length;
  return (
    <ConfirmPanel
      titleId="cancel-title"
      title="Are you sure you want to cancel this session?"
      description={
        live === 0
          ? "Nobody has asked for a place yet."
          : `The ${live} ${live === 1 ? "person" : "people"} who asked for a place will be told.`
      }
      action={cancelSessionAction}
      hidden={{ sessionId: session.id }}
      confirmLabel="Yes, cancel this session"
      keepHref={`/coordinator/sessions/${session.id}`}
    >
      <TextArea
        name="reason"
        label="Message to them (optional)"
        hint="For example, why it is cancelled and whether it will be rearranged."
        rows={3}
        maxLength={1000}
      />
    </ConfirmPanel>
  );
}
