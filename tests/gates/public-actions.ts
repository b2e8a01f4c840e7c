/**
 * Actions signed-out people may call (the documented exception to defineAction). Each PUBLIC
 * entry of the policy table needs a check here, of one of two kinds:
 *
 * - "token": the action carries its own proof instead of a session, a one-time token. A wrong,
 *   used, expired or missing token is refused and writes nothing; a good token works once.
 * - "request": the action proves nothing and asks for something to be sent (a reset link). It
 *   must answer everyone alike, so it cannot tell a stranger who has an account: unknown and
 *   switched-off addresses get exactly the answer a real account gets and write nothing;
 *   malformed input is refused (a validation error says nothing about anyone) and writes
 *   nothing; a real account gets exactly what it asked for (the control).
 */
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { hashToken, issuePasswordToken } from "@/lib/invitations/tokens";
import { createUser } from "../helpers/factories";
import { callAs, codeOf, explain, succeeded, toFormData, type FormValues, type Outcome } from "./call";
import { changedTables, expectUnchanged, snapshot } from "./db-snapshot";
import type { ServerAction } from "./discover";

export type TokenCheck = {
  kind: "token";
  /** Forms that must be refused, each with what makes it bad; made fresh per run. */
  refused: () => Promise<{ why: string; values: FormValues }[]>;
  /** A form that must work, proving the refusals were about the token. */
  allowed: () => Promise<FormValues>;
};

export type RequestCheck = {
  kind: "request";
  /** Forms that must get the same answer as `allowed` and write nothing. */
  silent: () => Promise<{ why: string; values: FormValues }[]>;
  /** Forms that must be refused as invalid and write nothing. */
  invalid: () => Promise<{ why: string; values: FormValues }[]>;
  /** A form that must work and send exactly what `sent` expects. */
  allowed: () => Promise<FormValues>;
  /** The answer with what the caller typed taken out, so two answers can be compared. */
  answer: (state: FormState) => unknown;
  /** After `allowed` was sent: what it wrote, for comparing with `expected`. */
  sent: (values: FormValues) => Promise<Record<string, number>>;
  expected: Record<string, number>;
  /** The tables a successful request writes to, and no others. */
  tables: string[];
};

export type PublicActionCheck = TokenCheck | RequestCheck;

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

const fresh = () => `gate-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.example`;

export const PUBLIC_ACTION_CHECKS: Record<string, PublicActionCheck> = {
  "lib/invitations/actions.ts#setPasswordAction": {
    kind: "token",
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
  "lib/invitations/actions.ts#requestPasswordResetAction": {
    kind: "request",
    silent: async () => [
      { why: "an address with no account", values: { email: fresh() } },
      {
        why: "a switched-off account",
        values: { email: (await createUser("EXPERT", {}, { active: false })).email },
      },
      { why: "an address with no account, in capitals", values: { email: fresh().toUpperCase() } },
    ],
    invalid: async () => [
      { why: "no email", values: {} },
      { why: "an empty email", values: { email: "   " } },
      { why: "a malformed email", values: { email: "not-an-email" } },
      { why: "a 5,000-character email", values: { email: `${"x".repeat(4988)}@example.org` } },
      { why: "an email with a null byte", values: { email: `a\u0000${(await createUser("EXPERT", {})).email}` } },
    ],
    allowed: async () => ({ email: (await createUser("EXPERT", {})).email.toUpperCase() }),
    answer: (state) => ({ ...state, data: { ...state.data, email: "(what was typed)" } }),
    sent: async (values) => {
      const user = await db.user.findUniqueOrThrow({ where: { email: String(values.email).toLowerCase() } });
      return {
        links: await db.passwordToken.count({ where: { userId: user.id, usedAt: null } }),
        messages: await db.message.count({ where: { userId: user.id, kind: "ACCOUNT" } }),
        notifications: await db.notification.count({ where: { userId: user.id } }),
      };
    },
    expected: { links: 1, messages: 1, notifications: 0 },
    tables: ["AuditEvent", "Message", "PasswordToken"],
  },
};

/** The form fields of each public action, for the hostile-input gate (they have no registered schema). */
export const PUBLIC_ACTION_FIELDS: Record<string, string[]> = {
  "lib/invitations/actions.ts#setPasswordAction": ["token", "password", "confirm"],
  "lib/invitations/actions.ts#requestPasswordResetAction": ["email"],
};

export async function expectPublicCheck(key: string, fn: ServerAction, check: PublicActionCheck) {
  if (check.kind === "token") await expectTokenRefused(key, fn, check);
  else await expectSameAnswer(key, fn, check);
}

const stateOf = (outcome: Outcome) => (outcome.kind === "state" ? outcome.state : null);

async function expectSameAnswer(key: string, fn: ServerAction, check: RequestCheck) {
  // The control first: a real account gets its answer and exactly what it asked for.
  const good = await check.allowed();
  const before = await snapshot();
  const first = await callAs(null, fn, toFormData(good));
  expect(succeeded(first), `${key} for a real account: ${explain(first)}`).toBe(true);
  expect(await check.sent(good), `${key} for a real account sends`).toEqual(check.expected);
  const wrote = changedTables(before, await snapshot()).map((t) => t.split(" ")[0]);
  expect(wrote.sort(), `${key} for a real account writes only`).toEqual([...check.tables].sort());
  const answer = check.answer(stateOf(first)!);

  for (const { why, values } of await check.silent()) {
    const before = await snapshot();
    const outcome = await callAs(null, fn, toFormData(values));
    const state = stateOf(outcome);
    expect(
      state && check.answer(state),
      `${key} with ${why} answers as for a real account: ${explain(outcome)}`,
    ).toEqual(answer);
    await expectUnchanged(before, `${key} with ${why}`);
  }
  for (const { why, values } of await check.invalid()) {
    const before = await snapshot();
    const outcome = await callAs(null, fn, toFormData(values));
    expect(codeOf(outcome), `${key} with ${why}: ${explain(outcome)}`).toBe("INVALID");
    await expectUnchanged(before, `${key} with ${why}`);
  }
}

export async function expectTokenRefused(key: string, fn: ServerAction, check: TokenCheck) {
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
