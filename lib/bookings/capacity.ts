/**
 * The one capacity rule. Every path that makes a booking CONFIRMED calls
 * `lockSessionPlaces({ sessionId }, tx)` first, inside its transaction: the session row is locked
 * (FOR UPDATE), so two coordinators, or a coordinator and a withdrawing expert, acting at once
 * queue here and each sees the other's committed result. Under READ COMMITTED each later statement reads fresh data.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { ActionError } from "@/lib/actions/action-error";

export type SessionPlaces = { places: number; confirmed: number; free: number; cancelled: boolean };

export async function lockSessionPlaces({ sessionId }: { sessionId: string }, db: DbClient): Promise<SessionPlaces> {
  // The locked row is the latest committed version, so `cancelledAt` here is current even if a
  // cancellation committed while we waited.
  const locked = await db.$queryRaw<{ id: string; places: number; cancelledAt: Date | null }[]>`
    SELECT id, places, "cancelledAt" FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
  const row = locked[0];
  if (!row) throw new ActionError("That session could not be found.", "NOT_FOUND");
  // ATTENDED and NO_SHOW belong to sessions that have happened; they never compete for a place.
  const confirmed = await db.booking.count({ where: { sessionId, status: "CONFIRMED" } });
  const places = Number(row.places);
  return { places, confirmed, free: Math.max(0, places - confirmed), cancelled: row.cancelledAt !== null };
}

/** Lock, then refuse when the session is cancelled, or with `message` when no place is free. */
export async function requireFreePlace(
  { sessionId, message }: { sessionId: string; message: string },
  db: DbClient,
): Promise<SessionPlaces> {
  const places = await lockSessionPlaces({ sessionId }, db);
  if (places.cancelled) throw new ActionError("This session has been cancelled.", "CONFLICT");
  if (places.free <= 0) throw new ActionError(message, "CONFLICT");
  return places;
}

/** Several sessions at once (cancelling an opportunity), always in id order so two callers cannot deadlock. */
export async function lockSessions({ sessionIds }: { sessionIds: string[] }, db: DbClient) {
  if (!sessionIds.length) return;
  await db.$queryRaw`SELECT id FROM "Session" WHERE id = ANY(${sessionIds}::text[]) ORDER BY id FOR UPDATE`;
}

/** Interactive transactions here may queue behind the session lock; give them room. */
export const BOOKING_TX = { maxWait: 15_000, timeout: 20_000 } as const;
