import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { createSetPasswordLinkAction, inviteExpertAction } from "@/lib/experts/actions";
import { setPasswordAction } from "@/lib/invitations/actions";
import { INVITATION_SUBJECT, NEW_LINK_SUBJECT } from "@/lib/invitations/emails";
import { findUsableToken, hashToken, LINK_NOT_USABLE } from "@/lib/invitations/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_BODY_REMOVED, deliverMessage } from "@/lib/messages/deliver";
import { siteUrl } from "@/lib/messages/links";
import { startMailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs } from "../helpers/actor";
import { createWorld, form, idle, unique } from "../helpers/factories";

/** List item that must exist (the tsconfig checks indexed access). */
const nth = <T>(list: readonly T[], i = 0): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`Expected an item at ${i}`);
  return item;
};

// The development log of each link is tested once below; keep the rest of the output quiet.
beforeEach(() => void vi.spyOn(console, "info").mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

const tokenFrom = (link: unknown) => new URL(String(link), "http://localhost").searchParams.get("token")!;

async function invite(world: Awaited<ReturnType<typeof createWorld>>, extra: Record<string, string | string[]> = {}) {
  const email = `${unique("new")}@Example.org`;
  actAs(world.coordinator);
  const state = await inviteExpertAction(
    idle,
    form({
      name: "Robin Ade",
      email,
      phone: "07700 900 100",
      livedExperience: "care leaver, homelessness",
      interests: ["TEACHING"],
      status: "INDUCTION",
      ...extra,
    }),
  );
  return { state, email: email.toLowerCase() };
}

describe("inviteExpertAction", () => {
  it("creates the user, profile and a hashed one-time token, and returns the link once", async () => {
    const world = await createWorld(0);
    const group = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: unique("Group"), type: "ADVOCACY_GROUP" },
    });
    const info = vi.mocked(console.info);
    const { state, email } = await invite(world, { partnerIds: [group.id] });
    expect(state.status).toBe("success");
    const token = tokenFrom(state.data?.link);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(info).toHaveBeenCalledWith(expect.stringContaining(token));

    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { role: true, passwordHash: true, institutionId: true, phone: true, passwordTokens: true },
    });
    expect(user).toMatchObject({ role: "EXPERT", passwordHash: null, institutionId: null, phone: "07700 900 100" });
    expect(user.passwordTokens).toHaveLength(1);
    const stored = nth(user.passwordTokens);
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const days = (stored.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const profile = await db.expertProfile.findUniqueOrThrow({
      where: { id: String(state.data?.expertId) },
      include: { partners: true },
    });
    expect(profile).toMatchObject({
      partnershipId: world.partnership.id,
      status: "INDUCTION",
      namedContactId: world.coordinator.id,
      livedExperience: ["care leaver", "homelessness"],
      interests: ["TEACHING"],
    });
    expect(profile.partners.map((p) => p.id)).toEqual([group.id]);
  });

  it("says clearly when the email address is already used, and writes nothing", async () => {
    const world = await createWorld(1);
    actAs(world.coordinator);
    const name = unique("Someone");
    const state = await inviteExpertAction(
      idle,
      form({ name, email: nth(world.experts).user.email.toUpperCase(), status: "ENQUIRY" }),
    );
    expect(state).toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["This email address is already used"] } });
    expect(state.message).toMatch(/already exists/);
    expect(await db.user.count({ where: { name } })).toBe(0);
  });

  it("validates the answers and refuses another partnership's groups, writing nothing", async () => {
    const world = await createWorld(0);
    const elsewhere = await createWorld(0);
    const theirs = await db.partner.create({
      data: { partnershipId: elsewhere.partnership.id, name: unique("Group"), type: "OTHER" },
    });
    actAs(world.coordinator);
    const invalid = await inviteExpertAction(idle, form({ name: "", email: "not-an-email", status: "ACTIVE" }));
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["email", "name", "status"]);
    const email = `${unique("x")}@example.org`;
    const foreign = await inviteExpertAction(
      idle,
      form({ name: "A", email, status: "ENQUIRY", partnerIds: [theirs.id] }),
    );
    expect(foreign.fieldErrors?.partnerIds).toBeTruthy();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await db.passwordToken.count({ where: { user: { email } } })).toBe(0);
  });

  it("refuses experts and academics", async () => {
    const world = await createWorld(1);
    for (const actor of [nth(world.experts).user, world.academic]) {
      actAs(actor);
      const email = `${unique("x")}@example.org`;
      expect((await inviteExpertAction(idle, form({ name: "A", email, status: "ENQUIRY" }))).code).toBe("FORBIDDEN");
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    }
  });
});

