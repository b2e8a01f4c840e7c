/**
 * A person's calendar subscription feed, found by the secret token in its address. Public (a
 * calendar app cannot sign in): the token is the only proof, so a wrong, reset or malformed
 * token and an inactive or half-set-up account all get the same null → the same 404.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import {
  feedStart,
  findExpertCalendarEntries,
  findInstitutionCalendarEntries,
  findModuleLeaderCalendarEntries,
} from "./entries";
import { buildCalendar, type CalendarEntry } from "./events";
import { isFeedTokenShape } from "./token";

/** The feed's owner: one indexed lookup by the unique token. */
export async function findFeedOwner({ token }: { token: string }, db: DbClient) {
  if (!isFeedTokenShape(token)) return null;
  return db.user.findFirst({
    where: { calendarFeedToken: token, active: true },
    select: { id: true, role: true, institutionId: true, expertProfile: { select: { id: true } } },
  });
}

/** The feed as iCalendar text, or null when the token opens nothing. */
export async function calendarFeed(
  { token, now = new Date() }: { token: string; now?: Date },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const owner = await findFeedOwner({ token }, db);
  if (!owner) return null;
  const since = feedStart(now);
  let entries: CalendarEntry[];
  switch (owner.role) {
    case "EXPERT":
      if (!owner.expertProfile) return null;
      entries = await findExpertCalendarEntries({ expertId: owner.expertProfile.id, since }, db);
      return buildCalendar({ name: "Involve: my sessions", entries });
    case "COORDINATOR":
    case "ADMIN":
      if (!owner.institutionId) return null;
      entries = await findInstitutionCalendarEntries({ institutionId: owner.institutionId, since }, db);
      return buildCalendar({ name: "Involve: our sessions", entries });
    case "ACADEMIC":
      if (!owner.institutionId) return null;
      entries = await findModuleLeaderCalendarEntries(
        { leaderId: owner.id, institutionId: owner.institutionId, since },
        db,
      );
      return buildCalendar({ name: "Involve: my modules' sessions", entries });
  }
}
