"use server";
/**
 * Setting a password from a one-time link, and asking for such a link ("Forgotten your
 * password?"). The person is signed out, so these are public actions: for setting, the one-time
 * token is the proof of who they are, checked again inside the write so a link cannot be used
 * twice; asking proves nothing, so it answers everyone the same way (lib/invitations/reset.ts).
 */
import "server-only";
import { definePublicAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { hashPassword, MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { requestPasswordReset, RESET_ANSWER_MS } from "./reset";
import { findUsableToken, LINK_NOT_USABLE } from "./tokens";
import { RESET_REQUESTED } from "./words";

const setPasswordSchema = z
  .object({
    // A missing or malformed token is the same "link not usable" answer as an unknown one.
    token: z.string().trim().max(200).catch(""),
    password: z
      .string({ error: "Enter a password" })
      .min(1, "Enter a password")
      .min(10, "Your password must be at least 10 characters long")
      .max(MAX_PASSWORD_LENGTH, `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer`),
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
    // Hash before the transaction: hashing is slow on purpose and should not hold a connection.
    const passwordHash = await hashPassword(password);
    const done = await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.passwordToken.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return false;
      // A new password ends every existing session (someone who knew the old one is signed out).
      await tx.user.update({
        where: { id: found.user.id },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
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

const requestResetSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "Enter an email address of 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com")),
});

export const requestPasswordResetAction = definePublicAction(
  { name: "requestPasswordReset", schema: requestResetSchema },
  async ({ email }) => {
    // Answered no sooner than RESET_ANSWER_MS, whatever happened, so the time says nothing either.
    const answerAt = Date.now() + RESET_ANSWER_MS;
    try {
      await requestPasswordReset({ email }, db);
    } finally {
      const wait = answerAt - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return { message: RESET_REQUESTED, data: { email } };
  },
);
