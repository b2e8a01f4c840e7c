/**
 * Staff accounts in the admin area, on real PostgreSQL: inviting (with an email whose short code
 * can be typed on a phone), new invitations, role changes, deactivation and reactivation; the
 * partnership boundary; and the last-admin rule, also when two admins demote each other at once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { authenticate, SIGN_IN_FAILED } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { setPasswordAction } from "@/lib/invitations/actions";
import { canonicalJoinCode, formatJoinCode, hashJoinCode } from "@/lib/invitations/join-code";
import { findUsableToken } from "@/lib/invitations/tokens";
import { deliverMessage } from "@/lib/messages/deliver";
import { siteUrl } from "@/lib/messages/links";
import {
  changeStaffRoleAction,
  deactivateStaffAction,
  inviteStaffAction,
  reactivateStaffAction,
  resendStaffInvitationAction,
} from "@/lib/staff/actions";
import {
  DEACTIVATED_SUBJECT,
  REACTIVATED_SUBJECT,
  ROLE_CHANGED_SUBJECT,
  STAFF_INVITATION_SUBJECT,
  STAFF_NEW_INVITATION_SUBJECT,
} from "@/lib/staff/emails";
import { findStaffMember, listStaff } from "@/lib/staff/queries";
import { LAST_ADMIN } from "@/lib/staff/schemas";
import { DAY_MS } from "@/lib/time";
import { startMailCatcher, type MailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs, runAs } from "../helpers/actor";
import { createPartnership, createUser, createWorld, form, idle, TEST_PASSWORD, unique } from "../helpers/factories";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;
/** An action's answer; one that ends by redirecting counts as a success, with where it went. */
async function call(
  action: Action,
  values: Record<string, string | undefined>,
): Promise<FormState & { redirectedTo: string | null }> {
  try {
    return { ...(await action(idle, form(values))), redirectedTo: null };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw error;
    return { status: "success", redirectedTo: digest.split(";")[2] ?? null };
  }
}

async function secondInstitution(partnershipId: string) {
  return db.institution.create({ data: { name: unique("University"), shortName: "Two", partnershipId } });
}

const inviteForm = (institutionId: string, extra: Record<string, string> = {}) => ({
  name: "Robin Ellis",
  email: `${unique("robin")}@Uni.example`,
  role: "ACADEMIC",
  institutionId,
  ...extra,
});

/**
 * Everything a staff action can write, to show that a refusal wrote nothing. Only the rows of
 * people this test process made (their emails carry its pid, see unique()): other test files
 * write to the same database at the same time.
 */
async function snapshot() {
  const ours = { email: { contains: `-${process.pid}-` } };
  const [users, tokens, messages, audits, notifications] = await Promise.all([
    db.user.findMany({ where: ours, select: { id: true, role: true, active: true }, orderBy: { id: "asc" } }),
    db.passwordToken.count({ where: { user: ours } }),
    db.message.count({ where: { user: ours } }),
    db.auditEvent.count({ where: { actor: ours } }),
    db.notification.count({ where: { user: ours } }),
  ]);
  return { users, tokens, messages, audits, notifications };
}

/** The code in a staff invitation's text: "…/join/ABCD-EFGH-JKMN". */
function codeIn(text: string): string {
  const match = /\/join\/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text);
  if (!match?.[1]) throw new Error(`No join code in:\n${text}`);
  return match[1];
}

