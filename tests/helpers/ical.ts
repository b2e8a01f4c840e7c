/** Parse iCalendar text with the real parser (ical.js), into plain objects tests can compare. */
import ICAL from "ical.js";

export type ParsedEvent = {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  start: Date;
  end: Date;
  /** Whether DTSTART and DTEND were written in UTC (…Z). */
  utc: boolean;
  location: string | null;
  url: string | null;
  description: string;
  /** Every property name of the event, to check nothing was injected. */
  properties: string[];
};

export function parseCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      status: (vevent.getFirstPropertyValue("status") as string | null) ?? null,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      utc: event.startDate.zone === ICAL.Timezone.utcTimezone && event.endDate.zone === ICAL.Timezone.utcTimezone,
      location: event.location ?? null,
      url: (vevent.getFirstPropertyValue("url") as string | null) ?? null,
      description: event.description ?? "",
      properties: vevent.getAllProperties().map((p) => p.name),
    };
  });
  return { name: (calendar.getFirstPropertyValue("x-wr-calname") as string | null) ?? null, events };
}

const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "28/03/2027, 10:00": the wall-clock time in London. */
export const inLondon = (date: Date) => london.format(date);
