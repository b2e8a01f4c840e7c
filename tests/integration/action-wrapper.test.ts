import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction, MESSAGES } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { requireArea } from "@/lib/auth/guard";
import { getSessionUser } from "@/lib/auth/session";
import { actAs, runAs } from "../helpers/actor";
import { createPartnership, createUser, form, idle, unique } from "../helpers/factories";

const renamePartnership = defineAction(
  {
    name: "renamePartnership",
    area: "coordinator",
    schema: z.object({
      id: z.string(),
      name: z.string().trim().min(3, "Enter a name of 3 letters or more"),
      password: z.string().optional(),
    }),
  },
  async (input) => {
    if (input.name === "conflict") throw new ActionError("That name is taken.");
    if (input.name === "explode") throw new Error("database fell over");
    await db.partnership.update({ where: { id: input.id }, data: { name: input.name } });
    return { message: "Saved" };
  },
);

describe("defineAction", () => {
  it("refuses anonymous callers and writes nothing", async () => {
    const { partnership } = await createPartnership();
    actAs(null);
    const state = await renamePartnership(idle, form({ id: partnership.id, name: "New name" }));
    expect(state).toMatchObject({ status: "error", code: "UNAUTHENTICATED", message: MESSAGES.signIn });
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).name).toBe(partnership.name);
  });

  it("refuses the wrong role", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("ACADEMIC", { institutionId: institution.id }));
    const state = await renamePartnership(idle, form({ id: partnership.id, name: "New name" }));
    expect(state.code).toBe("FORBIDDEN");
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).name).toBe(partnership.name);
  });

  it("returns field errors and what was typed, never the password", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }));
    const state = await renamePartnership(idle, form({ id: partnership.id, name: "ab", password: "secret" }));
    expect(state).toMatchObject({
      status: "error",
      code: "INVALID",
      fieldErrors: { name: ["Enter a name of 3 letters or more"] },
    });
    expect(state.values).toEqual({ id: partnership.id, name: "ab" });
  });

  it("turns expected refusals into messages and hides unexpected errors", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }));
    expect(await renamePartnership(idle, form({ id: partnership.id, name: "conflict" }))).toMatchObject({
      code: "CONFLICT",
      message: "That name is taken.",
    });
    const hidden = await renamePartnership(idle, form({ id: partnership.id, name: "explode" }));
    expect(hidden).toMatchObject({ code: "ERROR", message: MESSAGES.unexpected });
    expect(JSON.stringify(hidden)).not.toContain("fell over");
  });

  it("runs the action for an allowed, active user", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }));
    const name = unique("Renamed");
    expect(await renamePartnership(idle, form({ id: partnership.id, name }))).toMatchObject({
      status: "success",
      message: "Saved",
    });
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).name).toBe(name);
  });

  it("refuses a deactivated user whose token is still valid", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }, { active: false }));
    expect((await renamePartnership(idle, form({ id: partnership.id, name: "Whatever" }))).code).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("defineAction and hostile text", () => {
  it("refuses NUL characters in any field as a validation error, writing nothing", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }));
    const state = await renamePartnership(idle, form({ id: partnership.id, name: "Bad\u0000name" }));
    expect(state).toMatchObject({
      code: "INVALID",
      fieldErrors: { name: ["Remove the unusual characters from this answer"] },
    });
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).name).toBe(partnership.name);
  });
});

/** Next's forbidden() (a 403 in the running app; outside Next it throws its own error). */
async function expectForbidden(pending: Promise<unknown>) {
  const thrown = await pending.then(
    () => null,
    (error: unknown) => error,
  );
  const text = `${(thrown as { digest?: string })?.digest ?? ""} ${String(thrown)}`;
  expect(text).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403|forbidden\(\)/);
}

describe("area-typed callers", () => {
  const whoAmI = defineAction(
    { name: "whoAmI", area: "coordinator", schema: z.object({}) },
    async (_input, { user }) => ({ data: { institutionId: user.institutionId, partnershipId: user.partnershipId } }),
  );
  const expertOnly = defineAction(
    { name: "expertOnly", area: "expert", schema: z.object({}) },
    async (_input, { user }) => ({ data: { expertId: user.expertId } }),
  );

  it("hands a coordinator's institution and partnership over as strings", async () => {
    const { partnership, institution } = await createPartnership();
    actAs(await createUser("COORDINATOR", { institutionId: institution.id }));
    expect(await whoAmI(idle, form({}))).toMatchObject({
      status: "success",
      data: { institutionId: institution.id, partnershipId: partnership.id },
    });
  });

  it("refuses a coordinator without an institution in the wrapper, before the action runs", async () => {
    actAs(await createUser("COORDINATOR", { institutionId: null }));
    const state = await whoAmI(idle, form({}));
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(state.message).toMatch(/not fully set up/);
  });

  it("refuses a coordinator without an institution in requireArea with a 403", async () => {
    const user = await createUser("COORDINATOR", { institutionId: null });
    await expectForbidden(runAs(user, () => requireArea("coordinator")));
  });

  it("refuses an expert account that has no expert profile", async () => {
    actAs(await createUser("EXPERT", {}));
    expect(await expertOnly(idle, form({}))).toMatchObject({ status: "error", code: "FORBIDDEN" });
    await expectForbidden(runAs(await createUser("EXPERT", {}), () => requireArea("expert")));
  });

  it("lets an admin into the coordinator and admin areas, and a coordinator only into the first", async () => {
    const { institution } = await createPartnership();
    const admin = await createUser("ADMIN", { institutionId: institution.id });
    const coordinator = await createUser("COORDINATOR", { institutionId: institution.id });
    await expect(runAs(admin, () => requireArea("admin"))).resolves.toMatchObject({ role: "ADMIN" });
    await expect(runAs(admin, () => requireArea("coordinator"))).resolves.toMatchObject({
      institutionId: institution.id,
    });
    await expectForbidden(runAs(coordinator, () => requireArea("admin")));
  });
});

describe("the caller travels with each call", () => {
  it("keeps concurrent callers apart even when the server awaits before asking who is calling", async () => {
    const { institution } = await createPartnership();
    const people = await Promise.all(
      [1, 2, 3, 4].map(() => createUser("COORDINATOR", { institutionId: institution.id })),
    );
    const seen = await Promise.all(
      people.map((person, i) =>
        runAs(person, async () => {
          // A later caller starts while this one waits: with a shared variable it would win.
          await new Promise((resolve) => setTimeout(resolve, 40 - i * 10));
          return (await getSessionUser())?.id;
        }),
      ),
    );
    expect(seen).toEqual(people.map((p) => p.id));
  });
});
