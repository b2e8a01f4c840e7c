import { describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_FAILED, SIGN_IN_LOCKED } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { MAX_FAILURES_PER_EMAIL } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createExpert, createPartnership, createUser, TEST_PASSWORD, unique } from "../helpers/factories";

describe("password sign-in", () => {
  it("signs in with the right password and returns the role", async () => {
    const { institution } = await createPartnership();
    const user = await createUser("COORDINATOR", { institutionId: institution.id });
    const result = await authenticate({
      credentials: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      address: "10.0.0.1",
    });
    expect(result).toMatchObject({ id: user.id, role: "COORDINATOR" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const { institution } = await createPartnership();
    const user = await createUser("ACADEMIC", { institutionId: institution.id });
    await expect(
      authenticate({ credentials: { email: user.email, password: "wrong" }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    await expect(
      authenticate({ credentials: { email: `${unique()}@nobody.example`, password: "wrong" }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("refuses an inactive account even with the right password", async () => {
    const { institution } = await createPartnership();
    const user = await createUser("ACADEMIC", { institutionId: institution.id }, { active: false });
    await expect(
      authenticate({ credentials: { email: user.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    expect(await loadSessionUser({ userId: user.id })).toBeNull();
  });

  it("locks an email after repeated failures, even for the right password, known or not", async () => {
    const { institution } = await createPartnership();
    const user = await createUser("COORDINATOR", { institutionId: institution.id });
    const ghost = `${unique()}@nobody.example`;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await expect(
        authenticate({ credentials: { email: user.email, password: "nope" }, address: null }),
      ).rejects.toThrow(SIGN_IN_FAILED);
      await expect(authenticate({ credentials: { email: ghost, password: "nope" }, address: null })).rejects.toThrow(
        SIGN_IN_FAILED,
      );
    }
    await expect(
      authenticate({ credentials: { email: user.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow(SIGN_IN_LOCKED);
    await expect(authenticate({ credentials: { email: ghost, password: "nope" }, address: null })).rejects.toThrow(
      SIGN_IN_LOCKED,
    );
  });

  it("counts concurrent failures without losing any", async () => {
    const email = `${unique()}@nobody.example`;
    await Promise.allSettled(
      Array.from({ length: 4 }, () => authenticate({ credentials: { email, password: "x" }, address: null })),
    );
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(4);
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
