import { describe, expect, it } from "vitest";
import { GET as calendarGet } from "@/app/(expert)/expert/bookings/[id]/calendar.ics/route";
import { db } from "@/lib/db";
import { findComingUp, findWaitingToHear } from "@/lib/bookings/queries";
import { findUnreadNotifications } from "@/lib/notifications/queries";
import { findRecentPayments } from "@/lib/payments/for-expert";
import { involvementTotals, listAttendedSessions } from "@/lib/bookings/history";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import {
  findExpertMatchProfile,
  findOpportunityForExpert,
  listOpportunitiesForExpert,
} from "@/lib/opportunities/for-expert";
import { academicYearBounds, academicYearOf } from "@/lib/time";
import { actAs } from "../helpers/actor";
import { createExpert, createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);

async function worldWithBookings() {
  const world = await createWorld(2);
  const [me, other] = [nth(world.experts), nth(world.experts, 1)];
  const opportunity = await createOpportunity(world);
  const [s1, s2, s3, past] = [
    await createSession(opportunity.id, { startsAt: inDays(3) }),
    await createSession(opportunity.id, { startsAt: inDays(5) }),
    await createSession(opportunity.id, { startsAt: inDays(9) }),
    await createSession(opportunity.id, { startsAt: inDays(-20) }),
  ];
  const mine = {
    confirmed: await db.booking.create({ data: { sessionId: s1.id, expertId: me.expert.id, status: "CONFIRMED" } }),
    requested: await db.booking.create({ data: { sessionId: s2.id, expertId: me.expert.id, status: "REQUESTED" } }),
    attended: await db.booking.create({ data: { sessionId: past.id, expertId: me.expert.id, status: "ATTENDED" } }),
  };
  const theirs = {
    confirmed: await db.booking.create({ data: { sessionId: s3.id, expertId: other.expert.id, status: "CONFIRMED" } }),
    waitlisted: await db.booking.create({
      data: { sessionId: s1.id, expertId: other.expert.id, status: "WAITLISTED" },
    }),
  };
  await db.payment.create({
    data: {
      bookingId: mine.attended.id,
      expertId: me.expert.id,
      method: "BANK_TRANSFER",
      feePence: 5000,
      status: "APPROVED",
      sessionDate: past.startsAt,
      expenses: { create: { type: "TRAVEL", amountPence: 420, addedById: world.coordinator.id } },
    },
  });
  await db.notification.createMany({
    data: [
      { userId: me.user.id, title: "For me", body: "Hello" },
      { userId: me.user.id, title: "Already read", body: "Old", readAt: new Date() },
      { userId: other.user.id, title: "For them", body: "Hi" },
    ],
  });
  return { world, me, other, opportunity, sessions: { s1, s2, s3, past }, mine, theirs };
}

describe("expert home queries", () => {
  it("return only the signed-in expert's own bookings, payments and messages", async () => {
    const { me, mine } = await worldWithBookings();
    const comingUp = await findComingUp({ expertId: me.expert.id });
    expect(comingUp.map((b) => b.id)).toEqual([mine.confirmed.id]);
    expect(nth(comingUp).session.opportunity.contact?.name).toBeTruthy();
    expect((await findWaitingToHear({ expertId: me.expert.id })).map((b) => b.id)).toEqual([mine.requested.id]);
    const payments = await findRecentPayments({ expertId: me.expert.id });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: "APPROVED", totalPence: 5420 });
    const unread = await findUnreadNotifications({ userId: me.user.id });
    expect(unread.total).toBe(1);
    expect(unread.items.map((n) => n.title)).toEqual(["For me"]);
  });

  it("counts attended hours this academic year and all time", async () => {
    const { me, world, opportunity } = await worldWithBookings();
    const bounds = academicYearBounds(academicYearOf(new Date()))!;
    const lastYear = await createSession(opportunity.id, {
      startsAt: new Date(bounds.start.getTime() - 30 * DAY),
      minutes: 90,
    });
    await db.booking.create({ data: { sessionId: lastYear.id, expertId: me.expert.id, status: "ATTENDED" } });
    const totals = await involvementTotals({ expertId: me.expert.id });
    const pastInThisYear = Date.now() - 20 * DAY >= bounds.start.getTime();
    expect(totals.allMinutes).toBe(210);
    expect(totals.allSessions).toBe(2);
    expect(totals.yearMinutes).toBe(pastInThisYear ? 120 : 0);
    const history = await listAttendedSessions({ expertId: me.expert.id, page: 1, size: 25 });
    expect(history.items.map((h) => h.paymentStatus)).toEqual(["APPROVED", null]);
    expect((await listAttendedSessions({ expertId: nth(world.experts, 1).expert.id, page: 1, size: 25 })).total).toBe(
      0,
    );
  });
});

