"use server";
/**
 * "Sign out everywhere": raises the person's session version, so every session they have — on a
 * shared computer, a lost phone — ends on its next request (lib/auth/session.ts). The browser
 * that asked then signs out as usual.
 */
import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

export const signOutEverywhereAction = defineAction(
  { name: "signOutEverywhere", area: ["coordinator", "expert", "academic"], schema: z.object({}) },
  async (_input, { user }) => {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await audit(
        { actorId: user.id, action: "user.signed-out-everywhere", entityType: "User", entityId: user.id },
        tx,
      );
    });
    return { message: "You are signed out on every device." };
  },
);
