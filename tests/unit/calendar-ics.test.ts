import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "@/lib/calendar/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar builder", () => {
  it("escapes backslashes, semicolons, commas and newlines in text", () => {
    expect(escapeText("Room 1; Floor 2, Main St\\Annex\nBring ID\r\nThanks")).toBe(
      "Room 1\\; Floor 2\\, Main St\\\\Annex\\nBring ID\\nThanks",
    );
  });

  it("writes UTC times in the Z form", () => {
    expect(formatUtc(new Date("2026-06-01T09:30:00.000Z"))).toBe("20260601T093000Z");
  });

  it("folds long lines at 75 octets with a leading space, never splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}${"a".repeat(50)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
  });

  it("builds one VEVENT with CRLF line endings", () => {
    const ics = buildCalendar({
      uid: "booking-1@involve",
      stamp: new Date("2026-11-01T12:00:00Z"),
      start: new Date("2026-11-23T10:00:00Z"),
      end: new Date("2026-11-23T12:00:00Z"),
      summary: "Talk, with students; year 1",
      location: "Room 1.01, Main Building",
      url: "https://meet.example/abc?x=1",
      description: "What to expect: speak for 20 minutes.\nContact: Sam",
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("UID:booking-1@involve");
    expect(lines).toContain("DTSTAMP:20261101T120000Z");
    expect(lines).toContain("DTSTART:20261123T100000Z");
    expect(lines).toContain("DTEND:20261123T120000Z");
    expect(lines).toContain("SUMMARY:Talk\\, with students\\; year 1");
    expect(lines).toContain("LOCATION:Room 1.01\\, Main Building");
    expect(lines).toContain("URL:https://meet.example/abc?x=1");
    expect(ics).toContain("DESCRIPTION:What to expect: speak for 20 minutes.\\nContact: Sam");
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("leaves out empty optional properties and strips control characters from URLs", () => {
    const ics = buildCalendar({
      uid: "x",
      stamp: new Date(0),
      start: new Date(0),
      end: new Date(3600_000),
      summary: "S",
      url: "https://a.example/\r\nX-EVIL:1",
    });
    expect(ics).not.toContain("LOCATION");
    expect(ics).not.toContain("DESCRIPTION");
    expect(ics).not.toMatch(/^X-EVIL/m);
  });
});
