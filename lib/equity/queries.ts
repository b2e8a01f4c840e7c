/**
 * How involvement and fees are spread across the pool (issue 15, the equity view), counted in
 * PostgreSQL. "The pool" for a year is every expert of the partnership who is active now, and
 * anyone else who was involved or paid that year (so a leaver's work still counts).
 *
 * Sessions are attended bookings of sessions starting in the academic year, at the university
 * (or anywhere in the partnership); group meetings are peer support, not involvement, so they
 * add fees but not sessions. Fees are payments for those sessions that the expert did not decline.
 */
import "server-only";
import { notOnBreakSql } from "@/lib/breaks/status";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { academicYearBounds } from "@/lib/time";

export type EquityScope = { partnershipId: string; institutionId?: string; academicYear: string };

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many names the "asked but never confirmed" list shows (the count is always complete). */
export const NEVER_CONFIRMED_LIST = 20;

function bounds(academicYear: string) {
  const b = academicYearBounds(academicYear);
  if (!b) throw new Error(`Not an academic year: ${academicYear}`);
  return b;
}

/** Sessions at the scope's university, or anywhere in the partnership. */
function opportunityInScope(o: string, scope: EquityScope): Prisma.Sql {
  const alias = Prisma.raw(`"${o}"`);
  return scope.institutionId
    ? Prisma.sql`${alias}."institutionId" = ${scope.institutionId}`
    : Prisma.sql`${alias}."institutionId" IN (SELECT id FROM "Institution" WHERE "partnershipId" = ${scope.partnershipId})`;
}

/** One row per expert in the year's pool: sessions and fees, and what they told us about themselves. */
function perExpert(scope: EquityScope): Prisma.Sql {
  const { start, end } = bounds(scope.academicYear);
  return Prisma.sql`
    work AS (
      SELECT b."expertId", COUNT(*) FILTER (WHERE o.type <> 'GROUP_MEETING')::int AS sessions
      FROM "Booking" b
      JOIN "Session" s ON s.id = b."sessionId"
      JOIN "Opportunity" o ON o.id = s."opportunityId"
      WHERE b.status = 'ATTENDED' AND s."startsAt" >= ${start} AND s."startsAt" < ${end} AND ${opportunityInScope("o", scope)}
      GROUP BY b."expertId"
    ),
    paid AS (
      SELECT p."expertId", SUM(p."feePence")::bigint AS fees
      FROM "Payment" p
      JOIN "Booking" b ON b.id = p."bookingId"
      JOIN "Session" s ON s.id = b."sessionId"
      JOIN "Opportunity" o ON o.id = s."opportunityId"
      WHERE p.status <> 'DECLINED_BY_EXPERT' AND s."startsAt" >= ${start} AND s."startsAt" < ${end}
        AND ${opportunityInScope("o", scope)}
      GROUP BY p."expertId"
    ),
    per AS (
      SELECT e.id, e."livedExperience", COALESCE(w.sessions, 0) AS sessions, COALESCE(f.fees, 0)::bigint AS fees
      FROM "ExpertProfile" e
      LEFT JOIN work w ON w."expertId" = e.id
      LEFT JOIN paid f ON f."expertId" = e.id
      WHERE e."partnershipId" = ${scope.partnershipId}
        AND (e.status = 'ACTIVE' OR w."expertId" IS NOT NULL OR f."expertId" IS NOT NULL)
    )`;
}

export type FifthRow = { fifth: number; people: number; involved: number; sessions: number; fees: number };
export type GroupRow = {
  key: string | null;
  label: string | null;
  people: number;
  involved: number;
  sessions: number;
  fees: number;
};

/**
 * The pool in fifths: ranked by sessions for the sessions' share and by fees for the fees' share
 * (ntile keeps sizes fixed, so which of two tied people falls in a fifth never changes its sum).
 */
async function fifths(scope: EquityScope, db: DbClient) {
  const rows = await db.$queryRaw<
    { by: "sessions" | "fees"; fifth: number; people: number; involved: number; amount: bigint }[]
  >`
    WITH ${perExpert(scope)},
    ranked AS (
      SELECT sessions, fees,
             ntile(5) OVER (ORDER BY sessions DESC, id) AS by_sessions,
             ntile(5) OVER (ORDER BY fees DESC, id) AS by_fees
      FROM per
    )
    SELECT 'sessions' AS by, by_sessions AS fifth, COUNT(*)::int AS people,
           COUNT(*) FILTER (WHERE sessions > 0)::int AS involved, SUM(sessions)::bigint AS amount
    FROM ranked GROUP BY by_sessions
    UNION ALL
    SELECT 'fees', by_fees, COUNT(*)::int, 0, SUM(fees)::bigint FROM ranked GROUP BY by_fees`;
  const result: FifthRow[] = [1, 2, 3, 4, 5].map((fifth) => ({ fifth, people: 0, involved: 0, sessions: 0, fees: 0 }));
  for (const r of rows) {
    const row = result[r.fifth - 1]!;
    if (r.by === "sessions") {
      row.people = r.people;
      row.involved = r.involved;
      row.sessions = Number(r.amount);
    } else row.fees = Number(r.amount);
  }
  return result;
}

