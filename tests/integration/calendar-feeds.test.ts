/**
 * Calendar subscription feeds, end to end on the real database: the actions that turn a feed
 * on, renew and turn it off; the public route that serves it; what each role's feed holds; and
 * what calendar apps need to take a change or a cancellation (SEQUENCE, STATUS:CANCELLED).
 * Every feed is read back with the real parser (ical.js).
 */
import { describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/calendar/[token]/route";
import { GET as bookingIcs } from "@/app/(expert)/expert/bookings/[id]/calendar.ics/route";
import { withdrawBookingAction } from "@/lib/bookings/actions";
import {
  newCalendarFeedAddressAction,
  turnOffCalendarFeedAction,
  turnOnCalendarFeedAction,
} from "@/lib/calendar/actions";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { cancelOpportunityAction } from "@/lib/opportunities/actions";
import { cancelSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { runAs } from "../helpers/actor";
import { createOpportunity, createSession, createUser, createWorld, form, idle, unique } from "../helpers/factories";
import { inLondon, parseCalendar } from "../helpers/ical";

type Person = { id: string };

async function turnOn(user: Person): Promise<string> {
  const state = await runAs(user, () => turnOnCalendarFeedAction(idle, form({})));
  expect(state.status).toBe("success");
  const { calendarFeedToken } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return calendarFeedToken!;
}

const fetchFeed = (token: string) =>
  runAs(null, () =>
    feedRoute(new Request(`https://involve.example/calendar/${encodeURIComponent(token)}`), {
      params: Promise.resolve({ token }),
    }),
  );

async function feedOf(token: string) {
  const response = await fetchFeed(token);
  expect(response.status, await response.clone().text()).toBe(200);
  return parseCalendar(await response.text());
}

const byUid = <E extends { uid: string }>(events: E[], uid: string) => events.find((e) => e.uid === uid);

/** Makes the rows look last changed a minute ago, so the next real change has a later second. */
async function ageRows({ sessionIds = [], bookingIds = [] }: { sessionIds?: string[]; bookingIds?: string[] }) {
  const past = new Date(Date.now() - 60_000);
  await db.session.updateMany({ where: { id: { in: sessionIds } }, data: { updatedAt: past } });
  await db.booking.updateMany({ where: { id: { in: bookingIds } }, data: { updatedAt: past } });
  const opportunities = await db.session.findMany({
    where: { id: { in: sessionIds } },
    select: { opportunityId: true },
  });
  await db.opportunity.updateMany({
    where: { id: { in: opportunities.map((o) => o.opportunityId) } },
    data: { updatedAt: past },
  });
}

/** Runs a server action as `user`: it must succeed, or end in redirect() (which Next throws). */
async function done(user: Person, run: () => Promise<FormState>) {
  let state: FormState;
  try {
    state = await runAs(user, run);
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return;
    throw error;
  }
  expect(state.status, JSON.stringify(state)).toBe("success");
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** Next year, so these dates are always ahead (the feed keeps only 90 days back; edits refuse the past). */
const YEAR = new Date().getUTCFullYear() + 1;
const two = (n: number) => String(n).padStart(2, "0");
/** The day of the month of the last Sunday of `month` (1–12) next year: the UK's clock-change days. */
function lastSunday(month: number): number {
  const last = new Date(Date.UTC(YEAR, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}
const MARCH_CHANGE = lastSunday(3);
const OCTOBER_CHANGE = lastSunday(10);
const utc = (month: number, day: number, time: string) => `${YEAR}-${two(month)}-${two(day)}T${time}:00.000Z`;
const london = (month: number, day: number, time: string) => `${two(day)}/${two(month)}/${YEAR}, ${time}`;

describe("the feed address: turning on, making a new one, turning off", () => {
  it("makes a 32-byte base64url token, keeps it when turned on again, and audits without the secret", async () => {
    const world = await createWorld(1);
    const expert = world.experts[0]!.user;
    const token = await turnOn(expert);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(await turnOn(expert)).toBe(token);

    const renewed = await runAs(expert, () => newCalendarFeedAddressAction(idle, form({})));
    expect(renewed.status).toBe("success");
    const next = (await db.user.findUniqueOrThrow({ where: { id: expert.id } })).calendarFeedToken!;
    expect(next).not.toBe(token);
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed(next)).status).toBe(200);

    expect((await runAs(expert, () => turnOffCalendarFeedAction(idle, form({})))).status).toBe("success");
    expect((await db.user.findUniqueOrThrow({ where: { id: expert.id } })).calendarFeedToken).toBeNull();
    expect((await fetchFeed(next)).status).toBe(404);

    const events = await db.auditEvent.findMany({ where: { entityId: expert.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "calendar_feed.turned_on",
      "calendar_feed.new_address",
      "calendar_feed.turned_off",
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(next);
  });

  it("lets coordinators and academics have one too, and refuses signed-out callers", async () => {
    const world = await createWorld(0);
    expect(await turnOn(world.coordinator)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await turnOn(world.academic)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await turnOn(world.admin)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await runAs(null, () => turnOnCalendarFeedAction(idle, form({})))).status).toBe("error");
  });
});

describe("the public feed route", () => {
  it("answers with the calendar, the right headers, and also with .ics on the end", async () => {
    const world = await createWorld(1);
    const token = await turnOn(world.experts[0]!.user);
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
  });

  it("gives the same plain 404 for a wrong, unknown, empty, huge, reset or switched-off token and an inactive account", async () => {
    const world = await createWorld(2);
    const [a, b] = world.experts;
    const session = await createSession((await createOpportunity(world)).id);
    await db.booking.create({ data: { sessionId: session.id, expertId: a!.expert.id, status: "CONFIRMED" } });
    const token = await turnOn(a!.user);
    const other = await turnOn(b!.user);
    await runAs(b!.user, () => newCalendarFeedAddressAction(idle, form({}))); // `other` is now reset
    await db.user.update({ where: { id: b!.user.id }, data: { active: false } });
    const current = (await db.user.findUniqueOrThrow({ where: { id: b!.user.id } })).calendarFeedToken!;

    const wrong = [
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, // one character off
      "A".repeat(43), // well formed, unknown
      "",
      "x".repeat(5000),
      other, // reset
      current, // the account is deactivated
      token.toLowerCase(),
      `${token}/../x`,
      "' OR 1=1 --",
    ];
    const answers = [];
    for (const t of wrong) {
      const response = await fetchFeed(t);
      answers.push({
        status: response.status,
        type: response.headers.get("content-type"),
        body: await response.text(),
      });
    }
    for (const answer of answers) {
      expect(answer).toEqual({ status: 404, type: "text/plain; charset=utf-8", body: "Not found" });
    }
    // The right token still works.
    expect((await feedOf(token)).events).toHaveLength(1);
  });
});

describe("an expert's feed", () => {
  it("holds their confirmed places only, never anyone else's, and keeps confirmed-then-withdrawn ones as CANCELLED", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const opportunity = await createOpportunity(world);
    const [confirmed, requested, waitlisted, declined, withdrawnAfterConfirm, withdrawnRequest, attended, old] =
      await Promise.all([
        createSession(opportunity.id, { startsAt: inDays(10) }),
        createSession(opportunity.id, { startsAt: inDays(11) }),
        createSession(opportunity.id, { startsAt: inDays(12) }),
        createSession(opportunity.id, { startsAt: inDays(13) }),
        createSession(opportunity.id, { startsAt: inDays(14) }),
        createSession(opportunity.id, { startsAt: inDays(15) }),
        createSession(opportunity.id, { startsAt: inDays(-20) }),
        createSession(opportunity.id, { startsAt: inDays(-200) }), // before the feed's reach
      ]);
    const book = (
      sessionId: string,
      expertId: string,
      status: "CONFIRMED" | "REQUESTED" | "WAITLISTED" | "DECLINED" | "ATTENDED",
    ) => db.booking.create({ data: { sessionId, expertId, status } });
    const mine = await book(confirmed.id, jo!.expert.id, "CONFIRMED");
    await book(requested.id, jo!.expert.id, "REQUESTED");
    await book(waitlisted.id, jo!.expert.id, "WAITLISTED");
    await book(declined.id, jo!.expert.id, "DECLINED");
    const leaving = await book(withdrawnAfterConfirm.id, jo!.expert.id, "CONFIRMED");
    const leavingRequest = await book(withdrawnRequest.id, jo!.expert.id, "REQUESTED");
    const held = await book(attended.id, jo!.expert.id, "ATTENDED");
    await book(old.id, jo!.expert.id, "ATTENDED");
    const theirs = await book(confirmed.id, kim!.expert.id, "CONFIRMED");
    const token = await turnOn(jo!.user);

    await ageRows({ sessionIds: [withdrawnAfterConfirm.id], bookingIds: [leaving.id] });
    const before = byUid((await feedOf(token)).events, `booking-${leaving.id}@involve`)!;
    expect(before.status).toBe("CONFIRMED");

    for (const id of [leaving.id, leavingRequest.id]) {
      const state = await runAs(jo!.user, () => withdrawBookingAction(idle, form({ bookingId: id, confirm: "yes" })));
      expect(state.status, JSON.stringify(state)).toBe("success");
    }

    const { name, events } = await feedOf(token);
    expect(name).toBe("Involve: my sessions");
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`booking-${mine.id}@involve`, `booking-${leaving.id}@involve`, `booking-${held.id}@involve`].sort(),
    );
    expect(byUid(events, `booking-${mine.id}@involve`)).toMatchObject({
      status: "CONFIRMED",
      summary: opportunity.title,
      location: "Room 1.01",
      utc: true,
    });
    expect(byUid(events, `booking-${mine.id}@involve`)!.description).toContain(
      "What you will do: Speak for 20 minutes, then answer questions.",
    );
    const after = byUid(events, `booking-${leaving.id}@involve`)!;
    expect(after).toMatchObject({ status: "CANCELLED", summary: `Cancelled: ${opportunity.title}` });
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(events.some((e) => e.uid.includes(theirs.id))).toBe(false);

    // Kim's feed has Kim's place only.
    const kimEvents = (await feedOf(await turnOn(kim!.user))).events;
    expect(kimEvents.map((e) => e.uid)).toEqual([`booking-${theirs.id}@involve`]);
  });

  it("shows a session the university cancels as CANCELLED with a higher SEQUENCE, in the feed and the single download", async () => {
    const world = await createWorld(1);
    const jo = world.experts[0]!;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { startsAt: inDays(9) });
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    const token = await turnOn(jo.user);
    await ageRows({ sessionIds: [session.id], bookingIds: [booking.id] });
    const uid = `booking-${booking.id}@involve`;
    const before = byUid((await feedOf(token)).events, uid)!;

    await done(world.coordinator, () =>
      cancelSessionAction(idle, form({ sessionId: session.id, reason: "The room flooded", confirm: "yes" })),
    );

    const after = byUid((await feedOf(token)).events, uid)!;
    expect(after).toMatchObject({ status: "CANCELLED" });
    expect(after.description).toContain("This session has been cancelled.");
    expect(after.sequence).toBeGreaterThan(before.sequence);

    // The single download used to 404 here; now it carries the cancellation, with the same UID.
    const download = await runAs(jo.user, () =>
      bookingIcs(new Request("https://involve.example/x"), { params: Promise.resolve({ id: booking.id }) }),
    );
    expect(download.status).toBe(200);
    const [single] = parseCalendar(await download.text()).events;
    expect(single).toMatchObject({ uid, status: "CANCELLED", sequence: after.sequence });
  });

  it("moves SEQUENCE forward and the times with it when a session is changed", async () => {
    const world = await createWorld(1);
    const jo = world.experts[0]!;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { startsAt: new Date(utc(5, 10, "09:00")) });
    const booking = await db.booking.create({
      data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
    });
    const token = await turnOn(jo.user);
    await ageRows({ sessionIds: [session.id], bookingIds: [booking.id] });
    const uid = `booking-${booking.id}@involve`;
    const before = byUid((await feedOf(token)).events, uid)!;
    expect(inLondon(before.start)).toBe(london(5, 10, "10:00"));

    await done(world.coordinator, () =>
      updateSessionAction(
        idle,
        form({
          sessionId: session.id,
          date: `${YEAR}-05-11`,
          startTime: "14:00",
          endTime: "16:30",
          location: "Room 3.02",
          onlineUrl: "https://meet.example/room?a=1",
          accessInfo: "Lift to the third floor",
          places: "2",
        }),
      ),
    );
    const after = byUid((await feedOf(token)).events, uid)!;
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(inLondon(after.start)).toBe(london(5, 11, "14:00"));
    expect(inLondon(after.end)).toBe(london(5, 11, "16:30"));
    expect(after).toMatchObject({
      location: "Room 3.02 (or online)",
      url: "https://meet.example/room?a=1",
      status: "CONFIRMED",
    });
    expect(after.description).toContain("Access: Lift to the third floor");
  });

  it("keeps London times right across the clock changes (next year's last Sundays of March and October)", async () => {
    const world = await createWorld(1);
    const jo = world.experts[0]!;
    const opportunity = await createOpportunity(world);
    const token = await turnOn(jo.user);

    // Typed by a coordinator as London times: 10:00 is 09:00 UTC on the March day (BST), 10:00 UTC on the October day (GMT).
    const typed = [
      { month: 3, day: MARCH_CHANGE, utcStart: utc(3, MARCH_CHANGE, "09:00"), utcEnd: utc(3, MARCH_CHANGE, "11:00") },
      {
        month: 10,
        day: OCTOBER_CHANGE,
        utcStart: utc(10, OCTOBER_CHANGE, "10:00"),
        utcEnd: utc(10, OCTOBER_CHANGE, "12:00"),
      },
    ];
    for (const c of typed) {
      const session = await createSession(opportunity.id, { startsAt: inDays(30) });
      const booking = await db.booking.create({
        data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" },
      });
      await done(world.coordinator, () =>
        updateSessionAction(
          idle,
          form({
            sessionId: session.id,
            date: `${YEAR}-${two(c.month)}-${two(c.day)}`,
            startTime: "10:00",
            endTime: "12:00",
            location: "Room 1",
            places: "2",
          }),
        ),
      );
      const event = byUid((await feedOf(token)).events, `booking-${booking.id}@involve`)!;
      expect(event.utc).toBe(true);
      expect([event.start.toISOString(), event.end.toISOString()]).toEqual([c.utcStart, c.utcEnd]);
      expect([inLondon(event.start), inLondon(event.end)]).toEqual([
        london(c.month, c.day, "10:00"),
        london(c.month, c.day, "12:00"),
      ]);
    }

    // Across the change itself, stored in UTC: 01:30 BST to 02:30 GMT in October is two hours;
    // 00:30 GMT to 03:00 BST in March is one and a half (01:00–02:00 does not exist).
    const across = [
      {
        starts: utc(10, OCTOBER_CHANGE, "00:30"),
        ends: utc(10, OCTOBER_CHANGE, "02:30"),
        london: [london(10, OCTOBER_CHANGE, "01:30"), london(10, OCTOBER_CHANGE, "02:30")],
      },
      {
        starts: utc(3, MARCH_CHANGE, "00:30"),
        ends: utc(3, MARCH_CHANGE, "02:00"),
        london: [london(3, MARCH_CHANGE, "00:30"), london(3, MARCH_CHANGE, "03:00")],
      },
    ];
    const ids: string[] = [];
    for (const c of across) {
      const session = await db.session.create({
        data: {
          opportunityId: opportunity.id,
          startsAt: new Date(c.starts),
          endsAt: new Date(c.ends),
          location: "Room 1",
          places: 2,
        },
      });
      ids.push(
        (await db.booking.create({ data: { sessionId: session.id, expertId: jo.expert.id, status: "CONFIRMED" } })).id,
      );
    }
    const { events } = parseCalendar(await (await fetchFeed(token)).text());
    across.forEach((c, i) => {
      const event = byUid(events, `booking-${ids[i]}@involve`)!;
      expect([inLondon(event.start), inLondon(event.end)]).toEqual(c.london);
      expect(event.start.toISOString()).toBe(c.starts);
    });
  });
});

