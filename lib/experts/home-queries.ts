/**
 * What an expert's home page shows: coming up, waiting to hear, recent payments and unread
 * messages. Every query is filtered by the signed-in expert's own id.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const sessionDetails = {
  id: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  accessInfo: true,
  opportunity: {
    select: {
      id: true,
      title: true,
      type: true,
      whatYouWillDo: true,
      preparationOffered: true,
      preparationMinutes: true,
      debriefOffered: true,
      contact: { select: { name: true, email: true, phone: true } },
    },
  },
} satisfies Prisma.SessionSelect;

export async function findComingUp(expertId: string, now = new Date(), db: DbClient = defaultDb, take = 20) {
  return db.booking.findMany({
    where: { expertId, status: "CONFIRMED", session: { endsAt: { gt: now }, cancelledAt: null } },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    take,
    select: { id: true, session: { select: sessionDetails } },
  });
}

export async function findWaitingToHear(expertId: string, now = new Date(), db: DbClient = defaultDb, take = 20) {
  return db.booking.findMany({
    where: {
      expertId,
      status: { in: ["REQUESTED", "WAITLISTED"] },
      session: { startsAt: { gt: now }, cancelledAt: null },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      session: {
        select: { id: true, startsAt: true, endsAt: true, opportunity: { select: { id: true, title: true } } },
      },
    },
  });
}

/** The latest payments with their total (fee plus expenses), newest session first. */
export async function findRecentPayments(expertId: string, db: DbClient = defaultDb, take = 4) {
  const rows = await db.payment.findMany({
    where: { expertId },
    orderBy: [{ sessionDate: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      feePence: true,
      sessionDate: true,
      paidAt: true,
      expenses: { select: { amountPence: true } },
      booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    status: p.status,
    sessionDate: p.sessionDate,
    paidAt: p.paidAt,
    title: p.booking.session.opportunity.title,
    totalPence: p.feePence + p.expenses.reduce((sum, e) => sum + e.amountPence, 0),
  }));
}

export async function findUnreadNotifications(userId: string, db: DbClient = defaultDb, take = 5) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId, readAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, body: true, link: true, createdAt: true },
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, total };
}

export type ComingUp = Awaited<ReturnType<typeof findComingUp>>[number];
