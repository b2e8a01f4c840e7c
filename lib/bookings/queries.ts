/**
 * An expert's own bookings: one for the withdraw confirmation page, and the home page's "coming up"
 * and "waiting to hear". Every query is filtered by the signed-in expert's own id.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function findOwnBooking(
  { expertId, bookingId }: { expertId: string; bookingId: string },
  db: DbClient = defaultDb,
) {
  return db.booking.findFirst({
    where: { id: bookingId, expertId },
    select: {
      id: true,
      status: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          cancelledAt: true,
          opportunity: {
            select: { id: true, title: true, contact: { select: { name: true, email: true, phone: true } } },
          },
        },
      },
    },
  });
}

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

export async function findComingUp(
  { expertId, now = new Date(), take = 20 }: { expertId: string; now?: Date; take?: number },
  db: DbClient = defaultDb,
) {
  return db.booking.findMany({
    where: { expertId, status: "CONFIRMED", session: { endsAt: { gt: now }, cancelledAt: null } },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    take,
    select: { id: true, session: { select: sessionDetails } },
  });
}

export async function findWaitingToHear(
  { expertId, now = new Date(), take = 20 }: { expertId: string; now?: Date; take?: number },
  db: DbClient = defaultDb,
) {
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

export type ComingUp = Awaited<ReturnType<typeof findComingUp>>[number];

/** A booking whose attendance a coordinator of its university may correct, with its payment's state. */
export async function findBookingForCorrection(
  { bookingId, institutionId }: { bookingId: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  return db.booking.findFirst({
    where: {
      id: bookingId,
      status: { in: ["ATTENDED", "NO_SHOW"] },
      session: { opportunity: { institutionId } },
    },
    select: {
      id: true,
      status: true,
      attendanceMarkedAt: true,
      expert: { select: { user: { select: { name: true } } } },
      session: {
        select: { id: true, startsAt: true, endsAt: true, opportunity: { select: { title: true } } },
      },
      payment: { select: { id: true, status: true } },
    },
  });
}