/** The spread by partner group (and "no partner group"), and by lived-experience area, in one statement. */
async function groups(scope: EquityScope, db: DbClient) {
  const rows = await db.$queryRaw<(GroupRow & { kind: "partner" | "area" })[]>`
    WITH ${perExpert(scope)}
    SELECT 'partner' AS kind, pa.id AS key, pa.name AS label, COUNT(*)::int AS people,
           COUNT(*) FILTER (WHERE per.sessions > 0)::int AS involved, SUM(per.sessions)::int AS sessions, SUM(per.fees)::bigint AS fees
    FROM per
    LEFT JOIN "_ExpertProfileToPartner" ep ON ep."A" = per.id
    LEFT JOIN "Partner" pa ON pa.id = ep."B"
    GROUP BY pa.id, pa.name
    UNION ALL
    SELECT 'area', area, area, COUNT(*)::int, COUNT(*) FILTER (WHERE per.sessions > 0)::int, SUM(per.sessions)::int, SUM(per.fees)::bigint
    FROM per LEFT JOIN LATERAL unnest(per."livedExperience") AS area ON true
    GROUP BY area
    ORDER BY 1, 6 DESC, 3`;
  const clean = (r: GroupRow) => ({ ...r, fees: Number(r.fees) });
  return {
    partners: rows.filter((r) => r.kind === "partner").map(clean),
    areas: rows.filter((r) => r.kind === "area").map(clean),
  };
}

/**
 * Active experts (not on a break) with no session anywhere in the partnership for 90 and for 180
 * days: the voices that do not volunteer. Partnership-wide, because the pool is shared.
 */
async function quietCounts(partnershipId: string, now: Date, db: DbClient) {
  const since90 = new Date(now.getTime() - 90 * DAY_MS);
  const since180 = new Date(now.getTime() - 180 * DAY_MS);
  // Only the last 180 days' sessions are read (the Session startsAt index), not everyone's history.
  const [row] = await db.$queryRaw<{ active: number; quiet90: number; quiet180: number; onBreak: number }[]>`
    WITH recent AS (
      SELECT b."expertId", max(s."startsAt") AS last
      FROM "Session" s
      JOIN "Opportunity" o ON o.id = s."opportunityId"
      JOIN "Booking" b ON b."sessionId" = s.id
      WHERE s."startsAt" >= ${since180} AND s."startsAt" <= ${now} AND b.status = 'ATTENDED' AND o.type <> 'GROUP_MEETING'
      GROUP BY b."expertId"
    ),
    active AS (
      SELECT e.id, COALESCE(${notOnBreakSql("e", now)}, false) AS available, r.last
      FROM "ExpertProfile" e
      JOIN "User" u ON u.id = e."userId"
      LEFT JOIN recent r ON r."expertId" = e.id
      WHERE e."partnershipId" = ${partnershipId} AND e.status = 'ACTIVE' AND u.active
    )
    SELECT COUNT(*)::int AS active,
           COUNT(*) FILTER (WHERE available AND (last IS NULL OR last < ${since90}))::int AS quiet90,
           COUNT(*) FILTER (WHERE available AND last IS NULL)::int AS quiet180,
           COUNT(*) FILTER (WHERE NOT available)::int AS "onBreak"
    FROM active`;
  return row!;
}

/** People who asked for a place on a session in the year (in scope) and were never given one. */
async function neverConfirmed(scope: EquityScope, db: DbClient) {
  const { start, end } = bounds(scope.academicYear);
  const rows = await db.$queryRaw<{ id: string; name: string; asks: number; total: number }[]>`
    SELECT e.id, u.name, COUNT(*)::int AS asks, COUNT(*) OVER ()::int AS total
    FROM "Booking" b
    JOIN "Session" s ON s.id = b."sessionId"
    JOIN "Opportunity" o ON o.id = s."opportunityId"
    JOIN "ExpertProfile" e ON e.id = b."expertId"
    JOIN "User" u ON u.id = e."userId"
    WHERE e."partnershipId" = ${scope.partnershipId} AND s."startsAt" >= ${start} AND s."startsAt" < ${end}
      AND ${opportunityInScope("o", scope)}
    GROUP BY e.id, u.name
    HAVING COUNT(*) FILTER (WHERE b.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')) = 0
    ORDER BY asks DESC, u.name, e.id
    LIMIT ${NEVER_CONFIRMED_LIST}`;
  return { total: rows[0]?.total ?? 0, people: rows.map(({ id, name, asks }) => ({ id, name, asks })) };
}

export async function equityView(scope: EquityScope, { now = new Date() } = {}, db: DbClient = defaultDb) {
  const [byFifth, spread, quiet, unconfirmed] = await Promise.all([
    fifths(scope, db),
    groups(scope, db),
    quietCounts(scope.partnershipId, now, db),
    neverConfirmed(scope, db),
  ]);
  const involved = byFifth.reduce((n, f) => n + f.involved, 0);
  return { academicYear: scope.academicYear, byFifth, involved, ...spread, quiet, unconfirmed };
}

export type EquityView = Awaited<ReturnType<typeof equityView>>;
