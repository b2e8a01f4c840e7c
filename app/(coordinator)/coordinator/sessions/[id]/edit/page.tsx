import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/guard";
import { updateSessionAction } from "@/lib/sessions/actions";
import { findSessionForEdit } from "@/lib/sessions/queries";
import { SessionForm } from "../../session-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Change a session" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const session = await findSessionForEdit({ id, institutionId: user.institutionId });
  if (!session) notFound();
  const changeable = !session.cancelledAt && session.startsAt > new Date();
  return (
    <>
      <BackLink href={`/coordinator/sessions/${id}`}>Back to the session</BackLink>
      <span className="hint">{session.opportunity.title}</span>
      <h1>Change this session</h1>
      {changeable ? (
        <>
          <p className="mb-6 max-w-3xl">
            If you change the time or place, everyone who has asked for a place is told.
            {session._count.bookings > 0 &&
              ` ${session._count.bookings} ${session._count.bookings === 1 ? "person is" : "people are"} confirmed, so you need at least that many places.`}
          </p>
          <SessionForm
            action={updateSessionAction}
            hidden={{ sessionId: session.id }}
            session={session}
            submitLabel="Save changes"
          />
        </>
      ) : (
        <p>This session has {session.cancelledAt ? "been cancelled" : "already started"}, so it cannot be changed.</p>
      )}
    </>
  );
}
