import { describe, expect, it } from "vitest";
import { buildCalendar, sequenceFor, SEQUENCE_EPOCH, type CalendarEntry } from "@/lib/calendar/events";
import { inLondon, parseCalendar } from "../helpers/ical";

const entry = (extra: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: "booking-abc@involve",
  title: "Talk to first-year students",
  startsAt: new Date("2027-06-01T09:00:00Z"),
  endsAt: new Date("2027-06-01T11:00:00Z"),
  location: "Room 1.01",
  onlineUrl: "",
  accessInfo: "Step-free entrance on Park Road",
  whatYouWillDo: "Speak for 20 minutes, then answer questions.",
  preparationOffered: true,
  preparationMinutes: 90,
  debriefOffered: true,
  contact: { name: "Sam Coordinator", email: "sam@uni.example", phone: "0113 496 0000" },
  cancelled: null,
  changedAt: [new Date("2026-03-01T00:00:00Z")],
  contactLabel: "Your contact",
  ...extra,
});

describe("calendar events (ical-generator, read back with ical.js)", () => {
  it("writes one event in plain language, in UTC, with a stable UID", () => {
    const text = buildCalendar({ name: "Involve: my sessions", entries: [entry()] });
    expect(text).toContain("DTSTART:20270601T090000Z");
    const { name, events } = parseCalendar(text);
    expect(name).toBe("Involve: my sessions");
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      uid: "booking-abc@involve",
      summary: "Talk to first-year students",
      status: "CONFIRMED",
      location: "Room 1.01",
      url: null,
      utc: true,
    });
    expect(inLondon(event!.start)).toBe("01/06/2027, 10:00");
    expect(event!.description).toContain("What you will do: Speak for 20 minutes, then answer questions.");
    expect(event!.description).toContain("Preparation is offered (1 hour 30 minutes, paid).");
    expect(event!.description).toContain("Access: Step-free entrance on Park Road");
    expect(event!.description).toContain("Your contact: Sam Coordinator, sam@uni.example, 0113 496 0000");
  });

  it("says Online and gives the link as the URL when there is no place", () => {
    const { events } = parseCalendar(
      buildCalendar({ name: "x", entries: [entry({ location: "", onlineUrl: "https://meet.example/abc?x=1,2" })] }),
    );
    // ical-generator would write "\\," in a URI; the link is percent-encoded instead, so it still works.
    expect(events[0]).toMatchObject({ location: "Online", url: "https://meet.example/abc?x=1%2C2" });
    expect(events[0]!.description).toContain("Online link: https://meet.example/abc?x=1,2");
  });

  it("marks a cancelled event CANCELLED and says so", () => {
    const { events } = parseCalendar(
      buildCalendar({ name: "x", entries: [entry({ cancelled: "This session has been cancelled." })] }),
    );
    expect(events[0]).toMatchObject({ status: "CANCELLED", summary: "Cancelled: Talk to first-year students" });
    expect(events[0]!.description.startsWith("This session has been cancelled.")).toBe(true);
  });

  it("keeps commas, semicolons, backslashes and newlines in text intact", () => {
    const title = "Carers; families, and friends \\ a panel\nsecond line";
    const { events } = parseCalendar(
      buildCalendar({ name: "x", entries: [entry({ title, location: "Room 1, Floor 2; Main St" })] }),
    );
    expect(events[0]).toMatchObject({ summary: title, location: "Room 1, Floor 2; Main St" });
  });

  it("cannot be made to add a property by a hostile title, place or link", () => {
    const hostile = "Talk\r\nATTENDEE:mailto:attacker@evil.example\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil";
    const text = buildCalendar({
      name: "x",
      entries: [
        entry({ title: hostile, location: hostile, accessInfo: hostile, onlineUrl: `https://x.example/${hostile}` }),
      ],
    });
    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe("booking-abc@involve");
    expect(events[0]!.properties).not.toContain("attendee");
    expect(events[0]!.summary).toBe(hostile.replace(/\r\n/g, "\n"));
    // No raw line of the file starts with the injected property.
    expect(text.split("\r\n").filter((line) => /^(ATTENDEE|UID:evil|BEGIN:VEVENT)/.test(line))).toEqual([
      "BEGIN:VEVENT",
    ]);
  });

  it("folds long lines at 75 octets without breaking characters", () => {
    const long = `${"é".repeat(100)} ${"a".repeat(200)}`;
    const text = buildCalendar({ name: "x", entries: [entry({ whatYouWillDo: long })] });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parseCalendar(text).events[0]!.description).toContain(long);
  });

  it("derives SEQUENCE from the latest change: later changes give higher numbers", () => {
    expect(sequenceFor(new Date(SEQUENCE_EPOCH))).toBe(0);
    expect(sequenceFor(new Date(SEQUENCE_EPOCH - 5000))).toBe(0);
    const a = new Date("2026-12-01T10:00:00Z");
    const b = new Date("2026-12-01T10:00:07Z");
    expect(sequenceFor(a, b)).toBe(sequenceFor(b));
    expect(sequenceFor(b) - sequenceFor(a)).toBe(7);
    const { events } = parseCalendar(buildCalendar({ name: "x", entries: [entry({ changedAt: [a, b] })] }));
    expect(events[0]!.sequence).toBe(sequenceFor(b));
  });
});
