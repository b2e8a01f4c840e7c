/**
 * "What needs me today" for a coordinator: a handful of aggregated queries, each returning a
 * total and the first few rows. Sessions and requests are the coordinator's university's;
 * experts are the whole partnership's pool, because the pool is shared.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { notOnBreakSql } from "@/lib/breaks/status";
import { DAY_MS } from "@/lib/time";

export const DASHBOARD_LIST = 5;
/**
 * Someone with no booking for this long is "not offered anything lately". Group meetings do not
 * count: coming to peer support is not being offered involvement work.
 */
export const QUIET_DAYS = 90;
const SOON_DAYS = 14;

type Counted<T> = { total: number; items: T[] };
type ForInstitution = { institutionId: string; now: Date };

async function unfilledSoon(
  { institutionId, now }: ForInstitution,
  db: DbClient,
): Promise<
  Counted<{
    id: string;
    startsAt: Date;
    places: number;
    confirmed: number;
    requested: number;
    opportunityId: string;
    title: string;
  }>
> {
  const until = new Date(now.getTime() + SOON_DAYS * DAY_MS);
  const rows = await db.$queryRaw<
    {
      id: string;
      startsAt: Date;
      places: number;
      confirmed: bigint;
      requested: bigint;
      opportunityId: string;
      title: string;
      total: bigint;
    }[]
  >`
    SELECT s.id, s."startsAt", s.places, o.id AS "opportunityId", o.title,
      count(b.id) FILTER (WHERE b.status = 'CONFIRMED') AS confirmed,
      count(b.id) FILTER (WHERE b.status = 'REQUESTED') AS requested,
      count(*) OVER () AS total
    FROM "Session" s
    JOIN "Opportunity" o ON o.id = s."opportunityId"
    LEFT JOIN "Booking" b ON b."sessionId" = s.id
    WHERE o."institutionId" = ${institutionId} AND o.status IN ('OPEN', 'FILLED', 'DRAFT')
      AND s."cancelledAt" IS NULL AND s."startsAt" > ${now} AND s."startsAt" <= ${until}
    GROUP BY s.id, o.id
    HAVING count(b.id) FILTER (WHERE b.status = 'CONFIRMED') < s.places
    ORDER BY s."startsAt", s.id
    LIMIT ${DASHBOARD_LIST}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      startsAt: r.startsAt,
      places: Number(r.places),
      opportunityId: r.opportunityId,
      title: r.title,
      confirmed: Number(r.confirmed),
      requested: Number(r.requested),
    })),
  };
}

async function waitingForDecision({ institutionId, now }: ForInstitution, db: DbClient) {
  const where = {
    status: "REQUESTED" as const,
    session: {
      cancelledAt: null,
      startsAt: { gt: now },
      opportunity: { institutionId, status: { not: "CANCELLED" as const } },
    },
  };
  const [total, items] = await Promise.all([
    db.booking.count({ where }),
    db.booking.findMany({
      where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_LIST,
      select: {
        id: true,
        requestedAt: true,
        expert: { select: { user: { select: { name: true } } } },
        session: { select: { id: true, startsAt: true, opportunity: { select: { title: true } } } },
      },
    }),
  ]);
  return { total, items };
}

async function attendanceToRecord({ institutionId, now }: ForInstitution, db: DbClient) {
  // Still-CONFIRMED bookings on a finished session mean nobody has recorded who came.
  const where = {
    endsAt: { lt: now },
    cancelledAt: null,
    attendanceRecordedAt: null,
    opportunity: { institutionId },
    bookings: { some: { status: "CONFIRMED" as const } },
  };
  const [total, sessions] = await Promise.all([
    db.session.count({ where }),
    db.session.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_LIST,
      select: { id: true, startsAt: true, opportunity: { select: { title: true } } },
    }),
  ]);
  // Counted for the shown sessions only: a relation _count would group every confirmed booking.
  const counts =
    sessions.length === 0
      ? []
      : await db.booking.groupBy({
          by: ["sessionId"],
          where: { sessionId: { in: sessions.map((s) => s.id) }, status: "CONFIRMED" },
          _count: { _all: true },
        });
  const confirmed = new Map(counts.map((c) => [c.sessionId, c._count._all]));
  return {
    total,
    items: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      title: s.opportunity.title,
      confirmed: confirmed.get(s.id) ?? 0,
    })),
  };
}

async function quietExperts(
  { partnershipId, now }: { partnershipId: string; now: Date },
  db: DbClient,
): Promise<Counted<{ id: string; name: string; lastInvolvedAt: Date | null }>> {
  const since = new Date(now.getTime() - QUIET_DAYS * DAY_MS);
  // NOT EXISTS probes each expert's bookings by index rather than grouping every booking in the
  // partnership; the last attended date is looked up only for the (few) quiet experts.
  const rows = await db.$queryRaw<{ id: string; name: string; lastInvolvedAt: Date | null; total: bigint }[]>`
    SELECT q.id, q.name, l."lastInvolvedAt", count(*) OVER () AS total
    FROM (
      SELECT e.id, u.name
      FROM "ExpertProfile" e
      JOIN "User" u ON u.id = e."userId"
      WHERE e."partnershipId" = ${partnershipId} AND e.status = 'ACTIVE' AND u.active
        AND ${notOnBreakSql("e", now)}
        AND NOT EXISTS (
          SELECT 1 FROM "Booking" b
          JOIN "Session" s ON s.id = b."sessionId"
          JOIN "Opportunity" o ON o.id = s."opportunityId"
          WHERE b."expertId" = e.id AND b."requestedAt" >= ${since} AND o.type <> 'GROUP_MEETING'
        )
    ) q
    LEFT JOIN LATERAL (
      SELECT max(s."startsAt") AS "lastInvolvedAt"
      FROM "Booking" b
      JOIN "Session" s ON s.id = b."sessionId"
      JOIN "Opportunity" o ON o.id = s."opportunityId"
      WHERE b."expertId" = q.id AND b.status = 'ATTENDED' AND o.type <> 'GROUP_MEETING'
    ) l ON true
    ORDER BY l."lastInvolvedAt" ASC NULLS FIRST, q.name, q.id
    LIMIT ${DASHBOARD_LIST * 2}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({ id: r.id, name: r.name, lastInvolvedAt: r.lastInvolvedAt })),
  };
}

async function academicRequests({ institutionId }: { institutionId: string }, db: DbClient) {
  const where = { institutionId, status: "DRAFT" as const, requestedById: { not: null } };
  const [total, items] = await Promise.all([
    db.opportunity.count({ where }),
    db.opportunity.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_LIST,
      select: {
        id: true,
        title: true,
        createdAt: true,
        placesWanted: true,
        requestedBy: { select: { name: true } },
        module: { select: { code: true } },
      },
    }),
  ]);
  return { total, items };
}

/** Sessions and requests of the coordinator's university; quiet experts of their partnership's pool. */
export async function coordinatorDashboard(
  { institutionId, partnershipId, now = new Date() }: { institutionId: string; partnershipId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const [soon, waiting, attendance, quiet, requests] = await Promise.all([
    unfilledSoon({ institutionId, now }, db),
    waitingForDecision({ institutionId, now }, db),
    attendanceToRecord({ institutionId, now }, db),
    quietExperts({ partnershipId, now }, db),
    academicRequests({ institutionId }, db),
  ]);
  return { soon, waiting, attendance, quiet, requests };
}

export type CoordinatorDashboard = Awaited<ReturnType<typeof coordinatorDashboard>>;