describe("opportunities for an expert", () => {
  it("lists open ones with future sessions in their partnership, matching ones first, across pages", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const { expert } = await createExpert(world.partnership.id, {
      interests: ["RESEARCH"],
      livedExperience: ["Care Leaver"],
    });
    const make = async (
      data: Partial<{ type: "RESEARCH" | "TEACHING"; sought: string[]; status: "OPEN" | "DRAFT"; when: number }>,
      w = world,
    ) => {
      const o = await createOpportunity(w, { status: data.status ?? "OPEN" });
      await db.opportunity.update({
        where: { id: o.id },
        data: { type: data.type ?? "TEACHING", livedExperienceSought: data.sought ?? [] },
      });
      await createSession(o.id, { startsAt: inDays(data.when ?? 10) });
      return o.id;
    };
    const byType = await make({ type: "RESEARCH" });
    const byTag = await make({ sought: ["care leaver"] });
    const plain1 = await make({});
    const plain2 = await make({});
    await make({ status: "DRAFT", type: "RESEARCH" });
    await make({ when: -3, type: "RESEARCH" });
    await make({ type: "RESEARCH" }, elsewhere);

    const profile = (await findExpertMatchProfile({ expertId: expert.id }))!;
    const page1 = await listOpportunitiesForExpert({ profile, page: 1, size: 3 });
    const page2 = await listOpportunitiesForExpert({ profile, page: 2, size: 3 });
    expect(page1.total).toBe(4);
    expect(page1.pageCount).toBe(2);
    expect(
      page1.items
        .slice(0, 2)
        .map((i) => i.id)
        .sort(),
    ).toEqual([byType, byTag].sort());
    expect(page1.items.slice(0, 2).every((i) => i.matches)).toBe(true);
    expect([...page1.items, ...page2.items].map((i) => i.id).sort()).toEqual([byType, byTag, plain1, plain2].sort());
    expect(page2.items.every((i) => !i.matches)).toBe(true);
    const filtered = await listOpportunitiesForExpert({ profile, page: 1, size: 25, type: "RESEARCH" });
    expect(filtered.items.map((i) => i.id)).toEqual([byType]);
  });

  it("shows one opportunity with places left and the expert's own booking, never another partnership's", async () => {
    const { me, opportunity, sessions, mine } = await worldWithBookings();
    const elsewhere = await createWorld(1);
    const profile = (await findExpertMatchProfile({ expertId: me.expert.id }))!;
    const found = (await findOpportunityForExpert({ profile, opportunityId: opportunity.id }))!;
    const first = found.sessions.find((s) => s.id === sessions.s1.id)!;
    expect(first).toMatchObject({ placesLeft: 1, myBooking: { id: mine.confirmed.id, status: "CONFIRMED" } });
    expect(found.sessions.find((s) => s.id === sessions.s3.id)?.myBooking).toBeNull();
    expect(found.sessions.some((s) => s.id === sessions.past.id)).toBe(false);
    const outsider = (await findExpertMatchProfile({ expertId: nth(elsewhere.experts).expert.id }))!;
    expect(await findOpportunityForExpert({ profile: outsider, opportunityId: opportunity.id })).toBeNull();
  });
});

describe("calendar file", () => {
  const call = (id: string) =>
    calendarGet(new Request(`http://localhost:3000/expert/bookings/${id}/calendar.ics`), {
      params: Promise.resolve({ id }),
    });

  it("gives the expert a valid iCalendar event for their own confirmed session", async () => {
    const { me, mine, sessions, opportunity } = await worldWithBookings();
    await db.session.update({ where: { id: sessions.s1.id }, data: { location: "Room 2; Block A, Main St" } });
    actAs(me.user);
    const response = await call(mine.confirmed.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.ics"$/);
    const body = await response.text();
    const start = sessions.s1.startsAt
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    expect(body).toContain(`DTSTART:${start}`);
    // Host-free, the same UID as in the expert's subscription feed.
    expect(body).toContain(`\r\nUID:booking-${mine.confirmed.id}@involve\r\n`);
    expect(body).toContain("LOCATION:Room 2\\; Block A\\, Main St");
    expect(body.replace(/\r\n /g, "")).toContain(`SUMMARY:${opportunity.title}`);
    expect(body.replace(/\r\n /g, "")).toContain("What you will do: Speak for 20 minutes\\, then answer questions.");
    for (const line of body.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("is 401 when signed out, 404 for anyone else's booking or one not confirmed, 403 outside the expert area", async () => {
    const { world, me, other, mine, theirs } = await worldWithBookings();
    actAs(null);
    expect((await call(mine.confirmed.id)).status).toBe(401);
    actAs(me.user);
    expect((await call(theirs.confirmed.id)).status).toBe(404);
    expect((await call(mine.requested.id)).status).toBe(404);
    expect((await call("no-such-booking")).status).toBe(404);
    actAs(other.user);
    expect((await call(mine.confirmed.id)).status).toBe(404);
    actAs(world.coordinator);
    expect((await call(mine.confirmed.id)).status).toBe(403);
  });
});

describe("markNotificationReadAction", () => {
  it("marks only the caller's own messages as read", async () => {
    const { world, me, other } = await worldWithBookings();
    const mine = await db.notification.findFirstOrThrow({ where: { userId: me.user.id, readAt: null } });
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.user.id, readAt: null } });

    actAs(me.user);
    expect((await markNotificationReadAction(idle, form({ notificationId: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await markNotificationReadAction(idle, form({ notificationId: mine.id }))).message).toBe("Marked as read.");
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeInstanceOf(Date);
    expect((await markNotificationReadAction(idle, form({ notificationId: mine.id }))).status).toBe("success");

    await db.notification.createMany({
      data: [
        { userId: me.user.id, title: "A", body: "a" },
        { userId: me.user.id, title: "B", body: "b" },
      ],
    });
    expect((await markNotificationReadAction(idle, form({ all: "yes" }))).message).toBe("2 messages marked as read.");
    expect(await db.notification.count({ where: { userId: me.user.id, readAt: null } })).toBe(0);
    expect(await db.notification.count({ where: { userId: other.user.id, readAt: null } })).toBe(1);

    expect((await markNotificationReadAction(idle, form({}))).code).toBe("INVALID");
    // Coordinators have messages of their own now; "all" is still only the caller's.
    actAs(world.coordinator);
    expect((await markNotificationReadAction(idle, form({ all: "yes" }))).status).toBe("success");
    expect(await db.notification.count({ where: { userId: other.user.id, readAt: null } })).toBe(1);
  });
});
