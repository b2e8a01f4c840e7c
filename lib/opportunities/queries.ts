/** The coordinator's opportunities, always scoped to their own university. */
import "server-only";
import { isRetired, offered } from "@/lib/modules/queries";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { paged } from "@/lib/pagination";
import type { OpportunityFilters } from "./schemas";

/** LIKE wildcards typed in the search box are searched for literally. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, "\\$&");

function listWhere(institutionId: string, f: OpportunityFilters): Prisma.OpportunityWhereInput {
  return {
    institutionId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.q ? { title: { contains: escapeLike(f.q), mode: "insensitive" } } : {}),
  };
}

/** Ids in "next session first" order: Prisma cannot sort by a related minimum, so SQL does it. */
async function idsByNextSession(
  {
    institutionId,
    filters: f,
    skip,
    take,
  }: { institutionId: string; filters: OpportunityFilters; skip: number; take: number },
  db: DbClient,
) {
  const conditions = [Prisma.sql`o."institutionId" = ${institutionId}`];
  if (f.status) conditions.push(Prisma.sql`o.status = ${f.status}::"OpportunityStatus"`);
  if (f.type) conditions.push(Prisma.sql`o.type = ${f.type}::"OpportunityType"`);
  if (f.stage) conditions.push(Prisma.sql`o.stage = ${f.stage}::"InvolvementStage"`);
  if (f.q) conditions.push(Prisma.sql`o.title ILIKE ${`%${escapeLike(f.q)}%`}`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Opportunity" o
    LEFT JOIN LATERAL (
      SELECT min(s."startsAt") AS next FROM "Session" s
      WHERE s."opportunityId" = o.id AND s."cancelledAt" IS NULL AND s."startsAt" > now()
    ) n ON true
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY n.next ASC NULLS LAST, o."createdAt" DESC, o.id
    OFFSET ${skip} LIMIT ${take}`;
  return rows.map((r) => r.id);
}

const listSelect = {
  id: true,
  title: true,
  status: true,
  type: true,
  stage: true,
  createdAt: true,
  requestedById: true,
  module: { select: { code: true } },
} satisfies Prisma.OpportunitySelect;

export type OpportunityPage = { page: number; size: number; skip: number; take: number };

export async function listOpportunities(
  { institutionId, filters, page }: { institutionId: string; filters: OpportunityFilters; page: OpportunityPage },
  db: DbClient = defaultDb,
) {
  const where = listWhere(institutionId, filters);
  const byNext = (filters.sort ?? "next") === "next";
  const [rows, total] = await Promise.all([
    byNext
      ? idsByNextSession({ institutionId, filters, skip: page.skip, take: page.take }, db).then(async (ids) => {
          const found = await db.opportunity.findMany({
            where: { id: { in: ids }, institutionId },
            select: listSelect,
          });
          const order = new Map(ids.map((id, i) => [id, i]));
          return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
        })
      : db.opportunity.findMany({
          where,
          select: listSelect,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: page.skip,
          take: page.take,
        }),
    db.opportunity.count({ where }),
  ]);
  const ids = rows.map((r) => r.id);
  // One query each for the page's session counts, next sessions and waiting requests, not one per
  // row (a relation _count would group every session in the database).
  const [sessionCounts, next, waiting] = ids.length
    ? await Promise.all([
        db.session.groupBy({ by: ["opportunityId"], where: { opportunityId: { in: ids } }, _count: { _all: true } }),
        db.$queryRaw<{ opportunityId: string; startsAt: Date }[]>`
          SELECT "opportunityId", min("startsAt") AS "startsAt" FROM "Session"
          WHERE "opportunityId" = ANY(${ids}::text[]) AND "cancelledAt" IS NULL AND "startsAt" > now()
          GROUP BY "opportunityId"`,
        db.$queryRaw<{ opportunityId: string; n: bigint }[]>`
          SELECT s."opportunityId", count(*) AS n FROM "Booking" b JOIN "Session" s ON s.id = b."sessionId"
          WHERE s."opportunityId" = ANY(${ids}::text[]) AND b.status = 'REQUESTED' AND s."cancelledAt" IS NULL AND s."startsAt" > now()
          GROUP BY s."opportunityId"`,
      ])
    : [[], [], []];
  const sessionsBy = new Map(sessionCounts.map((c) => [c.opportunityId, c._count._all]));
  const nextBy = new Map(next.map((r) => [r.opportunityId, r.startsAt]));
  const waitingBy = new Map(waiting.map((r) => [r.opportunityId, Number(r.n)]));
  const items = rows.map((r) => ({
    ...r,
    _count: { sessions: sessionsBy.get(r.id) ?? 0 },
    nextSessionAt: nextBy.get(r.id) ?? null,
    waiting: waitingBy.get(r.id) ?? 0,
  }));
  return paged(items, total, page.page, page.size);
}

export async function findOpportunity(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const opportunity = await db.opportunity.findFirst({
    where: { id, institutionId },
    select: {
      id: true,
      type: true,
      stage: true,
      participationLevel: true,
      title: true,
      summary: true,
      whatYouWillDo: true,
      livedExperienceSought: true,
      moduleId: true,
      payRatePence: true,
      payBasis: true,
      rateId: true,
      rateOverrideReason: true,
      preparationOffered: true,
      preparationMinutes: true,
      debriefOffered: true,
      // The briefing (issue 14).
      whoWillBeThere: true,
      cohortSize: true,
      sensitiveTopic: true,
      sensitiveTopicNote: true,
      quietRoomOffered: true,
      supporterWelcome: true,
      contactId: true,
      status: true,
      requestNotes: true,
      placesWanted: true,
      publishedAt: true,
      cancelledAt: true,
      cancelReason: true,
      createdAt: true,
      module: {
        select: {
          id: true,
          code: true,
          title: true,
          academicYear: true,
          yearOfStudy: true,
          programme: { select: { level: true } },
        },
      },
      contact: { select: { name: true, email: true } },
      requestedBy: { select: { name: true, role: true } },
      proposedForPartner: { select: { name: true } },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          places: true,
          cancelledAt: true,
          attendanceRecordedAt: true,
        },
      },
    },
  });
  if (!opportunity) return null;
  const counts = await db.booking.groupBy({
    by: ["sessionId", "status"],
    where: { session: { opportunityId: id } },
    _count: { _all: true },
  });
  const tally = (sessionId: string, ...statuses: string[]) =>
    counts
      .filter((c) => c.sessionId === sessionId && statuses.includes(c.status))
      .reduce((n, c) => n + c._count._all, 0);
  return {
    ...opportunity,
    sessions: opportunity.sessions.map((s) => ({
      ...s,
      confirmed: tally(s.id, "CONFIRMED", "ATTENDED", "NO_SHOW"),
      requested: tally(s.id, "REQUESTED"),
      waitlisted: tally(s.id, "WAITLISTED"),
    })),
  };
}

export type OpportunityDetail = NonNullable<Awaited<ReturnType<typeof findOpportunity>>>;

/**
 * Modules for the form's select: this university's current ones, newest academic year first.
 * `keepId` keeps an opportunity's own module listed after it was retired, so editing shows it.
 */
export async function listInstitutionModules(
  { institutionId, keepId }: { institutionId: string; keepId?: string | null },
  db: DbClient = defaultDb,
) {
  const rows = await db.module.findMany({
    where: { programme: { institutionId }, OR: [offered, ...(keepId ? [{ id: keepId }] : [])] },
    select: {
      id: true,
      code: true,
      title: true,
      academicYear: true,
      retiredAt: true,
      programme: { select: { retiredAt: true } },
    },
    orderBy: [{ academicYear: "desc" }, { code: "asc" }],
    take: 500,
  });
  return rows.map(({ retiredAt, programme, ...m }) => ({ ...m, retired: isRetired({ retiredAt, programme }) }));
}

/** Just enough to head a page about one of this university's opportunities. */
export function findOpportunityHeading(
  { id, institutionId }: { id: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  return db.opportunity.findFirst({ where: { id, institutionId }, select: { id: true, title: true, status: true } });
}
