/**
 * Messages timed around a session, written by the scheduled `session-messages` job:
 *  - a reminder two days before a confirmed session: what to expect, where, access, who to contact,
 *    preparation (sessions starting 24 to 48 hours from now; a place confirmed later than that has
 *    just had its confirmation);
 *  - a check-in the day after an attended session ("how did it go?", with a way to ask for a
 *    debrief), for sessions that ended 20 hours to 4 days ago, so attendance recorded late still
 *    gets one. After a sensitive session it says someone will check in, and each attendee's
 *    debrief task is made (if attendance did not make it already) in the same transaction.
 * Each booking gets each message once (dedupe keys), however often or on however many workers
 * the job runs.
 */
import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkInLink, expertOpportunityLink } from "@/lib/bookings/links";
import { ensureSensitiveSessionTasks } from "@/lib/debriefs/sensitive";
import { feedbackLink } from "@/lib/feedback/links";
import { absoluteUrl } from "@/lib/messages/links";
import { formatMinutes, formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { briefingSelect, reminderBriefing } from "@/lib/opportunities/briefing";
import { HOUR_MS } from "@/lib/time";

const sessionSelect = {
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  accessInfo: true,
  opportunity: {
    select: {
      // The briefing, carried by the reminder (issue 14).
      ...briefingSelect,
      id: true,
      institutionId: true,
      title: true,
      whatYouWillDo: true,
      preparationOffered: true,
      preparationMinutes: true,
      debriefOffered: true,
      contact: { select: { name: true, email: true, phone: true } },
    },
  },
} as const;

/** At most this many of each kind per run; the next run (15 minutes later) takes the rest. */
const BATCH = 500;

/**
 * The bookings matching `where` that have no `<prefix>:<booking id>` message yet: ids first, then
 * the keys already used (one indexed lookup), so a large window never starves the newest bookings.
 */
async function notYetMessaged(where: Prisma.BookingWhereInput, prefix: string, db: Db) {
  const candidates = await db.booking.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  if (!candidates.length) return [];
  const used = await db.message.findMany({
    where: { dedupeKey: { in: candidates.map((c) => `${prefix}:${c.id}`) } },
    select: { dedupeKey: true },
  });
  const done = new Set(used.map((m) => m.dedupeKey));
  const ids = candidates
    .map((c) => c.id)
    .filter((id) => !done.has(`${prefix}:${id}`))
    .slice(0, BATCH);
  if (!ids.length) return [];
  return db.booking.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      supporterComing: true,
      supporterName: true,
      expert: { select: { userId: true } },
      session: { select: sessionSelect },
    },
  });
}

export async function sendSessionMessages({ now }: { now: Date }, db: Db) {
  const [reminders, checkIns] = await Promise.all([
    notYetMessaged(
      {
        status: "CONFIRMED",
        session: {
          cancelledAt: null,
          startsAt: { gt: new Date(now.getTime() + 24 * HOUR_MS), lte: new Date(now.getTime() + 48 * HOUR_MS) },
        },
      },
      "reminder",
      db,
    ),
    notYetMessaged(
      {
        status: "ATTENDED",
        session: {
          endsAt: { gt: new Date(now.getTime() - 96 * HOUR_MS), lte: new Date(now.getTime() - 20 * HOUR_MS) },
        },
      },
      "check-in",
      db,
    ),
  ]);
  if (!reminders.length && !checkIns.length) return { reminders: 0, checkIns: 0 };

  await db.$transaction(async (tx) => {
    await notify(
      reminders.map((b) => {
        const { session } = b;
        const { opportunity } = session;
        const contact = opportunity.contact;
        const where = [session.location, session.onlineUrl ? `Online: ${session.onlineUrl}` : ""]
          .filter(Boolean)
          .join("\n");
        return {
          userId: b.expert.userId,
          kind: "REMINDER" as const,
          institutionId: opportunity.institutionId,
          dedupeKey: `reminder:${b.id}`,
          title: `Reminder: ${opportunity.title}, ${formatSessionTime(session.startsAt, session.endsAt)}`,
          body: [
            `This is a reminder that you are booked on "${opportunity.title}", ${formatSessionTime(session.startsAt, session.endsAt)}.`,
            opportunity.whatYouWillDo && `What to expect: ${opportunity.whatYouWillDo}`,
            ...reminderBriefing(opportunity, b),
            where && `Where:\n${where}`,
            session.accessInfo && `Access: ${session.accessInfo}`,
            opportunity.preparationOffered &&
              `Preparation is offered${opportunity.preparationMinutes ? ` and paid (${formatMinutes(opportunity.preparationMinutes)})` : ""}. Get in touch if you would like to talk it through beforehand.`,
            opportunity.debriefOffered && "A debrief is offered afterwards if you would like one.",
            contact &&
              `If you have a question or cannot come, contact ${[contact.name, contact.phone, contact.email].filter(Boolean).join(", ")}.`,
          ]
            .filter(Boolean)
            .join("\n\n"),
          link: expertOpportunityLink(opportunity.id),
        };
      }),
      tx,
    );
    // After a sensitive session, everyone who came has a debrief task by the time they hear from us.
    const sensitive = await ensureSensitiveSessionTasks({ bookingIds: checkIns.map((b) => b.id), now }, tx);
    await notify(
      checkIns.map((b) => ({
        userId: b.expert.userId,
        kind: "CHECK_IN" as const,
        institutionId: b.session.opportunity.institutionId,
        dedupeKey: `check-in:${b.id}`,
        title: `How did "${b.session.opportunity.title}" go?`,
        body: [
          `Thank you for taking part in "${b.session.opportunity.title}". We hope it went well.`,
          "Sharing your experience can bring up difficult feelings. If you would like to talk it through with someone, you can ask for a debrief: it takes one click, and your coordinator will get in touch.",
          "If anything about the day did not go as it should, please tell us.",
          `Tell us what you thought (a few questions, all optional, and you can keep your name from the academic): ${absoluteUrl(feedbackLink(b.id))}`,
        ].join("\n\n"),
        link: checkInLink(b.id),
        linkLabel: "Tell us how it went, or ask for a debrief",
        ...(sensitive.has(b.id) && sensitiveCheckIn(b.session.opportunity.title, absoluteUrl(feedbackLink(b.id)))),
      })),
      tx,
    );
  });
  return { reminders: reminders.length, checkIns: checkIns.length };
}

/**
 * The check-in after a session on a sensitive topic: someone will check in with them (their debrief
 * task is on the coordinators' dashboard), and how are they feeling now.
 */
function sensitiveCheckIn(title: string, feedbackUrl: string) {
  return {
    title: `How are you feeling after "${title}"?`,
    body: [
      `Thank you for taking part in "${title}". Talking about this topic can be hard, sometimes days later.`,
      "Someone from the university will check in with you in the next few days, to see how you are.",
      "How are you feeling? You can tell us in a minute on the check-in page: OK, not sure, or not OK. If you are not OK, we will get in touch sooner. You can also ask for a debrief there.",
      `When you are ready, you can also tell us what you thought of the session (all optional): ${feedbackUrl}`,
    ].join("\n\n"),
    linkLabel: "Tell us how you are feeling",
  };
}