async function latestMessage(userId: string) {
  return db.message.findFirstOrThrow({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

describe("inviting staff", () => {
  it("creates the account without a password in any university of the partnership, emails a short code, and audits it", async () => {
    const world = await createWorld(0);
    const other = await secondInstitution(world.partnership.id);
    actAs(world.admin);
    const values = inviteForm(other.id);
    const state = await call(inviteStaffAction, values);
    expect(state).toMatchObject({ status: "success" });

    const user = await db.user.findUniqueOrThrow({ where: { email: values.email.toLowerCase() } });
    expect(user).toMatchObject({ name: "Robin Ellis", role: "ACADEMIC", institutionId: other.id });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toBeNull();
    expect(user.active).toBe(true);

    const message = await latestMessage(user.id);
    expect(message).toMatchObject({ kind: "ACCOUNT", status: "QUEUED", subject: STAFF_INVITATION_SUBJECT });
    // Only the page is kept as the link: never the code.
    expect(message.link).toBe("/join");
    const code = codeIn(message.textBody);
    const token = await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.tokenHash).toBe(hashJoinCode(canonicalJoinCode(code)!));
    expect(token.tokenHash).not.toContain(code.replace(/-/g, ""));
    const days = (token.expiresAt.getTime() - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "staff.invited" } });
    expect(event).toMatchObject({ actorId: world.admin.id, partnershipId: world.partnership.id });
    // In-app notifications are not written for someone who cannot sign in yet.
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses an email already in use with a field error, and writes nothing", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const before = await snapshot();
    const state = await call(
      inviteStaffAction,
      inviteForm(world.institution.id, { email: world.coordinator.email.toUpperCase() }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "CONFLICT",
      fieldErrors: { email: ["This email address is already used"] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("validates every field, keeps what was typed, and writes nothing", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const before = await snapshot();
    const state = await call(inviteStaffAction, {
      name: " ",
      email: "not an email",
      role: "EXPERT",
      institutionId: "",
    });
    expect(state).toMatchObject({ code: "INVALID", values: { email: "not an email", role: "EXPERT" } });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "institutionId", "name", "role"]);
    const nul = await call(inviteStaffAction, inviteForm(world.institution.id, { name: "Ro\u0000bin" }));
    expect(nul.code).toBe("INVALID");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a university of another partnership, and non-admins", async () => {
    const world = await createWorld(0);
    const foreign = await createPartnership();
    const expert = await createUser("EXPERT", {});
    actAs(world.admin);
    const before = await snapshot();
    const state = await call(inviteStaffAction, inviteForm(foreign.institution.id));
    expect(state).toMatchObject({
      code: "INVALID",
      fieldErrors: { institutionId: ["Choose a university from the list"] },
    });
    for (const who of [world.coordinator, world.academic, expert]) {
      actAs(who);
      expect((await call(inviteStaffAction, inviteForm(world.institution.id))).code).toBe("FORBIDDEN");
    }
    actAs(null);
    expect((await call(inviteStaffAction, inviteForm(world.institution.id))).code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);
  });
});

describe("the invitation email and its code", () => {
  let mail: MailCatcher;
  beforeEach(async () => {
    mail = await startMailCatcher();
  });
  afterEach(async () => {
    await mail.close();
  });

  it("arrives with a link and a code that works typed in any case, with or without dashes and spaces", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const values = inviteForm(world.institution.id, { role: "COORDINATOR" });
    await call(inviteStaffAction, values);
    const user = await db.user.findUniqueOrThrow({ where: { email: values.email.toLowerCase() } });
    const message = await latestMessage(user.id);

    const mailer = createMailer({ ...process.env, SMTP_URL: mail.url, EMAIL_FROM: "Involve <involve@test.example>" });
    expect(await deliverMessage({ messageId: message.id, lastAttempt: false, leaseSeconds: 120, mailer }, db)).toBe(
      "sent",
    );
    const [email] = await mail.waitFor(1);
    expect(email!.to).toEqual([user.email]);
    expect(email!.subject).toBe(STAFF_INVITATION_SUBJECT);
    expect(email!.text).toContain(`${world.admin.name} has invited you to Involve as a coordinator.`);
    expect(email!.text).toContain("The link and the code work once, for 7 days.");
    const code = codeIn(email!.text);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(email!.text).toContain(`${siteUrl()}/join and type this code: ${code}`);
    expect(email!.html).toContain(`href="${siteUrl()}/join/${code}"`);
    // Once sent, the code is not kept anywhere.
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).textBody).not.toContain(code);

    const plain = code.replace(/-/g, "");
    const typings = [
      code,
      code.toLowerCase(),
      plain.toLowerCase(),
      ` ${plain.slice(0, 4)} ${plain.slice(4, 8)} ${plain.slice(8)} `,
    ];
    for (const typed of typings) expect((await findUsableToken({ token: typed }))?.user.id).toBe(user.id);
    expect(formatJoinCode(canonicalJoinCode(plain.toLowerCase())!)).toBe(code);
    expect(await findUsableToken({ token: `${plain.slice(0, 11)}` })).toBeNull();

    // Typed on a phone in lower case with spaces, it sets the password, once.
    actAs(null);
    const typed = `${plain.slice(0, 4).toLowerCase()} ${plain.slice(4, 8).toLowerCase()} ${plain.slice(8).toLowerCase()}`;
    const set = await call(setPasswordAction, {
      token: typed,
      password: "a-long-new-passphrase",
      confirm: "a-long-new-passphrase",
    });
    expect(set.status).toBe("success");
    expect(await findUsableToken({ token: code })).toBeNull();
    expect(
      (await authenticate({ credentials: { email: user.email, password: "a-long-new-passphrase" }, address: null })).id,
    ).toBe(user.id);
  });

  it("a new invitation replaces the old code, and only for someone who has not signed in", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const values = inviteForm(world.institution.id);
    await call(inviteStaffAction, values);
    const user = await db.user.findUniqueOrThrow({ where: { email: values.email.toLowerCase() } });
    const oldCode = codeIn((await latestMessage(user.id)).textBody);

    expect(await call(resendStaffInvitationAction, { userId: user.id })).toMatchObject({ status: "success" });
    const message = await db.message.findFirstOrThrow({
      where: { userId: user.id, subject: STAFF_NEW_INVITATION_SUBJECT },
    });
    expect(message.subject).toBe(STAFF_NEW_INVITATION_SUBJECT);
    const newCode = codeIn(message.textBody);
    expect(newCode).not.toBe(oldCode);
    expect(await findUsableToken({ token: oldCode })).toBeNull();
    expect((await findUsableToken({ token: newCode }))?.user.id).toBe(user.id);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "staff.invitation.resent" } })).toBe(1);

    // Someone who has signed in uses "Forgotten your password?" instead.
    await db.user.update({ where: { id: world.coordinator.id }, data: { lastSignInAt: new Date() } });
    const before = await snapshot();
    expect((await call(resendStaffInvitationAction, { userId: world.coordinator.id })).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });
});

