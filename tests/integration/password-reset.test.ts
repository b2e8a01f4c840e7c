/**
 * "Forgotten your password?" on real PostgreSQL: the same answer whether or not there is an
 * account, a one-time link that lasts an hour, older links stop working, at most three emails an
 * hour, nothing for a switched-off account — and the email as a real SMTP server receives it,
 * followed to a new password.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { requestPasswordResetAction, setPasswordAction } from "@/lib/invitations/actions";
import { RESET_SUBJECT } from "@/lib/invitations/emails";
import {
  RESET_ANSWER_MS,
  RESET_AUDIT_ACTION,
  RESET_REQUESTED,
  RESETS_PER_HOUR,
  requestPasswordReset,
} from "@/lib/invitations/reset";
import { findUsableToken, hashToken, issuePasswordToken, LINK_NOT_USABLE } from "@/lib/invitations/tokens";
import { ACCOUNT_BODY_REMOVED, deliverMessage } from "@/lib/messages/deliver";
import { siteUrl } from "@/lib/messages/links";
import { HOUR_MS } from "@/lib/time";
import { startMailCatcher, type MailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs } from "../helpers/actor";
import { createUser, form, idle, TEST_PASSWORD, unique } from "../helpers/factories";

const NEW_PASSWORD = "a-brand-new-passphrase";

/** The one-time token in an email's text (the link is `${siteUrl()}/set-password?token=…`). */
function tokenIn(text: string): string {
  const escaped = siteUrl().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}/set-password\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`No set-password link in:\n${text}`);
  return match[1];
}

/** The token of the newest email written for this person (before it is delivered). */
async function latestToken(userId: string): Promise<string> {
  const message = await db.message.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  return tokenIn(message.textBody);
}

async function ask(email: string) {
  actAs(null);
  return requestPasswordResetAction(idle, form({ email }));
}

/** Everything a reset request could write for this person. */
async function writtenFor(userId: string) {
  const [tokens, messages, audits, notifications] = await Promise.all([
    db.passwordToken.count({ where: { userId } }),
    db.message.count({ where: { userId } }),
    db.auditEvent.count({ where: { entityType: "User", entityId: userId } }),
    db.notification.count({ where: { userId } }),
  ]);
  return { tokens, messages, audits, notifications };
}

const nothing = { tokens: 0, messages: 0, audits: 0, notifications: 0 };

describe("asking for a reset link", () => {
  it("answers a known, an unknown and a switched-off address exactly alike, and no sooner than the others", async () => {
    const known = await createUser("EXPERT", {});
    const off = await createUser("EXPERT", {}, { active: false });
    const unknown = `${unique("nobody")}@test.example`;

    const answers = [];
    for (const email of [known.email, unknown, off.email]) {
      const started = Date.now();
      const state = await ask(email);
      answers.push({ state, email, took: Date.now() - started });
    }
    for (const { state, email, took } of answers) {
      expect(state).toEqual({ status: "success", message: RESET_REQUESTED, data: { email } });
      // The same floor for all, so the time taken does not say which addresses have accounts.
      expect(took).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    }
    // Identical once what was typed is taken out.
    const shapes = answers.map(({ state, email }) => JSON.stringify(state).replace(email, "EMAIL"));
    expect(new Set(shapes).size).toBe(1);

    expect(await writtenFor(known.id)).toEqual({ tokens: 1, messages: 1, audits: 1, notifications: 0 });
    expect(await writtenFor(off.id)).toEqual(nothing);
    expect(await db.message.count({ where: { toAddress: unknown } })).toBe(0);
  });

  it("writes one link that lasts an hour, one account email kept out of the app, and an audit without an actor", async () => {
    const user = await createUser("COORDINATOR", {});
    const before = Date.now();
    expect((await ask(`  ${user.email.toUpperCase()} `)).status).toBe("success");

    const token = await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.usedAt).toBeNull();
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + HOUR_MS);
    expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + HOUR_MS);

    const message = await db.message.findFirstOrThrow({ where: { userId: user.id } });
    expect(message).toMatchObject({ kind: "ACCOUNT", status: "QUEUED", toAddress: user.email, subject: RESET_SUBJECT });
    // The token is only in the body (removed once sent), never in the stored link.
    expect(message.link).toBe("/set-password");
    expect(hashToken(tokenIn(message.textBody))).toBe(token.tokenHash);

    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: user.id } });
    expect(event).toMatchObject({ action: RESET_AUDIT_ACTION, actorId: null });
  });

  it("keeps what was typed and says what to fix when the address is not an email address; writes nothing", async () => {
    const state = await ask("expert at example dot org");
    expect(state).toMatchObject({
      status: "error",
      code: "INVALID",
      fieldErrors: { email: ["Enter an email address in the correct format, like name@example.com"] },
      values: { email: "expert at example dot org" },
    });
    expect((await ask("")).fieldErrors?.email).toEqual(["Enter your email address"]);
    expect((await ask(`${"x".repeat(5000)}@example.org`)).code).toBe("INVALID");
    expect(await db.message.count({ where: { toAddress: "expert at example dot org" } })).toBe(0);
  });

  it("sends nothing to a switched-off account, even one with a password", async () => {
    const off = await createUser("ACADEMIC", {}, { active: false });
    expect(await ask(off.email)).toMatchObject({ status: "success", message: RESET_REQUESTED });
    expect(await requestPasswordReset({ email: off.email }, db)).toBe("no-account");
    expect(await writtenFor(off.id)).toEqual(nothing);
  });
});

