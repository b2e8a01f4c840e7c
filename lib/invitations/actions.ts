"use server";
/**
 * Setting a password from a one-time link.
 *
 * This is the one server action that does not go through `defineAction`: the person using it
 * is signed out (they have no password yet), so there is no session user and no role to check.
 * The one-time token is the proof of who they are instead. It keeps the same FormState
 * contract, validates with zod, never echoes passwords, and checks the token again inside the
 * write so a link cannot be used twice.
 */
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { MESSAGES } from "@/lib/actions/action";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findUsableToken, LINK_NOT_USABLE } from "./tokens";

const setPasswordSchema = z
  .object({
    token: z.string().min(1, LINK_NOT_USABLE).max(200, LINK_NOT_USABLE),
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

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"];
    if (fieldErrors?.token) return { status: "error", code: "NOT_FOUND", message: LINK_NOT_USABLE };
    return { status: "error", code: "INVALID", message: MESSAGES.invalid, fieldErrors };
  }
  const { token, password } = parsed.data;
  try {
    const found = await findUsableToken(db, token);
    if (!found) return { status: "error", code: "NOT_FOUND", message: LINK_NOT_USABLE };
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
      await audit(tx, {
        actorId: found.user.id,
        action: "user.password.set",
        entityType: "User",
        entityId: found.user.id,
      });
      return true;
    });
    if (!done) return { status: "error", code: "NOT_FOUND", message: LINK_NOT_USABLE };
    return { status: "success", message: "Your password is set. You can now sign in." };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[action] setPasswordAction failed:", error);
    return { status: "error", code: "ERROR", message: MESSAGES.unexpected };
  }
}