describe("changing roles", () => {
  it("changes the role, tells the person, and audits before and after", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const state = await call(changeStaffRoleAction, { userId: world.academic.id, role: "COORDINATOR" });
    expect(state).toMatchObject({ status: "success", message: `${world.academic.name} is now a coordinator.` });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.academic.id } })).role).toBe("COORDINATOR");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: world.academic.id, action: "staff.role.changed" },
    });
    expect(event).toMatchObject({
      before: { role: "ACADEMIC" },
      after: { role: "COORDINATOR" },
      partnershipId: world.partnership.id,
    });
    expect((await latestMessage(world.academic.id)).subject).toBe(ROLE_CHANGED_SUBJECT);
    expect(await db.notification.count({ where: { userId: world.academic.id, title: ROLE_CHANGED_SUBJECT } })).toBe(1);
    // The next request sees the new role.
    expect((await loadSessionUser({ userId: world.academic.id }))?.role).toBe("COORDINATOR");
  });

  it("refuses the same role, an expert's account and a made-up role, writing nothing", async () => {
    const world = await createWorld(1);
    actAs(world.admin);
    const before = await snapshot();
    expect(await call(changeStaffRoleAction, { userId: world.coordinator.id, role: "COORDINATOR" })).toMatchObject({
      code: "INVALID",
      fieldErrors: { role: ["They are already a coordinator"] },
    });
    expect((await call(changeStaffRoleAction, { userId: world.experts[0]!.user.id, role: "ADMIN" })).code).toBe(
      "NOT_FOUND",
    );
    expect((await call(changeStaffRoleAction, { userId: world.coordinator.id, role: "EXPERT" })).code).toBe("INVALID");
    expect((await call(changeStaffRoleAction, { userId: world.coordinator.id, role: "SUPERUSER" })).code).toBe(
      "INVALID",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("never demotes the last active admin, themself included; with a second admin it may", async () => {
    const world = await createWorld(0);
    // A deactivated admin does not count.
    const sleeping = await createUser("ADMIN", { institutionId: world.institution.id }, { active: false });
    actAs(world.admin);
    const before = await snapshot();
    expect(await call(changeStaffRoleAction, { userId: world.admin.id, role: "COORDINATOR" })).toMatchObject({
      code: "CONFLICT",
      message: LAST_ADMIN,
    });
    expect((await call(changeStaffRoleAction, { userId: world.admin.id, role: "ACADEMIC" })).message).toBe(LAST_ADMIN);
    expect(await snapshot()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: world.admin.id } })).role).toBe("ADMIN");

    // Promote someone at another university of the partnership: now the first admin may step down.
    const other = await secondInstitution(world.partnership.id);
    const colleague = await createUser("COORDINATOR", { institutionId: other.id });
    expect((await call(changeStaffRoleAction, { userId: colleague.id, role: "ADMIN" })).status).toBe("success");
    // Demoting themself takes them out of the admin area, to their new one.
    expect((await call(changeStaffRoleAction, { userId: world.admin.id, role: "COORDINATOR" })).redirectedTo).toBe(
      "/coordinator",
    );
    // …and is now refused from the admin area at once.
    expect((await call(changeStaffRoleAction, { userId: sleeping.id, role: "ACADEMIC" })).code).toBe("FORBIDDEN");
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const { partnership, institution } = await createPartnership();
    const a = await createUser("ADMIN", { institutionId: institution.id });
    const b = await createUser("ADMIN", { institutionId: institution.id });
    for (let round = 0; round < 3; round++) {
      const [ra, rb] = await Promise.all([
        runAs(a, () => call(changeStaffRoleAction, { userId: b.id, role: "COORDINATOR" })),
        runAs(b, () => call(changeStaffRoleAction, { userId: a.id, role: "COORDINATOR" })),
      ]);
      const outcomes = [ra, rb].map((r) =>
        r.status === "success" ? "ok" : r.code === "FORBIDDEN" ? "forbidden" : r.message,
      );
      // One wins; the other is refused either by the rule or because the winner removed their admin role first.
      expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
      expect(outcomes.filter((o) => o !== "ok")[0]).toMatch(
        new RegExp(`^(forbidden|${LAST_ADMIN.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})$`),
      );
      const admins = await db.user.count({
        where: { role: "ADMIN", active: true, institution: { partnershipId: partnership.id } },
      });
      expect(admins).toBe(1);
      // Back to two admins for the next round.
      await db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { role: "ADMIN" } });
    }
  });

  it("two admins deactivating each other at once leave one active admin", async () => {
    const { partnership, institution } = await createPartnership();
    const a = await createUser("ADMIN", { institutionId: institution.id });
    const b = await createUser("ADMIN", { institutionId: institution.id });
    const results = await Promise.all([
      runAs(a, () => call(deactivateStaffAction, { userId: b.id, confirm: "yes" })),
      runAs(b, () => call(deactivateStaffAction, { userId: a.id, confirm: "yes" })),
    ]);
    expect(results.filter((r) => r.status === "success")).toHaveLength(1);
    expect(
      await db.user.count({ where: { role: "ADMIN", active: true, institution: { partnershipId: partnership.id } } }),
    ).toBe(1);
  });
});

