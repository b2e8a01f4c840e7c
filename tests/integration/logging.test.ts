/**
 * The structured logs: one JSON line per action call and per route call, naming the action or
 * route, the user id and the outcome — never what was typed, never the file.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as statementCsv } from "@/app/(expert)/expert/statement/csv/route";
import { defineAction } from "@/lib/actions/action";
import { captureLogs } from "@/lib/log/logger";
import { actAs } from "../helpers/actor";
import { createWorld, form, idle } from "../helpers/factories";

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.stop();
  actAs(null);
});

const SECRET_TEXT = "Dr Jane Example, jane@example.org, sectioned in 2019";

const noteAction = defineAction(
  { name: "testNote", area: "coordinator", schema: z.object({ note: z.string().min(1).max(20) }) },
  async ({ note }) => {
    if (note === "boom") throw new Error(`database said no about ${SECRET_TEXT}`);
  },
);

describe("action log lines", () => {
  it("names the action, the user and the outcome, and never the values typed", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    await noteAction(idle, form({ note: "fine" }));
    await noteAction(idle, form({ note: SECRET_TEXT }));
    actAs(null);
    await noteAction(idle, form({ note: "fine" }));

    const lines = logs.lines.filter((l) => l.action === "testNote");
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", userId: world.coordinator.id, outcome: "success" }),
      expect.objectContaining({ level: "info", userId: world.coordinator.id, outcome: "INVALID" }),
      expect.objectContaining({ level: "info", userId: null, outcome: "UNAUTHENTICATED" }),
    ]);
    for (const line of lines) {
      expect(typeof line.ms).toBe("number");
      expect(typeof line.time).toBe("string");
    }
    expect(JSON.stringify(logs.lines)).not.toContain("Jane");
  });

  it("logs an unexpected failure as an error with the action's name", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const state = await noteAction(idle, form({ note: "boom" }));
    expect(state.status).toBe("error");
    const [line] = logs.lines.filter((l) => l.action === "testNote");
    expect(line).toMatchObject({ level: "error", userId: world.coordinator.id, outcome: "ERROR" });
    expect(line!.err).toMatchObject({ type: "Error" });
  });
});

describe("route log lines", () => {
  it("names the route, the user and the status, never the file", async () => {
    const world = await createWorld(1);
    const expert = world.experts[0]!.user;
    actAs(expert);
    const response = await statementCsv(new Request("http://localhost/expert/statement/csv"));
    expect(response.status).toBe(200);
    actAs(world.coordinator);
    expect((await statementCsv(new Request("http://localhost/expert/statement/csv"))).status).toBe(403);

    const lines = logs.lines.filter((l) => l.route === "statementCsv");
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", userId: expert.id, status: 200 }),
      expect.objectContaining({ level: "info", userId: world.coordinator.id, status: 403 }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(expert.name);
  });
});
