/**
 * An expert's booking history: the sessions they attended, with hours this academic year and
 * all time. Shared by the expert's own history page and the coordinator's expert page.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { paged } from "@/lib/pagination";
import { academicYearBounds, academicYearOf } from "@/lib/time";

const minutesOf = (s: { startsAt: Date; endsAt: Date }) =>
  Math.max(0, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60000));

export async function involvementTotals(
  { expertId, now = new Date() }: { expertId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const year = academicYearOf(now);
  const bounds = academicYearBounds(year)!;
  // Only the two timestamps per attended session: a person attends tens of sessions, not millions.
  const rows = await db.booking.findMany({
    where: { expertId, status: "ATTENDED" },
    select: { session: { select: { startsAt: true, endsAt: true } } },
  });
  let yearMinutes = 0;
  let yearSessions = 0;
  let allMinutes = 0;
  let last: Date | null = null;
  for (const { session } of rows) {
    const minutes = minutesOf(session);
    allMinutes += minutes;
    if (session.startsAt >= bounds.start && session.startsAt < bounds.end) {
      yearMinutes += minutes;
      yearSessions += 1;
    }
    if (!last || session.startsAt > last) last = session.startsAt;
  }
  return { academicYear: year, yearMinutes, yearSessions, allMinutes, allSessions: rows.length, lastAttended: last };
}

export async function listAttendedSessions(
  { expertId, page, size }: { expertId: string; page: number; size: number },
  db: DbClient = defaultDb,
) {
  const where = { expertId, status: "ATTENDED" as const };
  const [rows, total] = await Promise.all([
    db.booking.findMany({
      where,
      orderBy: [{ session: { startsAt: "desc" } }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        id: true,
        session: { select: { startsAt: true, endsAt: true, opportunity: { select: { title: true, type: true } } } },
        payment: { select: { status: true } },
      },
    }),
    db.booking.count({ where }),
  ]);
  const items = rows.map((b) => ({
    bookingId: b.id,
    startsAt: b.session.startsAt,
    minutes: minutesOf(b.session),
    title: b.session.opportunity.title,
    type: b.session.opportunity.type,
    paymentStatus: b.payment?.status ?? null,
  }));
  return paged(items, total, page, size);
}
