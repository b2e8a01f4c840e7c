/** One session as its coordinator manages it: who asked, who is booked, who came. */
import "server-only";
import { consentFields } from "@/lib/consent/queries";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { academicYearBounds, academicYearOf } from "@/lib/time";
import { notOnBreakWhere } from "@/lib/breaks/status";

const STATUS_ORDER = [
  "REQUESTED",
  "WAITLISTED",
  "CONFIRMED",
  "ATTENDED",
  "NO_SHOW",
  "DECLINED",
  "WITHDRAWN",
  "CANCELLED_BY_UNIVERSITY",
];

export async function findSession(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const session = await db.session.findFirst({
    where: { id, opportunity: { institutionId } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      onlineUrl: true,
      accessInfo: true,
      places: true,
      cancelledAt: true,
      attendanceRecordedAt: true,
      opportunity: { select: { id: true, title: true, status: true, type: true, module: { select: { code: true } } } },
      bookings: {
        orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          message: true,
          requestedAt: true,
          decidedAt: true,
          offeredAt: true,
          withdrawnAt: true,
          // A supporter comes too (issue 14): not one of the places, but counted in the room.
          supporterComing: true,
          supporterName: true,
          supporterTravelClaimable: true,
          // The stories they agreed to for this session (issue 14), with the page's one query.
          storyConsents: {
            orderBy: { givenAt: "asc" },
            select: { ...consentFields, story: { select: { title: true } } },
          },
          expert: {
            select: {
              id: true,
              livedExperience: true,
              interests: true,
              accessNeeds: true,
              availabilityNotes: true,
              breakStartedAt: true,
              breakUntil: true,
              user: { select: { name: true, email: true, phone: true } },
            },
          },
        },
      },
    },
  });
  if (!session) return null;

  // How often each person has come this academic year, in one grouped query.
  const year = academicYearOf(session.startsAt);
  const bounds = academicYearBounds(year)!;
  const expertIds = session.bookings.map((b) => b.expert.id);
  // Walks the listed experts' ATTENDED bookings by Booking(expertId, status) and looks each session
  // up by id; OFFSET 0 keeps the planner from hash-joining a whole year of sessions instead.
  const attended = expertIds.length
    ? await db.$queryRaw<{ expertId: string; n: bigint }[]>`
        SELECT b."expertId", count(*) AS n
        FROM "Booking" b
        CROSS JOIN LATERAL (
          SELECT 1 FROM "Session" s
          WHERE s.id = b."sessionId" AND s."startsAt" >= ${bounds.start} AND s."startsAt" < ${bounds.end}
          OFFSET 0
        ) s
        WHERE b."expertId" = ANY(${expertIds}::text[]) AND b.status = 'ATTENDED'
        GROUP BY b."expertId"`
    : [];
  const attendedBy = new Map(attended.map((a) => [a.expertId, Number(a.n)]));
  const bookings = session.bookings
    .map((b) => ({ ...b, attendedThisYear: attendedBy.get(b.expert.id) ?? 0 }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const confirmed = bookings.filter((b) => ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(b.status)).length;
  const supporters = bookings.filter(
    (b) => b.supporterComing && ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(b.status),
  ).length;
  return { ...session, bookings, confirmed, supporters, academicYear: year };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Active experts of the partnership who have no place or request on this session yet. */
export function listBookableExperts(
  { sessionId, partnershipId }: { sessionId: string; partnershipId: string },
  db: DbClient = defaultDb,
) {
  return db.expertProfile.findMany({
    where: {
      partnershipId,
      status: "ACTIVE",
      // Nobody on a break is suggested; a coordinator ends the break first if they have agreed to come.
      ...notOnBreakWhere(),
      bookings: {
        none: { sessionId, status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED", "ATTENDED", "NO_SHOW"] } },
      },
    },
    select: { id: true, livedExperience: true, user: { select: { name: true } } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    take: 500,
  });
}

/** For the edit form. */
export function findSessionForEdit(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  return db.session.findFirst({
    where: { id, opportunity: { institutionId } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      onlineUrl: true,
      accessInfo: true,
      places: true,
      cancelledAt: true,
      opportunity: { select: { id: true, title: true } },
      _count: { select: { bookings: { where: { status: "CONFIRMED" } } } },
    },
  });
}
