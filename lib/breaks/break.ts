/**
 * An expert's own break: they take it, change it and end it themselves ("I'm back" is one tap); a
 * coordinator may also end it on their behalf (e.g. they phoned to say they are back), and the
 * expert is told. Every change is audited. A break does not touch ExpertStatus (see ./status.ts).
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller, ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb } from "@/lib/db";
import type { BreakUpdates } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { formatCalendarDate } from "@/lib/rates/dates";
import { isOnBreak } from "./status";

export const BREAK_STARTED = "expert.break.started";
export const BREAK_CHANGED = "expert.break.changed";
export const BREAK_ENDED = "expert.break.ended";
export const BREAK_ENDED_BY_COORDINATOR = "expert.break.ended-by-coordinator";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** "until 5 January 2027" or "until you say you are back". */
export const breakUntilText = (until: Date | null) =>
  until ? `until ${formatCalendarDate(until)}` : "until you say you are back";

export async function takeBreak(
  {
    user,
    breakUntil,
    updates,
    now = new Date(),
  }: { user: ExpertCaller; breakUntil: Date | null; updates: BreakUpdates; now?: Date },
  db = defaultDb,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.expertProfile.findFirst({
      where: { id: user.expertId, erasedAt: null },
      select: { breakStartedAt: true, breakUntil: true, breakUpdates: true },
    });
    if (!current) throw notFound("Your profile");
    const already = isOnBreak(current, now);
    await tx.expertProfile.update({
      where: { id: user.expertId },
      // Changing a break keeps when it started.
      data: { breakStartedAt: already ? current.breakStartedAt : now, breakUntil, breakUpdates: updates },
    });
    await audit(
      {
        actorId: user.id,
        action: already ? BREAK_CHANGED : BREAK_STARTED,
        entityType: "ExpertProfile",
        entityId: user.expertId,
        before: already ? { until: day(current.breakUntil), updates: current.breakUpdates } : { onBreak: false },
        after: { until: day(breakUntil), updates },
      },
      tx,
    );
    return { changed: already };
  });
}

/** "I'm back": ending a break that has already ended by its date just tidies the fields. */
export async function endBreak({ user, now = new Date() }: { user: ExpertCaller; now?: Date }, db = defaultDb) {
  return db.$transaction(async (tx) => {
    const current = await tx.expertProfile.findFirst({
      where: { id: user.expertId, erasedAt: null },
      select: { breakStartedAt: true, breakUntil: true },
    });
    if (!current) throw notFound("Your profile");
    if (!isOnBreak(current, now)) throw new ActionError("You are not on a break.");
    await tx.expertProfile.update({
      where: { id: user.expertId },
      data: { breakStartedAt: null, breakUntil: null },
    });
    await audit(
      {
        actorId: user.id,
        action: BREAK_ENDED,
        entityType: "ExpertProfile",
        entityId: user.expertId,
        before: { until: day(current.breakUntil) },
        after: { onBreak: false },
      },
      tx,
    );
  });
}

export async function endBreakForExpert(
  { user, expertId, now = new Date() }: { user: CoordinatorCaller; expertId: string; now?: Date },
  db = defaultDb,
): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const expert = await tx.expertProfile.findFirst({
      where: { id: expertId, partnershipId: user.partnershipId, erasedAt: null },
      select: { breakStartedAt: true, breakUntil: true, userId: true, user: { select: { name: true } } },
    });
    if (!expert) throw notFound("That expert");
    if (!isOnBreak(expert, now)) throw new ActionError("They are not on a break.");
    await tx.expertProfile.updateMany({
      where: { id: expertId, partnershipId: user.partnershipId },
      data: { breakStartedAt: null, breakUntil: null },
    });
    await notify(
      {
        userId: expert.userId,
        kind: "BOOKING",
        title: "Welcome back: your break has ended",
        body: `${user.name} has ended your break, as you agreed. You will hear about new opportunities again. If this is a mistake, you can take a break again from your home page.`,
        link: "/expert",
        linkLabel: "Open Involve",
      },
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: BREAK_ENDED_BY_COORDINATOR,
        entityType: "ExpertProfile",
        entityId: expertId,
        before: { until: day(expert.breakUntil) },
        after: { onBreak: false },
      },
      tx,
    );
    return { name: expert.user.name };
  });
}
