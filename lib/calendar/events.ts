/**
 * The one place calendar events are made, for the subscription feeds and the single-booking
 * download alike. Pure: rows in, iCalendar (RFC 5545) text out, written by ical-generator
 * (escaping of , ; \ and newlines in TEXT values, folding at 75 octets, CRLF line ends).
 *
 * Times are given to ical-generator as plain Dates with no time zone, so it writes them in UTC
 * ("20270328T093000Z"): correct on both sides of the UK clock change, whatever zone the
 * calendar app shows them in.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from "ical-generator";
import { formatMinutes } from "@/lib/format";

/**
 * SEQUENCE is the number of seconds from this moment to the latest change of the event's
 * rows (Session.updatedAt, Booking.updatedAt, Opportunity.updatedAt; Prisma moves @updatedAt
 * on every update and updateMany). Decision: derived rather than counted, because it always
 * moves forward with any change and needs no counter kept in step with every place that
 * changes a session or booking. Two changes within the same second share a number, which
 * calendar apps accept (the later DTSTAMP/LAST-MODIFIED still differ in content). It fits a
 * 32-bit integer until 2094.
 */
export const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

export function sequenceFor(...changedAt: Date[]): number {
  const latest = Math.max(...changedAt.map((d) => d.getTime()));
  return Math.max(0, Math.floor((latest - SEQUENCE_EPOCH) / 1000));
}

/** What every calendar event of Involve is made from: one session, seen by one person. */
export type CalendarEntry = {
  /** Stable and host-free, e.g. "booking-<id>@involve" or "session-<id>@involve". */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  accessInfo: string;
  whatYouWillDo: string;
  preparationOffered: boolean;
  preparationMinutes: number | null;
  debriefOffered: boolean;
  contact: { name: string; email: string; phone: string | null } | null;
  /** Why the event is cancelled, in plain words ("This session has been cancelled."), or null. */
  cancelled: string | null;
  /** The update times of the rows the event is made from: SEQUENCE and LAST-MODIFIED. */
  changedAt: Date[];
  /** "Your contact" for an expert, "Contact" for staff. */
  contactLabel: string;
};

export function describeEntry(entry: CalendarEntry): string {
  const { contact } = entry;
  return [
    entry.cancelled,
    entry.whatYouWillDo && `What you will do: ${entry.whatYouWillDo}`,
    entry.preparationOffered &&
      `Preparation is offered${entry.preparationMinutes ? ` (${formatMinutes(entry.preparationMinutes)}, paid)` : ""}.`,
    entry.debriefOffered && "A debrief is offered afterwards.",
    entry.accessInfo && `Access: ${entry.accessInfo}`,
    entry.onlineUrl && `Online link: ${entry.onlineUrl}`,
    contact && `${entry.contactLabel}: ${[contact.name, contact.email, contact.phone].filter(Boolean).join(", ")}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/**
 * ical-generator writes URL values with TEXT escaping (a comma becomes "\,"), which RFC 5545
 * does not use for URIs, so calendar apps would open a broken link. Percent-encoding the three
 * characters it escapes keeps the link working (the description carries it exactly as typed).
 */
export function uriValue(url: string): string | null {
  if (!url) return null;
  return url.replace(/[\u0000-\u001f\u007f]/g, "").replace(/[,;\\]/g, (c) => encodeURIComponent(c));
}

export function calendarEvent(entry: CalendarEntry): ICalEventData {
  const changed = new Date(Math.max(...entry.changedAt.map((d) => d.getTime())));
  const where = entry.location
    ? entry.onlineUrl
      ? `${entry.location} (or online)`
      : entry.location
    : entry.onlineUrl
      ? "Online"
      : null;
  return {
    id: entry.uid,
    sequence: sequenceFor(...entry.changedAt),
    // The time of the latest change, not of the request: the same data gives the same text.
    stamp: changed,
    lastModified: changed,
    start: entry.startsAt,
    end: entry.endsAt,
    summary: entry.cancelled ? `Cancelled: ${entry.title}` : entry.title,
    location: where,
    url: uriValue(entry.onlineUrl),
    description: describeEntry(entry),
    status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** A whole VCALENDAR: a feed (many events) or a single download (one). */
export function buildCalendar({ name, entries }: { name: string; entries: CalendarEntry[] }): string {
  const calendar = ical({
    name,
    prodId: { company: "Involve", product: "Involvement sessions", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Asks calendar apps to look again every hour (REFRESH-INTERVAL, X-PUBLISHED-TTL); most
    // decide for themselves (Google: every few hours).
    ttl: 60 * 60,
  });
  for (const entry of entries) calendar.createEvent(calendarEvent(entry));
  return calendar.toString();
}
