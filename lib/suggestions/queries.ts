/**
 * Fair suggestions for filling a session (issue 15): a ranked list of experts to invite, so the
 * places do not always go to the same few who reply first. Ranked in PostgreSQL by the weighted
 * score (lib/suggestions/weights.ts says it in words):
 *
 *   waiting × min(days since last involved, 365) / 365 + interest × (1 if interested)
 *     + areas × (areas sought they have / areas sought)
 *
 * then anyone the fee would take over their own earnings limit is moved to the end, with the figures.
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { notOnBreakSql } from "@/lib/breaks/status";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { limitExcessForExperts, type LimitExcess } from "@/lib/payments/earnings";
import { LONGEST_WAIT_DAYS, type Weights } from "./weights";

/** How many people the list shows. */
export const SUGGESTIONS_SHOWN = 15;
/** Ranked in SQL before the earnings check moves some to the end. */
const RANKED = 40;
const TAKEN = ["CONFIRMED", "ATTENDED"] as const;

export type Suggestion = {
  id: string;
  name: string;
  lastInvolvedAt: Date | null;
  interested: boolean;
  /** The lived-experience areas sought that they have, in their own words. */
  areas: string[];
  invitedAt: Date | null;
  excess: LimitExcess | null;
};

/** The session, if it is the coordinator's university's, with what the suggestions need. */
export async function sessionForSuggestions(
  { user, sessionId, now = new Date() }: { user: CoordinatorCaller; sessionId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const session = await db.session.findFirst({
    where: { id: sessionId, opportunity: { institutionId: user.institutionId } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      places: true,
      cancelledAt: true,
      opportunity: { select: { id: true, title: true, type: true, livedExperienceSought: true, status: true } },
      _count: { select: { bookings: { where: { status: { in: [...TAKEN] } } } } },
    },
  });
  if (!session) return null;
  const freePlaces = Math.max(0, session.places - session._count.bookings);
  const open = !session.cancelledAt && session.startsAt > now && session.opportunity.status === "OPEN";
  return { ...session, freePlaces, open };
}

export async function suggestExperts(
  {
    user,
    sessionId,
    weights,
    now = new Date(),
  }: { user: CoordinatorCaller; sessionId: string; weights: Weights; now?: Date },
  db: DbClient = defaultDb,
): Promise<Suggestion[]> {
  const session = await sessionForSuggestions({ user, sessionId, now }, db);
  if (!session) throw notFound("That session");
  const { type, livedExperienceSought } = session.opportunity;
  const sought = [...new Set(livedExperienceSought.map((t) => t.toLowerCase()))];
  const groupMeeting = type === "GROUP_MEETING";
  const rows = await db.$queryRaw<
    {
      id: string;
      name: string;
      livedExperience: string[];
      lastInvolvedAt: Date | null;
      interested: boolean;
      invitedAt: Date | null;
    }[]
  >`
    WITH candidates AS (
      SELECT e.id, u.name, e."livedExperience", l.last AS "lastInvolvedAt",
             ${type}::"OpportunityType" = ANY(e.interests) AS interested,
             (SELECT COUNT(DISTINCT lower(t)) FROM unnest(e."livedExperience") t WHERE lower(t) = ANY(${sought}::text[]))::int AS matched,
             LEAST(${LONGEST_WAIT_DAYS}, COALESCE(FLOOR(EXTRACT(EPOCH FROM (${now}::timestamp - l.last)) / 86400), ${LONGEST_WAIT_DAYS})) AS wait,
             i."createdAt" AS "invitedAt"
      FROM "ExpertProfile" e
      JOIN "User" u ON u.id = e."userId"
      LEFT JOIN LATERAL (
        SELECT max(s."startsAt") AS last
        FROM "Booking" b
        JOIN "Session" s ON s.id = b."sessionId"
        JOIN "Opportunity" o ON o.id = s."opportunityId"
        WHERE b."expertId" = e.id AND b.status = 'ATTENDED' AND o.type <> 'GROUP_MEETING' AND s."startsAt" <= ${now}
      ) l ON true
      LEFT JOIN "SessionInvitation" i ON i."sessionId" = ${session.id} AND i."expertId" = e.id
      WHERE e."partnershipId" = ${user.partnershipId} AND e.status = 'ACTIVE' AND u.active AND e."erasedAt" IS NULL
        AND ${notOnBreakSql("e", now)}
        AND NOT EXISTS (SELECT 1 FROM "Booking" b WHERE b."sessionId" = ${session.id} AND b."expertId" = e.id)
    )
    SELECT id, name, "livedExperience", "lastInvolvedAt", interested, "invitedAt"
    FROM candidates
    WHERE ${groupMeeting}::boolean OR interested OR matched > 0
    ORDER BY ${weights.waiting}::numeric * wait / ${LONGEST_WAIT_DAYS}::numeric
             + ${weights.interest}::numeric * interested::int
             + ${weights.areas}::numeric * matched / ${Math.max(1, sought.length)}::numeric DESC,
             "lastInvolvedAt" ASC NULLS FIRST, name, id
    LIMIT ${RANKED}`;
  const excesses = await limitExcessForExperts({ expertIds: rows.map((r) => r.id), sessionId: session.id }, db);
  const soughtSet = new Set(sought);
  const list = rows.map((r): Suggestion => ({
    id: r.id,
    name: r.name,
    lastInvolvedAt: r.lastInvolvedAt,
    interested: r.interested,
    areas: r.livedExperience.filter((t) => soughtSet.has(t.toLowerCase())),
    invitedAt: r.invitedAt,
    excess: excesses.get(r.id) ?? null,
  }));
  // Stable: within each group the SQL ranking stands.
  return [...list.filter((s) => !s.excess), ...list.filter((s) => s.excess)].slice(0, SUGGESTIONS_SHOWN);
}