describe("setPasswordAction", () => {
  it("sets the password once from a valid link, for a signed-out person", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world);
    const token = tokenFrom(state.data?.link);
    actAs(null);
    const done = await setPasswordAction(
      idle,
      form({ token, password: "a-long-password", confirm: "a-long-password" }),
    );
    expect(done).toMatchObject({ status: "success" });
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true, sessionVersion: true },
    });
    expect(await verifyPassword("a-long-password", user.passwordHash!)).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    // A new password ends every session made with the old one.
    expect(user.sessionVersion).toBe(1);
    expect((await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeInstanceOf(Date);

    const again = await setPasswordAction(
      idle,
      form({ token, password: "another-password", confirm: "another-password" }),
    );
    expect(again).toMatchObject({ status: "error", message: LINK_NOT_USABLE });
    const after = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("refuses expired and unknown links", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world);
    const token = tokenFrom(state.data?.link);
    await db.passwordToken.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      (await setPasswordAction(idle, form({ token, password: "a-long-password", confirm: "a-long-password" }))).message,
    ).toBe(LINK_NOT_USABLE);
    expect(
      (
        await setPasswordAction(
          idle,
          form({ token: "made-up", password: "a-long-password", confirm: "a-long-password" }),
        )
      ).message,
    ).toBe(LINK_NOT_USABLE);
    expect(
      (await setPasswordAction(idle, form({ password: "a-long-password", confirm: "a-long-password" }))).message,
    ).toBe(LINK_NOT_USABLE);
    expect(
      (await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })).passwordHash,
    ).toBeNull();
  });

  it("needs 10 characters and a matching confirmation, never echoes passwords, and writes nothing", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world);
    const token = tokenFrom(state.data?.link);
    const short = await setPasswordAction(idle, form({ token, password: "short", confirm: "short" }));
    expect(short).toMatchObject({
      code: "INVALID",
      fieldErrors: { password: ["Your password must be at least 10 characters long"] },
    });
    const mismatch = await setPasswordAction(
      idle,
      form({ token, password: "a-long-password", confirm: "a-long-passw0rd" }),
    );
    expect(mismatch.fieldErrors?.confirm?.[0]).toMatch(/do not match/);
    expect(JSON.stringify([short, mismatch])).not.toContain("a-long-pass");
    const row = await db.passwordToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.usedAt).toBeNull();
    expect(
      (await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })).passwordHash,
    ).toBeNull();
  });

  it("refuses a link for a switched-off account", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world);
    await db.user.update({ where: { email }, data: { active: false } });
    const result = await setPasswordAction(
      idle,
      form({ token: tokenFrom(state.data?.link), password: "a-long-password", confirm: "a-long-password" }),
    );
    expect(result.message).toBe(LINK_NOT_USABLE);
  });
});