describe("deactivating and reactivating", () => {
  it("deactivates: signed out on the next request, cannot sign in, history kept; told by email; reactivates", async () => {
    const world = await createWorld(0);
    const target = world.coordinator;
    expect(await loadSessionUser({ userId: target.id })).not.toBeNull();
    const opportunityCount = await db.opportunity.count({ where: { createdById: target.id } });
    actAs(world.admin);

    // Without the confirmation nothing happens.
    const before = await snapshot();
    expect((await call(deactivateStaffAction, { userId: target.id })).code).toBe("INVALID");
    expect(await snapshot()).toEqual(before);

    const state = await call(deactivateStaffAction, { userId: target.id, confirm: "yes" });
    expect(state.redirectedTo).toBe(`/admin/staff/${target.id}?done=deactivated`);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.active).toBe(false);
    expect(after.deactivatedAt).not.toBeNull();
    expect(await loadSessionUser({ userId: target.id })).toBeNull();
    await expect(
      authenticate({ credentials: { email: target.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    // Their actions now refuse them.
    actAs(target);
    expect((await call(deactivateStaffAction, { userId: world.academic.id, confirm: "yes" })).code).toBe(
      "UNAUTHENTICATED",
    );
    actAs(world.admin);
    expect(await db.opportunity.count({ where: { createdById: target.id } })).toBe(opportunityCount);
    const told = await db.message.findFirstOrThrow({ where: { userId: target.id, subject: DEACTIVATED_SUBJECT } });
    expect(told.status).toBe("QUEUED");
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { entityId: target.id, action: "staff.deactivated" } }),
    ).toMatchObject({
      before: { active: true },
      after: { active: false },
    });
    expect((await findStaffMember({ userId: target.id, partnershipId: world.partnership.id }))?.status).toBe(
      "DEACTIVATED",
    );

    // Twice is refused, writing nothing.
    const twice = await snapshot();
    expect((await call(deactivateStaffAction, { userId: target.id, confirm: "yes" })).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(twice);

    expect((await call(reactivateStaffAction, { userId: target.id })).redirectedTo).toBe(
      `/admin/staff/${target.id}?done=reactivated`,
    );
    const back = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(back).toMatchObject({ active: true, deactivatedAt: null });
    expect(await loadSessionUser({ userId: target.id })).not.toBeNull();
    expect(
      (await authenticate({ credentials: { email: target.email, password: TEST_PASSWORD }, address: null })).id,
    ).toBe(target.id);
    expect((await latestMessage(target.id)).subject).toBe(REACTIVATED_SUBJECT);
    expect(await db.auditEvent.count({ where: { entityId: target.id, action: "staff.reactivated" } })).toBe(1);
    expect((await call(reactivateStaffAction, { userId: target.id })).code).toBe("CONFLICT");
  });

  it("an unused invitation stops working when the account is deactivated, and stays so after reactivation", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const values = inviteForm(world.institution.id);
    await call(inviteStaffAction, values);
    const user = await db.user.findUniqueOrThrow({ where: { email: values.email.toLowerCase() } });
    const code = codeIn((await latestMessage(user.id)).textBody);
    await call(deactivateStaffAction, { userId: user.id, confirm: "yes" });
    expect(await findUsableToken({ token: code })).toBeNull();
    await call(reactivateStaffAction, { userId: user.id });
    expect(await findUsableToken({ token: code })).toBeNull();
  });

  it("never deactivates the last active admin, themself included", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const before = await snapshot();
    expect(await call(deactivateStaffAction, { userId: world.admin.id, confirm: "yes" })).toMatchObject({
      code: "CONFLICT",
      message: LAST_ADMIN,
    });
    expect(await snapshot()).toEqual(before);
    // With another admin, an admin may deactivate themself, and is signed out.
    await createUser("ADMIN", { institutionId: world.institution.id });
    expect((await call(deactivateStaffAction, { userId: world.admin.id, confirm: "yes" })).status).toBe("success");
    expect(await loadSessionUser({ userId: world.admin.id })).toBeNull();
  });
});

