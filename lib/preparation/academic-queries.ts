/**
 * What an academic sees of the people coming to their modules' sessions: how many, how many
 * supporters, and the access needs of those who chose to share them for that booking
 * (Booking.shareAccessNeedsWithAcademic). Never names, contact details or anything else: the
 * selects below are the privacy boundary, and a need not shared never leaves the database.
 */
import "server-only";
import type { AcademicCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { ledBy } from "@/lib/modules/queries";

/** Sessions still to come of the modules the academic leads, soonest first, with what people need. */
export async function listComingUpForAcademic(
  { user, now = new Date(), take = 50 }: { user: AcademicCaller; now?: Date; take?: number },
  db: DbClient = defaultDb,
) {
  const sessions = await db.session.findMany({
    where: {
      cancelledAt: null,
      endsAt: { gt: now },
      opportunity: { status: { not: "CANCELLED" }, module: ledBy(user) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      places: true,
      opportunity: { select: { title: true, module: { select: { code: true, title: true } } } },
    },
  });
  if (!sessions.length) return [];
  const ids = sessions.map((s) => s.id);
  const [confirmed, shared] = await Promise.all([
    db.booking.findMany({
      where: { sessionId: { in: ids }, status: "CONFIRMED" },
      select: { sessionId: true, supporterComing: true },
    }),
    // Only bookings whose expert said yes for this session, and only the access needs.
    db.booking.findMany({
      where: {
        sessionId: { in: ids },
        status: "CONFIRMED",
        shareAccessNeedsWithAcademic: true,
        expert: { NOT: { accessNeeds: "" } },
      },
      orderBy: { id: "asc" },
      select: { sessionId: true, expert: { select: { accessNeeds: true } } },
    }),
  ]);
  return sessions.map((s) => {
    const coming = confirmed.filter((b) => b.sessionId === s.id);
    return {
      ...s,
      people: coming.length,
      supporters: coming.filter((b) => b.supporterComing).length,
      needs: shared.filter((b) => b.sessionId === s.id).map((b) => b.expert.accessNeeds),
    };
  });
}

export type ComingUpSession = Awaited<ReturnType<typeof listComingUpForAcademic>>[number];
