/**
 * Opportunities as one expert sees them: open, in their partnership, with sessions still to
 * come. Ones that match their interests or lived experience come first.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import { briefingSelect } from "@/lib/opportunities/briefing";
import { paged, type Paged } from "@/lib/pagination";

export type ExpertMatchProfile = {
  id: string;
  partnershipId: string;
  interests: OpportunityType[];
  livedExperience: string[];
};

export async function findExpertMatchProfile({ expertId }: { expertId: string }, db: DbClient = defaultDb) {
  return db.expertProfile.findUnique({
    where: { id: expertId },
    select: {
      id: true,
      partnershipId: true,
      interests: true,
      livedExperience: true,
      status: true,
      // Shown beside "let the academic see what helps you take part" (issue 14).
      accessNeeds: true,
      namedContact: { select: { name: true } },
    },
  });
}

const futureSession = (now: Date): Prisma.SessionWhereInput => ({ startsAt: { gt: now }, cancelledAt: null });

export function openOpportunityWhere({
  partnershipId,
  now,
  type,
}: {
  partnershipId: string;
  now: Date;
  type?: OpportunityType;
}): Prisma.OpportunityWhereInput {
  return {
    status: "OPEN",
    institution: { partnershipId },
    sessions: { some: futureSession(now) },
    ...(type ? { type } : {}),
  };
}

// Tags are the expert's own words; match as typed and in lower case, which covers most spellings.
const tagVariants = (tags: string[]) => [...new Set(tags.flatMap((t) => [t, t.toLowerCase()]))];

/** A group meeting is for the whole expert cohort, so it matches everyone. */
function matchWhere(profile: ExpertMatchProfile): Prisma.OpportunityWhereInput {
  const or: Prisma.OpportunityWhereInput[] = [{ type: "GROUP_MEETING" }];
  if (profile.interests.length) or.push({ type: { in: profile.interests } });
  if (profile.livedExperience.length)
    or.push({ livedExperienceSought: { hasSome: tagVariants(profile.livedExperience) } });
  return { OR: or };
}

export function isMatch(
  profile: ExpertMatchProfile,
  opportunity: { type: OpportunityType; livedExperienceSought: string[] },
) {
  const mine = new Set(profile.livedExperience.map((t) => t.toLowerCase()));
  return (
    opportunity.type === "GROUP_MEETING" ||
    profile.interests.includes(opportunity.type) ||
    opportunity.livedExperienceSought.some((t) => mine.has(t.toLowerCase()))
  );
}

const cardSelect = (now: Date) =>
  ({
    id: true,
    title: true,
    type: true,
    summary: true,
    livedExperienceSought: true,
    payRatePence: true,
    payBasis: true,
    sensitiveTopic: true,
    institution: { select: { shortName: true } },
    sessions: {
      where: futureSession(now),
      orderBy: { startsAt: "asc" },
      take: 1,
      select: { startsAt: true, endsAt: true, location: true, onlineUrl: true },
    },
  }) satisfies Prisma.OpportunitySelect;

export type OpportunityCard = {
  id: string;
  title: string;
  type: OpportunityType;
  summary: string;
  payRatePence: number;
  payBasis: "HOUR" | "HALF_DAY" | "DAY" | "FIXED";
  institution: string;
  next: { startsAt: Date; endsAt: Date; location: string; onlineUrl: string } | null;
  sessionCount: number;
  matches: boolean;
  /** The expert already has an active booking on one of its sessions. */
  asked: boolean;
  /** The topic may be upsetting: a small tag on the card (the note is on the opportunity page). */
  sensitive?: boolean;
};

/**
 * One page of open opportunities, matching ones first. Two ordered sets (matching, the rest)
 * are paged as if they were one list: a page may take the tail of one and the head of the other.
 */
