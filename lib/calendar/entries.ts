/**
 * Which sessions each person's calendar holds, read from the database and turned into
 * calendar entries (lib/calendar/events.ts). Shared by the subscription feeds and the
 * single-booking download, so both say the same thing about the same session.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { CalendarEntry } from "./events";

/** What an event needs from a session and its opportunity. */
export const SESSION_FOR_CALENDAR = {
  id: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  accessInfo: true,
  cancelledAt: true,
  updatedAt: true,
  opportunity: {
    select: {
      title: true,
      whatYouWillDo: true,
      preparationOffered: true,
      preparationMinutes: true,
      debriefOffered: true,
      updatedAt: true,
      contact: { select: { name: true, email: true, phone: true } },
    },
  },
} as const;

type SessionRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  accessInfo: string;
  cancelledAt: Date | null;
  updatedAt: Date;
  opportunity: {
    title: string;
    whatYouWillDo: string;
    preparationOffered: boolean;
    preparationMinutes: number | null;
    debriefOffered: boolean;
    updatedAt: Date;
    contact: { name: string; email: string; phone: string | null } | null;
  };
};

function entryFor(
  session: SessionRow,
  extra: Pick<CalendarEntry, "uid" | "cancelled" | "contactLabel"> & { changedAt: Date[] },
): CalendarEntry {
  const { opportunity } = session;
  return {
    uid: extra.uid,
    title: opportunity.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: session.location,
    onlineUrl: session.onlineUrl,
    accessInfo: session.accessInfo,
    whatYouWillDo: opportunity.whatYouWillDo,
    preparationOffered: opportunity.preparationOffered,
    preparationMinutes: opportunity.preparationMinutes,
    debriefOffered: opportunity.debriefOffered,
    contact: opportunity.contact,
    cancelled: extra.cancelled,
    contactLabel: extra.contactLabel,
    changedAt: [session.updatedAt, opportunity.updatedAt, ...extra.changedAt],
  };
}

/**
 * How far back a feed reaches. Decision: sessions that started in the last 90 days and every
 * later one. Calendar apps keep what they already have of older events, a term's worth of
 * recent history is enough to look back on, and the query stays bounded (Session.startsAt is
 * indexed) however long someone has been involved.
 */
export const FEED_DAYS_BACK = 90;
/** A safety cap on one feed; the nearest sessions first (an institution has a few hundred a term). */
export const FEED_MAX_EVENTS = 2000;

export const feedStart = (now: Date) => new Date(now.getTime() - FEED_DAYS_BACK * 24 * 3600 * 1000);

// ── Experts: their own bookings ───────────────────────────────────────────────────────────

/** A place that is (or was) confirmed. */
const HELD: BookingStatus[] = ["CONFIRMED", "ATTENDED", "NO_SHOW"];
/** A place that ended before the session: shown as cancelled only if it had been confirmed. */
const ENDED: BookingStatus[] = ["WITHDRAWN", "CANCELLED_BY_UNIVERSITY"];

/**
 * The expert's bookings for their calendar: places confirmed (and held, attended or missed),
 * and places that were confirmed and then withdrawn or cancelled by the university, which stay
 * as STATUS:CANCELLED so calendar apps take them out. Requests, waiting-list places and
 * declined requests were never in anyone's calendar and are left out.
 *
 * Whether an ended place had been confirmed is read from the audit trail, which every
 * withdrawal and cancellation writes in the same transaction with the status before it
 * ("booking.withdrawn" / "booking.cancelled_by_university", before.status = CONFIRMED): one
 * more bounded query by the indexed (entityType, entityId), only for ended bookings.
 * A booking asked for again after a withdrawal is REQUESTED and leaves the feed until confirmed.
 */
export async function findExpertCalendarEntries(
  { expertId, since, bookingId }: { expertId: string; since?: Date; bookingId?: string },
  db: DbClient,
): Promise<CalendarEntry[]> {
  const rows = await db.booking.findMany({
    where: {
      expertId,
      ...(bookingId ? { id: bookingId } : {}),
      status: { in: [...HELD, ...ENDED] },
      ...(since ? { session: { startsAt: { gte: since } } } : {}),
    },
    select: { id: true, status: true, updatedAt: true, session: { select: SESSION_FOR_CALENDAR } },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
  });
  const ended = rows.filter((b) => ENDED.includes(b.status)).map((b) => b.id);
  const wasConfirmed = new Set(
    ended.length
      ? (
          await db.auditEvent.findMany({
            where: {
              entityType: "Booking",
              entityId: { in: ended },
              action: { in: ["booking.withdrawn", "booking.cancelled_by_university"] },
              before: { path: ["status"], equals: "CONFIRMED" },
            },
            select: { entityId: true },
          })
        ).map((e) => e.entityId)
      : [],
  );
  return rows
    .filter((b) => HELD.includes(b.status) || wasConfirmed.has(b.id))
    .map((b) =>
      entryFor(b.session, {
        uid: `booking-${b.id}@involve`,
        cancelled:
          b.status === "WITHDRAWN"
            ? "You withdrew from this session."
            : b.status === "CANCELLED_BY_UNIVERSITY" || b.session.cancelledAt
              ? "This session has been cancelled."
              : null,
        contactLabel: "Your contact",
        changedAt: [b.updatedAt],
      }),
    );
}

// ── Staff: sessions by institution or by module leader ────────────────────────────────────

function staffEntry(session: SessionRow): CalendarEntry {
  return entryFor(session, {
    uid: `session-${session.id}@involve`,
    cancelled: session.cancelledAt ? "This session has been cancelled." : null,
    contactLabel: "Contact",
    changedAt: [],
  });
}

/**
 * Coordinators (and admins): every session of their institution's opportunities, except
 * drafts (not arranged yet). No expert is named: an address that leaks shows sessions only.
 */
export async function findInstitutionCalendarEntries(
  { institutionId, since }: { institutionId: string; since: Date },
  db: DbClient,
): Promise<CalendarEntry[]> {
  const sessions = await db.session.findMany({
    where: { startsAt: { gte: since }, opportunity: { institutionId, status: { not: "DRAFT" } } },
    select: SESSION_FOR_CALENDAR,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
  });
  return sessions.map(staffEntry);
}

/** Academics: the sessions of opportunities linked to modules they lead, in their institution. */
export async function findModuleLeaderCalendarEntries(
  { leaderId, institutionId, since }: { leaderId: string; institutionId: string; since: Date },
  db: DbClient,
): Promise<CalendarEntry[]> {
  const sessions = await db.session.findMany({
    where: {
      startsAt: { gte: since },
      opportunity: { institutionId, status: { not: "DRAFT" }, module: { leaderId } },
    },
    select: SESSION_FOR_CALENDAR,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
  });
  return sessions.map(staffEntry);
}
