import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction, MESSAGES } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { actAs } from "../helpers/actor";
import { createPartnership, createUser, form, idle, unique } from "../helpers/factories";

const renamePartnership = defineAction(
  {
    roles: ["COORDINATOR"],
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
