"use server";
/**
 * A person turns their calendar subscription address on, makes a new one (the old address
 * stops working at once) or turns it off. Only the signed-in user's own row changes; the
 * token is never written to the audit trail (it is a secret), only what happened.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import type { AnyCaller } from "@/lib/auth/caller";
import { audit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { newFeedToken } from "./token";

const AREAS = ["expert", "coordinator", "academic"] as const;
const schema = z.object({});

const pageOf = (user: AnyCaller) =>
  user.role === "EXPERT"
    ? "/expert/calendar"
    : user.role === "ACADEMIC"
      ? "/academic/calendar"
      : "/coordinator/calendar";

async function record(user: AnyCaller, action: string, before: boolean, after: boolean, tx: DbClient) {
  await audit(
    { actorId: user.id, action, entityType: "User", entityId: user.id, before: { on: before }, after: { on: after } },
    tx,
  );
}

export const turnOnCalendarFeedAction = defineAction(
  { name: "turnOnCalendarFeed", area: AREAS, schema },
  async (_input, { user }) => {
    const turnedOn = await db.$transaction(async (tx) => {
      // Only when it is off: turning on twice keeps the address people may already have added.
      const changed = await tx.user.updateMany({
        where: { id: user.id, calendarFeedToken: null },
        data: { calendarFeedToken: newFeedToken() },
      });
      if (changed.count === 1) await record(user, "calendar_feed.turned_on", false, true, tx);
      return changed.count === 1;
    });
    revalidatePath(pageOf(user));
    return {
      message: turnedOn
        ? "Your calendar address is ready. Add it to your calendar app."
        : "Your calendar address was already on. It has not changed.",
    };
  },
);

export const newCalendarFeedAddressAction = defineAction(
  { name: "newCalendarFeedAddress", area: AREAS, schema },
  async (_input, { user }) => {
    await db.$transaction(async (tx) => {
      const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarFeedToken: true } });
      await tx.user.update({ where: { id: user.id }, data: { calendarFeedToken: newFeedToken() } });
      await record(user, "calendar_feed.new_address", current.calendarFeedToken !== null, true, tx);
    });
    revalidatePath(pageOf(user));
    return {
      message:
        "We have made a new address. The old one no longer works: remove it from your calendar app and add the new one.",
    };
  },
);

export const turnOffCalendarFeedAction = defineAction(
  { name: "turnOffCalendarFeed", area: AREAS, schema },
  async (_input, { user }) => {
    const turnedOff = await db.$transaction(async (tx) => {
      const changed = await tx.user.updateMany({
        where: { id: user.id, calendarFeedToken: { not: null } },
        data: { calendarFeedToken: null },
      });
      if (changed.count === 1) await record(user, "calendar_feed.turned_off", true, false, tx);
      return changed.count === 1;
    });
    revalidatePath(pageOf(user));
    return {
      message: turnedOff
        ? "Your calendar address is off. Calendar apps that had it will stop getting your sessions."
        : "Your calendar address was already off.",
    };
  },
);