describe("the partnership boundary and who may act", () => {
  it("an admin of one partnership can neither see nor change another's staff", async () => {
    const home = await createWorld(0);
    const away = await createWorld(0);
    actAs(home.admin);
    const before = await snapshot();
    const attempts: [Action, Record<string, string>][] = [
      [changeStaffRoleAction, { userId: away.coordinator.id, role: "ACADEMIC" }],
      [deactivateStaffAction, { userId: away.coordinator.id, confirm: "yes" }],
      [deactivateStaffAction, { userId: away.admin.id, confirm: "yes" }],
      [reactivateStaffAction, { userId: away.coordinator.id }],
      [resendStaffInvitationAction, { userId: away.academic.id }],
    ];
    for (const [action, values] of attempts) expect((await call(action, values)).code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);

    const list = await listStaff({ partnershipId: home.partnership.id });
    const ids = list.items.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([home.admin.id, home.coordinator.id, home.academic.id]));
    expect(ids).not.toContain(away.coordinator.id);
    expect(await findStaffMember({ userId: away.coordinator.id, partnershipId: home.partnership.id })).toBeNull();
  });

  it("coordinators, academics and experts cannot use any staff action", async () => {
    const world = await createWorld(1);
    const before = await snapshot();
    const attempts: [Action, Record<string, string>][] = [
      [changeStaffRoleAction, { userId: world.academic.id, role: "ADMIN" }],
      [deactivateStaffAction, { userId: world.admin.id, confirm: "yes" }],
      [reactivateStaffAction, { userId: world.academic.id }],
      [resendStaffInvitationAction, { userId: world.academic.id }],
    ];
    for (const who of [world.coordinator, world.academic, world.experts[0]!.user]) {
      actAs(who);
      for (const [action, values] of attempts) expect((await call(action, values)).code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the staff list", () => {
  it("filters by university, role, status and name or email, a page at a time", async () => {
    const world = await createWorld(0);
    const other = await secondInstitution(world.partnership.id);
    const tag = unique("zed");
    const invited = await db.user.create({
      data: { name: `${tag} Invited`, email: `${tag}-i@test.example`, role: "ACADEMIC", institutionId: other.id },
    });
    const signedIn = await db.user.create({
      data: {
        name: `${tag} Active`,
        email: `${tag}-a@test.example`,
        role: "COORDINATOR",
        institutionId: other.id,
        lastSignInAt: new Date(),
      },
    });
    const off = await db.user.create({
      data: {
        name: `${tag} Off`,
        email: `${tag}-o@test.example`,
        role: "ADMIN",
        institutionId: world.institution.id,
        active: false,
      },
    });
    const { partnershipId } = { partnershipId: world.partnership.id };
    const ids = async (filters: Parameters<typeof listStaff>[0]["filters"]) =>
      (await listStaff({ partnershipId, filters })).items.map((s) => s.id).sort();

    expect(await ids({ institutionId: other.id })).toEqual([invited.id, signedIn.id].sort());
    expect(await ids({ q: tag.toUpperCase(), status: "INVITED" })).toEqual([invited.id]);
    expect(await ids({ q: tag, status: "ACTIVE" })).toEqual([signedIn.id]);
    expect(await ids({ q: tag, status: "DEACTIVATED" })).toEqual([off.id]);
    expect(await ids({ q: `${tag}-o@`, role: "ADMIN" })).toEqual([off.id]);
    expect(await ids({ q: tag, role: "ACADEMIC" })).toEqual([invited.id]);

    const page1 = await listStaff({ partnershipId, filters: { q: tag }, page: 1, size: 2 });
    const page2 = await listStaff({ partnershipId, filters: { q: tag }, page: 2, size: 2 });
    expect(page1).toMatchObject({ total: 3, pageCount: 2 });
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((s) => s.id)).size).toBe(3);
    expect(page1.items[0]).toHaveProperty("lastSignInAt");
  });
});