describe("staff feeds", () => {
  it("gives a coordinator their institution's sessions (drafts left out, cancellations kept) and no one else's", async () => {
    const world = await createWorld(1);
    const elsewhere = await createWorld(0);
    const open = await createOpportunity(world);
    const draft = await createOpportunity(world, { status: "DRAFT" });
    const theirs = await createOpportunity(elsewhere);
    const s1 = await createSession(open.id, { startsAt: inDays(5) });
    const s2 = await createSession(open.id, { startsAt: inDays(6) });
    await createSession(draft.id, { startsAt: inDays(7) });
    const foreign = await createSession(theirs.id, { startsAt: inDays(5) });
    await db.booking.create({ data: { sessionId: s1.id, expertId: world.experts[0]!.expert.id, status: "CONFIRMED" } });

    const token = await turnOn(world.coordinator);
    await ageRows({ sessionIds: [s2.id] });
    const before = (await feedOf(token)).events;
    expect(before.map((e) => e.uid).sort()).toEqual([`session-${s1.id}@involve`, `session-${s2.id}@involve`].sort());
    const s2Before = byUid(before, `session-${s2.id}@involve`)!;

    await done(world.coordinator, () =>
      cancelSessionAction(idle, form({ sessionId: s2.id, reason: "", confirm: "yes" })),
    );
    const { name, events } = await feedOf(token);
    expect(name).toBe("Involve: our sessions");
    const s2After = byUid(events, `session-${s2.id}@involve`)!;
    expect(s2After.status).toBe("CANCELLED");
    expect(s2After.sequence).toBeGreaterThan(s2Before.sequence);
    expect(byUid(events, `session-${s1.id}@involve`)!.status).toBe("CONFIRMED");
    // No expert is named in a staff feed.
    expect(JSON.stringify(events)).not.toContain(world.experts[0]!.user.name);
    expect(events.some((e) => e.uid.includes(foreign.id))).toBe(false);

    // The admin works as a coordinator of the same institution; the other institution sees only its own.
    expect((await feedOf(await turnOn(world.admin))).events).toHaveLength(2);
    expect((await feedOf(await turnOn(elsewhere.coordinator))).events.map((e) => e.uid)).toEqual([
      `session-${foreign.id}@involve`,
    ]);
  });

  it("keeps a cancelled opportunity's future sessions in the feed as CANCELLED", async () => {
    const world = await createWorld(0);
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id, { startsAt: inDays(8) });
    const token = await turnOn(world.coordinator);
    await ageRows({ sessionIds: [session.id] });
    const before = byUid((await feedOf(token)).events, `session-${session.id}@involve`)!;
    await done(world.coordinator, () =>
      cancelOpportunityAction(idle, form({ opportunityId: opportunity.id, reason: "No funding", confirm: "yes" })),
    );
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).status).toBe("CANCELLED");
    const after = byUid((await feedOf(token)).events, `session-${session.id}@involve`)!;
    expect(after.status).toBe("CANCELLED");
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("gives an academic the sessions of their own modules only", async () => {
    const world = await createWorld(0);
    const colleague = await createUser("ACADEMIC", { institutionId: world.institution.id });
    const theirModule = await db.module.create({
      data: {
        programmeId: world.programme.id,
        code: unique("SW"),
        title: "Law",
        yearOfStudy: 2,
        academicYear: "2026/27",
        leaderId: colleague.id,
      },
    });
    const mine = await createSession((await createOpportunity(world)).id, { startsAt: inDays(4) });
    const notMine = await createSession((await createOpportunity({ ...world, module: theirModule })).id, {
      startsAt: inDays(4),
    });
    const noModule = await createSession((await createOpportunity({ ...world, module: undefined })).id, {
      startsAt: inDays(4),
    });
    const { name, events } = await feedOf(await turnOn(world.academic));
    expect(name).toBe("Involve: my modules' sessions");
    expect(events.map((e) => e.uid)).toEqual([`session-${mine.id}@involve`]);
    const colleagueEvents = (await feedOf(await turnOn(colleague))).events.map((e) => e.uid);
    expect(colleagueEvents).toEqual([`session-${notMine.id}@involve`]);
    expect(colleagueEvents).not.toContain(`session-${noModule.id}@involve`);
  });
});
