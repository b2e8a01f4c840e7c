"use server";
/**
 * Setting a password from a one-time link. The person is signed out (they have no password
 * yet), so this is a public action: the one-time token is the proof of who they are, checked
 * again inside the write so a link cannot be used twice.
 */
import "server-only";
import { definePublicAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findUsableToken, LINK_NOT_USABLE } from "./tokens";

const setPasswordSchema = z
  .object({
    // A missing or malformed token is the same "link not usable" answer as an unknown one.
    token: z.string().trim().max(200).catch(""),
    password: z
      .string({ error: "Enter a password" })
      .min(1, "Enter a password")
      .min(10, "Your password must be at least 10 characters long")
      .max(200, "Your password must be 200 characters or fewer"),
    confirm: z.string({ error: "Type your password again" }).min(1, "Type your password again").max(200),
  })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    message: "The two passwords do not match. Type the same password twice",
  });

const linkNotUsable = () => new ActionError(LINK_NOT_USABLE, "NOT_FOUND");

export const setPasswordAction = definePublicAction(
  { name: "setPassword", schema: setPasswordSchema, secretFields: ["confirm"] },
  async ({ token, password }) => {
    if (!token) throw linkNotUsable();
    const found = await findUsableToken({ token });
    if (!found) throw linkNotUsable();
    // Hash before the transaction: bcrypt is slow on purpose and should not hold a connection.
    const passwordHash = await hashPassword(password);
    const done = await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.passwordToken.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return false;
      await tx.user.update({ where: { id: found.user.id }, data: { passwordHash } });
      await audit(
        {
          actorId: found.user.id,
          action: "user.password.set",
          entityType: "User",
          entityId: found.user.id,
        },
        tx,
      );
      return true;
    });
    if (!done) throw linkNotUsable();
    return { message: "Your password is set. You can now sign in." };
  },
);
