/** Shared by cancelling a session and cancelling a whole opportunity. Caller is in a transaction. */
import "server-only";
import { lockSessions } from "@/lib/bookings/capacity";
import type { DbClient } from "@/lib/db";
import { audit } from "@/lib/audit";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";

const LIVE = ["REQUESTED", "CONFIRMED", "WAITLISTED"] as const;

/**
 * Marks the sessions cancelled and every live booking on them CANCELLED_BY_UNIVERSITY, telling
 * each expert. The sessions are locked first, so a confirmation or sign-up racing this either
 * finishes before (and is cancelled here) or sees the cancellation and is refused.
 */
export async function cancelSessionBookings(
  opts: {
    sessionIds: string[];
    /** The institution cancelling, named in the emails. */
    institutionId: string;
    title: string;
    body: (when: string) => string;
    link: string;
    actorId: string;
  },
  tx: DbClient,
) {
  if (!opts.sessionIds.length) return 0;
  await lockSessions({ sessionIds: opts.sessionIds }, tx);
  await tx.session.updateMany({
    where: { id: { in: opts.sessionIds }, cancelledAt: null },
    data: { cancelledAt: new Date() },
  });
  const live = await tx.booking.findMany({
    where: { sessionId: { in: opts.sessionIds }, status: { in: [...LIVE] } },
    select: {
      id: true,
      status: true,
      expert: { select: { userId: true } },
      session: { select: { startsAt: true, endsAt: true } },
    },
  });
  if (!live.length) return 0;
  await tx.booking.updateMany({
    where: { id: { in: live.map((b) => b.id) }, status: { in: [...LIVE] } },
    data: { status: "CANCELLED_BY_UNIVERSITY", decidedAt: new Date() },
  });
  await notify(
    live.map((b) => ({
      userId: b.expert.userId,
      kind: "SESSION",
      institutionId: opts.institutionId,
      title: opts.title,
      body: opts.body(formatSessionTime(b.session.startsAt, b.session.endsAt)),
      link: opts.link,
    })),
    tx,
  );
  await audit(
    live.map((b) => ({
      actorId: opts.actorId,
      action: "booking.cancelled_by_university",
      entityType: "Booking",
      entityId: b.id,
      before: { status: b.status },
      after: { status: "CANCELLED_BY_UNIVERSITY" },
    })),
    tx,
  );
  return live.length;
}
