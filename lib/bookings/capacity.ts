/**
 * The one capacity rule. Every path that makes a booking CONFIRMED calls `lockSessionPlaces`
 * first, inside its transaction: the session row is locked (FOR UPDATE), so two coordinators,
 * or a coordinator and a withdrawing expert, acting at once queue here and each sees the
 * other's committed result. Under READ COMMITTED each later statement reads fresh data.
 */
import type { DbClient } from "@/lib/db";
import { ActionError } from "@/lib/actions/action-error";

export type SessionPlaces = { places: number; confirmed: number; free: number };

export async function lockSessionPlaces(tx: DbClient, sessionId: string): Promise<SessionPlaces> {
  const locked = await tx.$queryRaw<{ id: string; places: number }[]>`SELECT id, places FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
  const row = locked[0];
  if (!row) throw new ActionError("That session could not be found.", "NOT_FOUND");
  // ATTENDED and NO_SHOW belong to sessions that have happened; they never compete for a place.
  const confirmed = await tx.booking.count({ where: { sessionId, status: "CONFIRMED" } });
  const places = Number(row.places);
  return { places, confirmed, free: Math.max(0, places - confirmed) };
}

/** Lock, then refuse with `message` when no place is free. */
export async function requireFreePlace(tx: DbClient, sessionId: string, message: string): Promise<SessionPlaces> {
  const places = await lockSessionPlaces(tx, sessionId);
  if (places.free <= 0) throw new ActionError(message, "CONFLICT");
  return places;
}

/** Interactive transactions here may queue behind the session lock; give them room. */
export const BOOKING_TX = { maxWait: 15_000, timeout: 20_000 } as const;