describe("the reset link", () => {
  it("works once; a second use is refused and changes nothing", async () => {
    const user = await createUser("EXPERT", {});
    await ask(user.email);
    const token = await latestToken(user.id);
    const found = await findUsableToken({ token });
    expect(found?.user).toMatchObject({ id: user.id, hasPassword: true });

    actAs(null);
    expect(await setPasswordAction(idle, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }))).toMatchObject(
      { status: "success" },
    );
    const changed = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, changed.passwordHash!)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, changed.passwordHash!)).toBe(false);

    const again = await setPasswordAction(
      idle,
      form({ token, password: "yet-another-one", confirm: "yet-another-one" }),
    );
    expect(again).toMatchObject({ status: "error", code: "NOT_FOUND", message: LINK_NOT_USABLE });
    expect(await findUsableToken({ token })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(changed.passwordHash);
  });

  it("stops working after an hour", async () => {
    const user = await createUser("EXPERT", {});
    await ask(user.email);
    const token = await latestToken(user.id);
    const inAnHour = new Date(Date.now() + HOUR_MS + 1000);
    expect(await findUsableToken({ token, now: new Date(Date.now() + HOUR_MS - 60_000) })).not.toBeNull();
    expect(await findUsableToken({ token, now: inAnHour })).toBeNull();

    // An hour has passed: the stored expiry is now in the past.
    await db.passwordToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    actAs(null);
    const late = await setPasswordAction(idle, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(late).toMatchObject({ status: "error", message: LINK_NOT_USABLE });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash!)).toBe(true);
  });

  it("a newer link makes older ones stop working, an invitation link included", async () => {
    const user = await createUser("EXPERT", {});
    const { token: invitation } = await db.$transaction((tx) => issuePasswordToken({ userId: user.id }, tx));
    await ask(user.email);
    const first = await latestToken(user.id);
    await ask(user.email);
    const second = await latestToken(user.id);
    expect(second).not.toBe(first);

    expect(await findUsableToken({ token: invitation })).toBeNull();
    expect(await findUsableToken({ token: first })).toBeNull();
    actAs(null);
    const old = await setPasswordAction(idle, form({ token: first, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(old.message).toBe(LINK_NOT_USABLE);
    const fresh = await setPasswordAction(idle, form({ token: second, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(fresh.status).toBe("success");
  });
});

describe("the limit on reset emails", () => {
  it(`sends at most ${RESETS_PER_HOUR} an hour; more requests get the same answer and send nothing`, async () => {
    const user = await createUser("EXPERT", {});
    const answers = [];
    for (let i = 0; i < RESETS_PER_HOUR + 2; i++) answers.push(await ask(user.email));
    for (const state of answers) expect(state).toEqual(answers[0]);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(RESETS_PER_HOUR);
    expect(
      await db.auditEvent.count({ where: { action: RESET_AUDIT_ACTION, entityType: "User", entityId: user.id } }),
    ).toBe(RESETS_PER_HOUR);

    // The refused requests did not replace the last link that was sent: it still works.
    const last = await latestToken(user.id);
    expect(await findUsableToken({ token: last })).not.toBeNull();

    // An hour after those, one more may go.
    expect(await requestPasswordReset({ email: user.email, now: new Date(Date.now() + HOUR_MS + 1000) }, db)).toBe(
      "emailed",
    );
    expect(await db.message.count({ where: { userId: user.id } })).toBe(RESETS_PER_HOUR + 1);
  });

  it("holds when many requests arrive at once", async () => {
    const user = await createUser("EXPERT", {});
    const outcomes = await Promise.all(
      Array.from({ length: RESETS_PER_HOUR + 3 }, () => requestPasswordReset({ email: user.email }, db)),
    );
    expect(outcomes.filter((o) => o === "emailed")).toHaveLength(RESETS_PER_HOUR);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(3);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(RESETS_PER_HOUR);
    expect(await db.passwordToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("counts each account on its own", async () => {
    const a = await createUser("EXPERT", {});
    const b = await createUser("EXPERT", {});
    for (let i = 0; i < RESETS_PER_HOUR; i++) await requestPasswordReset({ email: a.email }, db);
    expect(await requestPasswordReset({ email: a.email }, db)).toBe("limited");
    expect(await requestPasswordReset({ email: b.email }, db)).toBe("emailed");
  });
});

describe("the reset email, as a real SMTP server receives it", () => {
  let mail: MailCatcher;
  beforeEach(async () => {
    mail = await startMailCatcher();
  });
  afterEach(async () => {
    await mail.close();
  });

  it("goes to the person in plain words with a working link, no preferences link, and the link is then forgotten", async () => {
    const user = await createUser("EXPERT", {});
    // The person prefers phone calls: account emails go anyway.
    await db.user.update({ where: { id: user.id }, data: { contactPreference: "PHONE" } });
    await ask(user.email);
    const message = await db.message.findFirstOrThrow({ where: { userId: user.id } });
    expect(message.status).toBe("QUEUED");

    const mailer = createMailer({ ...process.env, SMTP_URL: mail.url, EMAIL_FROM: "Involve <involve@test.example>" });
    expect(await deliverMessage({ messageId: message.id, lastAttempt: false, leaseSeconds: 120, mailer }, db)).toBe(
      "sent",
    );
    const [email] = await mail.waitFor(1);
    expect(email!.to).toEqual([user.email]);
    expect(email!.subject).toBe(RESET_SUBJECT);
    expect(email!.involveId).toBe(message.id);
    expect(email!.text).toContain(`Hello ${user.name.split(" ")[0]},`);
    expect(email!.text).toContain("Someone asked to reset the password for your Involve account.");
    expect(email!.text).toContain("The link works once, for 1 hour.");
    expect(email!.text).toContain("If you did not ask for this, you do not need to do anything.");
    expect(email!.text).toContain("Choose a new password:");
    const token = tokenIn(email!.text);
    const link = `${siteUrl()}/set-password?token=${token}`;
    expect(email!.html).toContain(`href="${link}"`);
    expect(email!.html).toContain(">Choose a new password</a>");
    // Account security cannot be switched off: no "change how we contact you".
    expect(email!.text).not.toMatch(/change how we contact you|\/messages/);
    expect(email!.html).not.toMatch(/change how we contact you|\/messages/);

    // Once sent, the database no longer holds the link.
    const stored = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ status: "SENT", ...ACCOUNT_BODY_REMOVED, link: "/set-password" });
    expect(JSON.stringify(stored)).not.toContain(token);

    // Follow the link: the page finds the person, and the form sets a new password with it.
    const found = await findUsableToken({ token: new URL(link).searchParams.get("token")! });
    expect(found?.user).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
    actAs(null);
    const done = await setPasswordAction(idle, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(done.status).toBe("success");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash!)).toBe(true);
  });
});
