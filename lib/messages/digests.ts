/**
 * Coordinators' digests, written by the scheduled `coordinator-digests` job (five past each hour):
 *  - "Places asked for": the places experts asked for in each whole hour, one email per coordinator
 *    and hour rather than one per request. It goes to the session's named contact while active, or
 *    to every active coordinator of the institution.
 *  - The daily summary, from the 7 o'clock run (London time): late payments and requests waiting
 *    for a decision, only when there is something to say.
 * The hour (or day) is part of each dedupe key, so a repeated run writes nothing new, and each run
 * looks a few hours back, so a run missed (no worker up at five past) is caught up by the next.
 */
import "server-only";
import type { Db, DbClient } from "@/lib/db";
import { formatSessionTime, formatTime } from "@/lib/format";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { latePaymentsForInstitution } from "@/lib/payments/queries";
import { HOUR_MS, londonParts } from "@/lib/time";

const DAILY_HOUR = 7;
/** How far back a run looks for hours (and the day's summary) that a missed run did not send. */
const CATCH_UP_HOURS = 6;

/** The start of the whole hour before `now` (UTC hours; London hours start at the same instants). */
export function previousHour(now: Date): { from: Date; to: Date } {
  const to = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  return { from: new Date(to.getTime() - HOUR_MS), to };
}

/** "2026-12-03T14" (a UTC hour, as in the dedupe key) → its first instant. */
const hourStart = (hourKey: string) => new Date(`${hourKey}:00:00.000Z`);

async function requestDigests({ now }: { now: Date }, db: DbClient): Promise<NotificationInput[]> {
  const { to } = previousHour(now);
  const from = new Date(to.getTime() - CATCH_UP_HOURS * HOUR_MS);
  const requests = await db.booking.findMany({
    where: { status: "REQUESTED", requestedAt: { gte: from, lt: to }, session: { cancelledAt: null } },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: {
      requestedAt: true,
      expert: { select: { user: { select: { name: true } } } },
      session: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          opportunity: {
            select: { title: true, institutionId: true, contactId: true, contact: { select: { active: true } } },
          },
        },
      },
    },
    take: 5000,
  });
  if (!requests.length) return [];
  const institutionIds = [...new Set(requests.map((r) => r.session.opportunity.institutionId))];
  const coordinators = await db.user.findMany({
    where: { institutionId: { in: institutionIds }, role: { in: ["COORDINATOR", "ADMIN"] }, active: true },
    select: { id: true, institutionId: true, role: true },
  });
  // Admins hear only as named contacts; every active coordinator hears when nobody is named.
  const fallback = new Map<string, string[]>();
  for (const c of coordinators)
    if (c.role === "COORDINATOR" && c.institutionId)
      fallback.set(c.institutionId, [...(fallback.get(c.institutionId) ?? []), c.id]);

  // One digest per coordinator and hour asked in: "<userId> <hour>" → its lines.
  const linesFor = new Map<string, { userId: string; hourKey: string; institutionId: string; lines: string[] }>();
  for (const r of requests) {
    const hourKey = r.requestedAt.toISOString().slice(0, 13);
    const { opportunity } = r.session;
    // The named contact while their account is active (as coordinatorsToTell), else every coordinator.
    const to =
      opportunity.contactId && opportunity.contact?.active
        ? [opportunity.contactId]
        : (fallback.get(opportunity.institutionId) ?? []);
    const line = `${r.expert.user.name} asked for a place on "${opportunity.title}", ${formatSessionTime(r.session.startsAt, r.session.endsAt)}.`;
    for (const userId of to) {
      const key = `${userId} ${hourKey}`;
      const entry = linesFor.get(key) ?? { userId, hourKey, institutionId: opportunity.institutionId, lines: [] };
      entry.lines.push(line);
      linesFor.set(key, entry);
    }
  }
  return [...linesFor.values()].map(({ userId, hourKey, institutionId, lines }) => ({
    userId,
    kind: "DIGEST" as const,
    institutionId,
    inApp: false,
    dedupeKey: `requests-digest:${userId}:${hourKey}`,
    title: lines.length === 1 ? "1 place asked for" : `${lines.length} places asked for`,
    body: [
      `Between ${formatTime(hourStart(hourKey))} and ${formatTime(new Date(hourStart(hourKey).getTime() + HOUR_MS))}, experts by experience asked for these places. They are waiting for your decision.`,
      lines.join("\n"),
    ].join("\n\n"),
    link: "/coordinator",
    linkLabel: "Decide on the requests",
  }));
}

async function dailySummaries({ now }: { now: Date }, db: DbClient): Promise<NotificationInput[]> {
  const today = londonParts(now);
  if (today.hour < DAILY_HOUR || today.hour >= DAILY_HOUR + CATCH_UP_HOURS) return [];
  const coordinators = await db.user.findMany({
    where: { role: "COORDINATOR", active: true, institutionId: { not: null } },
    select: { id: true, institutionId: true },
  });
  const institutionIds = [...new Set(coordinators.map((c) => c.institutionId as string))];
  const [late, waiting] = await Promise.all([
    Promise.all(institutionIds.map((institutionId) => latePaymentsForInstitution({ institutionId, take: 0, now }, db))),
    db.$queryRaw<{ institutionId: string; waiting: bigint }[]>`
      SELECT o."institutionId", count(*) AS waiting
      FROM "Booking" b
      JOIN "Session" s ON s.id = b."sessionId"
      JOIN "Opportunity" o ON o.id = s."opportunityId"
      WHERE b.status = 'REQUESTED' AND s."cancelledAt" IS NULL AND s."startsAt" > ${now}
      GROUP BY o."institutionId"`,
  ]);
  const lateBy = new Map(institutionIds.map((id, i) => [id, late[i]]));
  const waitingBy = new Map(waiting.map((w) => [w.institutionId, Number(w.waiting)]));
  const day = `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`;

  return coordinators.flatMap((c) => {
    const institutionId = c.institutionId as string;
    const lateCount = lateBy.get(institutionId)?.count ?? 0;
    const days = lateBy.get(institutionId)?.latePaymentDays ?? 30;
    const waitingCount = waitingBy.get(institutionId) ?? 0;
    if (!lateCount && !waitingCount) return [];
    const lines = [
      lateCount &&
        `${lateCount} ${lateCount === 1 ? "payment is" : "payments are"} late (not paid ${days} days after the session).`,
      waitingCount &&
        `${waitingCount} ${waitingCount === 1 ? "request for a place is" : "requests for places are"} waiting for your decision.`,
    ].filter(Boolean);
    return [
      {
        userId: c.id,
        kind: "DIGEST" as const,
        institutionId,
        inApp: false,
        dedupeKey: `daily:${c.id}:${day}`,
        title: "Your Involve summary for today",
        body: ["Here is what is waiting for you today.", lines.join("\n")].join("\n\n"),
        link: "/coordinator",
        linkLabel: "Open your dashboard",
      },
    ];
  });
}

export async function sendCoordinatorDigests({ now }: { now: Date }, db: Db) {
  const [requests, daily] = await Promise.all([requestDigests({ now }, db), dailySummaries({ now }, db)]);
  if (requests.length || daily.length) await db.$transaction((tx) => notify([...requests, ...daily], tx));
  return { requests: requests.length, daily: daily.length };
}
