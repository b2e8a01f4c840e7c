/**
 * Actions signed-out people may call (the documented exception to defineAction). They carry
 * their own proof instead of a session: a one-time token. Each PUBLIC entry of the policy
 * table needs a check here that a wrong, used, expired or missing token is refused and writes
 * nothing, and that a good token works once (the control).
 */
import { expect } from "vitest";
import { db } from "@/lib/db";
import { hashToken, issuePasswordToken } from "@/lib/invitations/tokens";
import { createUser } from "../helpers/factories";
import { callAs, explain, succeeded, toFormData, type FormValues } from "./call";
import { expectUnchanged, snapshot } from "./db-snapshot";
import type { ServerAction } from "./discover";

export type PublicActionCheck = {
  /** Forms that must be refused, each with what makes it bad; made fresh per run. */
  refused: () => Promise<{ why: string; values: FormValues }[]>;
  /** A form that must work, proving the refusals were about the token. */
  allowed: () => Promise<FormValues>;
};

const STRONG = "a-long-and-unguessable-passphrase-2026";
const passwords = { password: STRONG, confirm: STRONG };

async function tokenFor(opts: { used?: boolean; expired?: boolean; inactive?: boolean } = {}) {
  const user = await createUser("EXPERT", {}, { active: !opts.inactive });
  const { token } = await db.$transaction((tx) => issuePasswordToken({ userId: user.id }, tx));
  if (opts.used || opts.expired) {
    await db.passwordToken.update({
      where: { tokenHash: hashToken(token) },
      data: {
        usedAt: opts.used ? new Date() : null,
        expiresAt: opts.expired ? new Date(Date.now() - 1000) : undefined,
      },
    });
  }
  return token;
}

export const PUBLIC_ACTION_CHECKS: Record<string, PublicActionCheck> = {
  "lib/invitations/actions.ts#setPasswordAction": {
    refused: async () => [
      { why: "no token", values: { ...passwords } },
      { why: "an empty token", values: { token: "", ...passwords } },
      { why: "a made-up token", values: { token: "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWEtcmVhbA", ...passwords } },
      { why: "a 5,000-character token", values: { token: "x".repeat(5000), ...passwords } },
      { why: "a token with a null byte", values: { token: "abc\u0000def", ...passwords } },
      { why: "a used token", values: { token: await tokenFor({ used: true }), ...passwords } },
      { why: "an expired token", values: { token: await tokenFor({ expired: true }), ...passwords } },
      { why: "a token for a deactivated account", values: { token: await tokenFor({ inactive: true }), ...passwords } },
      {
        why: "a good token with a short password",
        values: { token: await tokenFor(), password: "short", confirm: "short" },
      },
    ],
    allowed: async () => ({ token: await tokenFor(), ...passwords }),
  },
};

/** The form fields of each public action, for the hostile-input gate (they have no registered schema). */
export const PUBLIC_ACTION_FIELDS: Record<string, string[]> = {
  "lib/invitations/actions.ts#setPasswordAction": ["token", "password", "confirm"],
};

export async function expectTokenRefused(key: string, fn: ServerAction, check: PublicActionCheck) {
  for (const { why, values } of await check.refused()) {
    const before = await snapshot();
    const outcome = await callAs(null, fn, toFormData(values));
    const ok = outcome.kind === "state" && outcome.state.status === "error" && outcome.state.code !== "ERROR";
    expect(ok, `${key} with ${why}: ${explain(outcome)}`).toBe(true);
    await expectUnchanged(before, `${key} with ${why}`);
  }
  const good = await check.allowed();
  const first = await callAs(null, fn, toFormData(good));
  expect(succeeded(first), `${key} with a good token: ${explain(first)}`).toBe(true);
  const before = await snapshot();
  const again = await callAs(null, fn, toFormData(good));
  expect(again.kind === "state" && again.state.status === "error", `${key} used twice: ${explain(again)}`).toBe(true);
  await expectUnchanged(before, `${key} with a token used a moment ago`);
}
