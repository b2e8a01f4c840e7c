import { describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_FAILED } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { loadSessionUser } from "@/lib/auth/session";
import { signOutEverywhereAction } from "@/lib/auth/sign-out-everywhere";
import { delayAfter, recordFailure, THROTTLE, throttleKeys, waitUntil } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { deactivateStaffAction } from "@/lib/staff/actions";
import { actAs } from "../helpers/actor";
import {
  createExpert,
  createPartnership,
  createUser,
  createWorld,
  form,
  idle,
  TEST_PASSWORD,
  unique,
} from "../helpers/factories";

const TOO_MANY = /^Too many attempts to sign in\. Wait \d+ (second|seconds|minute|minutes), then try again\.$/;
const FREE = THROTTLE.freeFailures;
let lastOctet = 0;
/** A client address of its own for each use, so tests never share an address's count. */
const newAddress = () => `198.51.${Math.floor(process.pid % 250)}.${(++lastOctet % 250) + 1}`;

const signIn = (email: string, password: string, address: string | null) =>
  authenticate({ credentials: { email, password }, address });

async function coordinator() {
  const { institution } = await createPartnership();
  return createUser("COORDINATOR", { institutionId: institution.id });
}

describe("password sign-in", () => {
  it("signs in with the right password and returns the role", async () => {
    const user = await coordinator();
    const result = await signIn(user.email.toUpperCase(), TEST_PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ id: user.id, role: "COORDINATOR", sessionVersion: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await coordinator();
    await expect(signIn(user.email, "wrong", null)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(`${unique()}@nobody.example`, "wrong", null)).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("refuses an inactive account even with the right password", async () => {
    const { institution } = await createPartnership();
    const user = await createUser("ACADEMIC", { institutionId: institution.id }, { active: false });
    await expect(signIn(user.email, TEST_PASSWORD, null)).rejects.toThrow(SIGN_IN_FAILED);
    expect(await loadSessionUser({ userId: user.id })).toBeNull();
  });

  it("replaces an old bcrypt hash with Argon2id when the password is right, and the password still works", async () => {
    const user = await coordinator();
    const stored = () =>
      db.user
        .findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
        .then((u) => u.passwordHash!);
    expect(await stored()).toMatch(/^\$2b\$/);
    await signIn(user.email, TEST_PASSWORD, null);
    const after = await stored();
    expect(after).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(TEST_PASSWORD, after)).toBe(true);
    await expect(signIn(user.email, TEST_PASSWORD, null)).resolves.toMatchObject({ id: user.id });
  });

  it("uses the whole of a long password (bcrypt ignored everything after 72 bytes)", async () => {
    const user = await coordinator();
    const long = "x".repeat(72);
    const { hashPassword } = await import("@/lib/auth/password");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(`${long}-right`) } });
    await expect(signIn(user.email, `${long}-wrong`, null)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(user.email, `${long}-right`, null)).resolves.toMatchObject({ id: user.id });
    // Longer than the limit is refused without a check.
    await expect(signIn(user.email, "y".repeat(201), null)).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("loads an expert's session with their profile and partnership", async () => {
    const { partnership } = await createPartnership();
    const { user, expert } = await createExpert(partnership.id);
    expect(await loadSessionUser({ userId: user.id })).toMatchObject({
      role: "EXPERT",
      expertId: expert.id,
      partnershipId: partnership.id,
    });
  });
});

describe("slowing down guessing without locking anyone out", () => {
  it("makes a guesser at one address wait, while the real person at their own address signs in", async () => {
    const user = await coordinator();
    const attacker = newAddress();
    for (let i = 0; i < FREE.pair; i++) {
      await expect(signIn(user.email, `guess-${i}`, attacker)).rejects.toThrow(SIGN_IN_FAILED);
    }
    // The first failure past the allowance is still checked, and starts the wait.
    await expect(signIn(user.email, "one-more-guess", attacker)).rejects.toThrow(SIGN_IN_FAILED);
    // During the wait even the right password is not checked from that address.
    await expect(signIn(user.email, TEST_PASSWORD, attacker)).rejects.toThrow(TOO_MANY);
    await expect(signIn(user.email, TEST_PASSWORD, attacker)).rejects.toThrow("Wait 5 seconds");

    // The real person, elsewhere, is not affected.
    await expect(signIn(user.email, TEST_PASSWORD, newAddress())).resolves.toMatchObject({ id: user.id });
  });

  it("treats an unknown email exactly like a known one, so the wait does not reveal accounts", async () => {
    const address = newAddress();
    const ghost = `${unique("ghost")}@nobody.example`;
    for (let i = 0; i <= FREE.pair; i++) {
      await expect(signIn(ghost, `guess-${i}`, address)).rejects.toThrow(SIGN_IN_FAILED);
    }
    await expect(signIn(ghost, "again", address)).rejects.toThrow("Wait 5 seconds");
  });

  it("makes each wait twice as long as the last, up to 15 minutes", async () => {
    expect([5, 6, 7, 8].map((n) => delayAfter(n, "pair"))).toEqual([0, 5_000, 10_000, 20_000]);
    expect(delayAfter(40, "pair")).toBe(15 * 60 * 1000);
    expect(delayAfter(FREE.email, "email")).toBe(0);

    const keys = throttleKeys(`${unique()}@nobody.example`, newAddress());
    const start = new Date();
    let until: Date | null = null;
    for (let i = 0; i < FREE.pair + 3; i++) until = await recordFailure({ keys, now: start });
    expect(until!.getTime() - start.getTime()).toBe(20_000);
    // Once the wait is over, the next attempt is allowed.
    expect(await waitUntil({ keys, now: new Date(start.getTime() + 19_000) })).not.toBeNull();
    expect(await waitUntil({ keys, now: new Date(start.getTime() + 20_001) })).toBeNull();
  });

  it("slows guessing spread over many addresses, except from an address the person has signed in from", async () => {
    const user = await coordinator();
    const usual = newAddress();
    await signIn(user.email, TEST_PASSWORD, usual);

    // An attack from many addresses, each within its own pair allowance, passes the email's.
    const now = new Date();
    for (let i = 0; i <= FREE.email; i++) {
      await recordFailure({ keys: throttleKeys(user.email, `203.0.113.${i % 200}-${unique()}`), now });
    }
    await expect(signIn(user.email, TEST_PASSWORD, newAddress())).rejects.toThrow(TOO_MANY);
    // From their usual address the person still gets in.
    await expect(signIn(user.email, TEST_PASSWORD, usual)).resolves.toMatchObject({ id: user.id });
  });

  it("slows one address trying many emails", async () => {
    const address = newAddress();
    const now = new Date();
    for (let i = 0; i <= FREE.address; i++) {
      await recordFailure({ keys: throttleKeys(`${unique()}@nobody.example`, address), now });
    }
    const user = await coordinator();
    await expect(signIn(user.email, TEST_PASSWORD, address)).rejects.toThrow(TOO_MANY);
    await expect(signIn(user.email, TEST_PASSWORD, newAddress())).resolves.toMatchObject({ id: user.id });
  });

  it("counts concurrent failures without losing any", async () => {
    const email = `${unique()}@nobody.example`;
    await Promise.allSettled(Array.from({ length: 4 }, () => signIn(email, "x", null)));
    const rows = await db.loginThrottle.findMany({ where: { key: { in: [`email:${email}`, `pair:${email}|`] } } });
    expect(rows.map((r) => r.failures)).toEqual([4, 4]);
  });
});

describe("ending sessions", () => {
  it("ends a session whose version is older than the account's", async () => {
    const user = await coordinator();
    expect(await loadSessionUser({ userId: user.id, sessionVersion: 0 })).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await loadSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadSessionUser({ userId: user.id, sessionVersion: 1 })).not.toBeNull();
    // A new sign-in carries the new version.
    await expect(signIn(user.email, TEST_PASSWORD, null)).resolves.toMatchObject({ sessionVersion: 1 });
  });

  it("sign out everywhere raises the version and is audited", async () => {
    const user = await coordinator();
    actAs(user);
    const result = await signOutEverywhereAction(idle, form({}));
    actAs(null);
    expect(result.status).toBe("success");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.signed-out-everywhere" } })).toBe(1);
  });

  it("deactivating an account ends its sessions, and reactivating does not bring them back", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    // The action ends by redirecting to the staff member's page.
    await expect(deactivateStaffAction(idle, form({ userId: world.academic.id, confirm: "yes" }))).rejects.toThrow(
      "NEXT_REDIRECT",
    );
    actAs(null);
    expect((await db.user.findUniqueOrThrow({ where: { id: world.academic.id } })).active).toBe(false);
    await db.user.update({ where: { id: world.academic.id }, data: { active: true, deactivatedAt: null } });
    expect(await loadSessionUser({ userId: world.academic.id, sessionVersion: 0 })).toBeNull();
  });
});
