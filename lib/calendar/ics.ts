/**
 * A tiny iCalendar (RFC 5545) writer for one event: enough for "Add to calendar" on a phone.
 * Written by hand because it is small and the escaping and folding rules are easy to get wrong
 * in a generic library call: TEXT values escape \ ; , and newlines; lines fold at 75 octets.
 */
export type CalendarEvent = {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
};

/** Escape a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** 2026-11-23T14:30:00.000Z → "20261123T143000Z" (UTC form). */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const encoder = new TextEncoder();

/**
 * Fold one content line so that no physical line exceeds 75 octets (RFC 5545 3.1). The
 * continuation starts with a space, which counts towards its 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = " ";
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

// URIs are not TEXT (no backslash escaping), so only drop what could break the line structure.
const safeUri = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, "");

export function buildCalendar(event: CalendarEvent, productId = "-//Involve//Involvement sessions//EN"): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    event.location ? `LOCATION:${escapeText(event.location)}` : null,
    event.url ? `URL:${safeUri(event.url)}` : null,
    event.description ? `DESCRIPTION:${escapeText(event.description)}` : null,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return (
    lines
      .filter((l): l is string => l !== null)
      .map(foldLine)
      .join("\r\n") + "\r\n"
  );
}