describe("emailing the link", () => {
  /** Delivers the one queued message for this person to a real SMTP server and returns what it received. */
  async function deliver(userId: string) {
    const message = await db.message.findFirstOrThrow({ where: { userId } });
    const catcher = await startMailCatcher();
    try {
      const mailer = createMailer({
        ...process.env,
        SMTP_URL: catcher.url,
        EMAIL_FROM: "Involve <involve@test.example>",
      });
      expect(await deliverMessage({ messageId: message.id, lastAttempt: false, leaseSeconds: 120, mailer }, db)).toBe(
        "sent",
      );
      const [email] = await catcher.waitFor(1);
      return { message, email: email!, stored: await db.message.findUniqueOrThrow({ where: { id: message.id } }) };
    } finally {
      await catcher.close();
    }
  }

  it("is a choice: without it nothing is emailed and the link is only shown", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world);
    expect(state.message).toMatch(/Send them the link below/);
    expect(state.data?.emailed).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an invitation names the coordinator and institution, says what Involve is, and its link works", async () => {
    const world = await createWorld(0);
    const { state, email } = await invite(world, { emailLink: "on" });
    expect(state.status).toBe("success");
    expect(state.message).toContain(`We have emailed the link below to ${email}`);
    expect(state.data?.emailed).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // The link is still shown on screen, to read out on the phone: the same link as emailed.
    const shown = tokenFrom(state.data?.link);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);

    const { message, email: received, stored } = await deliver(user.id);
    expect(message).toMatchObject({ kind: "ACCOUNT", institutionId: world.institution.id, link: "/set-password" });
    expect(received.to).toEqual([email]);
    expect(received.subject).toBe(INVITATION_SUBJECT);
    expect(received.text).toContain("Hello Robin,");
    expect(received.text).toContain(
      `${world.coordinator.name} at ${world.institution.name} has invited you to Involve.`,
    );
    expect(received.text).toContain("Involve is the website we use to work with people who have lived experience");
    expect(received.text).toContain("The link works once, for 7 days.");
    expect(received.text).toContain(world.coordinator.email);
    expect(received.text).toContain(`${world.institution.name}, through Involve`);
    const link = `${siteUrl()}/set-password?token=${shown}`;
    expect(received.text).toContain(`Choose your password:\n${link}`);
    expect(received.html).toContain(`href="${link}"`);
    expect(received.text).not.toMatch(/change how we contact you|\/messages/);
    expect(received.html).not.toMatch(/change how we contact you|\/messages/);
    expect(stored).toMatchObject({ status: "SENT", ...ACCOUNT_BODY_REMOVED });
    expect(JSON.stringify(stored)).not.toContain(shown);

    // Following it: a first password.
    const token = new URL(link).searchParams.get("token")!;
    expect((await findUsableToken({ token }))?.user).toMatchObject({ email, hasPassword: false });
    actAs(null);
    const done = await setPasswordAction(
      idle,
      form({ token, password: "a-long-password", confirm: "a-long-password" }),
    );
    expect(done.status).toBe("success");
  });

  it("a new link for someone with a password says so, and the older link stops working", async () => {
    const world = await createWorld(1);
    const { user, expert } = nth(world.experts);
    actAs(world.coordinator);
    const before = await createSetPasswordLinkAction(idle, form({ expertId: expert.id }));
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
    const state = await createSetPasswordLinkAction(idle, form({ expertId: expert.id, emailLink: "on" }));
    expect(state.message).toBe(
      `We have emailed a new link to ${user.email}. Any older link no longer works. It works once and lasts 7 days.`,
    );
    const { email: received } = await deliver(user.id);
    expect(received.to).toEqual([user.email]);
    expect(received.subject).toBe(NEW_LINK_SUBJECT);
    expect(received.text).toContain(`${world.coordinator.name} at ${world.institution.name} has made you a new link`);
    expect(received.text).toContain(`${siteUrl()}/set-password?token=${tokenFrom(state.data?.link)}`);
    expect(await findUsableToken({ token: tokenFrom(before.data?.link) })).toBeNull();
    expect((await findUsableToken({ token: tokenFrom(state.data?.link) }))?.user.hasPassword).toBe(true);
  });
});