export async function listOpportunitiesForExpert(
  options: { profile: ExpertMatchProfile; page: number; size: number; type?: OpportunityType; now?: Date },
  db: DbClient = defaultDb,
): Promise<Paged<OpportunityCard>> {
  const { profile, now = new Date() } = options;
  const base = openOpportunityWhere({ partnershipId: profile.partnershipId, now, type: options.type });
  const matching: Prisma.OpportunityWhereInput = { AND: [base, matchWhere(profile)] };
  const others: Prisma.OpportunityWhereInput = { AND: [base, { NOT: matchWhere(profile) }] };
  const [matchCount, otherCount] = await Promise.all([
    db.opportunity.count({ where: matching }),
    db.opportunity.count({ where: others }),
  ]);

  const skip = (options.page - 1) * options.size;
  const fromMatching = Math.max(0, Math.min(options.size, matchCount - skip));
  const fromOthers = options.size - fromMatching;
  const orderBy: Prisma.OpportunityOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "asc" }];
  const [a, b] = await Promise.all([
    fromMatching > 0
      ? db.opportunity.findMany({ where: matching, orderBy, skip, take: fromMatching, select: cardSelect(now) })
      : [],
    fromOthers > 0
      ? db.opportunity.findMany({
          where: others,
          orderBy,
          skip: Math.max(0, skip - matchCount),
          take: fromOthers,
          select: cardSelect(now),
        })
      : [],
  ]);
  const rows = [...a, ...b];
  const ids = rows.map((r) => r.id);
  // Future sessions counted for this page's opportunities only (a relation _count groups every
  // future session in the database), alongside the expert's own requests on them.
  const [counts, asked] = rows.length
    ? await Promise.all([
        db.session.groupBy({
          by: ["opportunityId"],
          where: { opportunityId: { in: ids }, ...futureSession(now) },
          _count: { _all: true },
        }),
        db.booking.findMany({
          where: {
            expertId: profile.id,
            status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] },
            session: { opportunityId: { in: ids }, ...futureSession(now) },
          },
          select: { session: { select: { opportunityId: true } } },
        }),
      ])
    : [[], []];
  const sessionCounts = new Map(counts.map((c) => [c.opportunityId, c._count._all]));
  const askedIds = new Set(asked.map((b) => b.session.opportunityId));
  const items = rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: r.type,
    summary: r.summary,
    payRatePence: r.payRatePence,
    payBasis: r.payBasis,
    institution: r.institution.shortName,
    next: r.sessions[0] ?? null,
    sessionCount: sessionCounts.get(r.id) ?? 0,
    matches: isMatch(profile, r),
    asked: askedIds.has(r.id),
    sensitive: r.sensitiveTopic,
  }));
  return paged(items, matchCount + otherCount, options.page, options.size);
}

/**
 * One opportunity for the expert: open (or filled) ones in their partnership, or any they
 * have a booking on. Sessions still to come, with places left and the expert's own booking.
 */
export async function findOpportunityForExpert(
  { profile, opportunityId, now = new Date() }: { profile: ExpertMatchProfile; opportunityId: string; now?: Date },
  db: DbClient = defaultDb,
) {
  const opportunity = await db.opportunity.findFirst({
    where: {
      id: opportunityId,
      institution: { partnershipId: profile.partnershipId },
      OR: [
        { status: { in: ["OPEN", "FILLED"] } },
        { sessions: { some: { bookings: { some: { expertId: profile.id } } } } },
      ],
    },
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      summary: true,
      whatYouWillDo: true,
      livedExperienceSought: true,
      payRatePence: true,
      payBasis: true,
      ...briefingSelect,
      institution: {
        select: { name: true, expertContactName: true, expertContactEmail: true, expertContactPhone: true },
      },
      contact: { select: { name: true, email: true, phone: true } },
      sessions: {
        where: { endsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        take: 50,
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          accessInfo: true,
          places: true,
          cancelledAt: true,
          _count: { select: { bookings: { where: { status: "CONFIRMED" } } } },
          bookings: {
            where: { expertId: profile.id },
            select: {
              id: true,
              status: true,
              message: true,
              supporterComing: true,
              supporterName: true,
              supporterTravelClaimable: true,
              shareAccessNeedsWithAcademic: true,
            },
          },
        },
      },
    },
  });
  if (!opportunity) return null;
  return {
    ...opportunity,
    matches: isMatch(profile, opportunity),
    sessions: opportunity.sessions.map(({ _count, bookings, ...s }) => ({
      ...s,
      placesLeft: Math.max(0, s.places - _count.bookings),
      started: s.startsAt <= now,
      myBooking: bookings[0] ?? null,
    })),
  };
}
