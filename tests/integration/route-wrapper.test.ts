import { describe, expect, it } from "vitest";
import { definePublicRoute, defineRoute } from "@/lib/routes/route";
import { GET as statementCsv } from "@/app/(expert)/expert/statement/csv/route";
import { GET as calendarIcs } from "@/app/(expert)/expert/bookings/[id]/calendar.ics/route";
import { runAs } from "../helpers/actor";
import { createUser, createWorld } from "../helpers/factories";

const request = (path = "/x") => new Request(`http://localhost${path}`);

const testRoute = defineRoute<"coordinator", { id: string }>(
  { name: "testRoute", area: "coordinator" },
  async ({ user, params }) => {
    if (params.id === "missing") return null;
    if (params.id === "explode") throw new Error("database fell over at secret place");
    return { type: "csv", body: `institution\r\n${user.institutionId}\r\n`, filename: 'a "quoted"/name.csv' };
  },
);
const call = (id: string) => testRoute(request(), { params: Promise.resolve({ id }) });

describe("defineRoute", () => {
  it("answers 401 to signed-out visitors and 403 to other areas, with no-store and nosniff", async () => {
    const world = await createWorld(1);
    const anonymous = await runAs(null, () => call("ok"));
    expect(anonymous.status).toBe(401);
    const expert = await runAs(world.experts[0]!.user, () => call("ok"));
    expect(expert.status).toBe(403);
    for (const response of [anonymous, expert]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("refuses a coordinator without an institution before the handler runs", async () => {
    const response = await runAs(await createUser("COORDINATOR", { institutionId: null }), () => call("ok"));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/not fully set up/);
  });

  it("sends the file with the common download headers and a safe file name", async () => {
    const world = await createWorld(0);
    const response = await runAs(world.coordinator, () => call("ok"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="a--quoted--name.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const body = await response.text();
    expect(body).toContain(world.institution.id);
  });

  it("answers 404 for null and a plain 500 (logged with the route's name) for a crash", async () => {
    const world = await createWorld(0);
    expect((await runAs(world.coordinator, () => call("missing"))).status).toBe(404);
    const crashed = await runAs(world.coordinator, () => call("explode"));
    expect(crashed.status).toBe(500);
    expect(await crashed.text()).not.toContain("secret place");
  });

  it("serves the real downloads through it: the expert's statement and someone else's calendar", async () => {
    const world = await createWorld(2);
    const [mine, theirs] = world.experts;
    const statement = await runAs(mine!.user, () => statementCsv(request("/expert/statement/csv?year=2026")));
    expect(statement.status).toBe(200);
    expect(statement.headers.get("x-content-type-options")).toBe("nosniff");
    expect(statement.headers.get("content-disposition")).toMatch(/^attachment; filename="involve-statement-/);
    const foreign = await runAs(theirs!.user, () =>
      calendarIcs(request("/expert/bookings/nope/calendar.ics"), { params: Promise.resolve({ id: "nope" }) }),
    );
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("definePublicRoute", () => {
  const publicRoute = definePublicRoute<{ id: string }>(
    { name: "testPublicRoute", notFound: "Not found" },
    async ({ params }) => {
      if (params.id === "explode") throw new Error("database fell over at secret place");
      return params.id === "good" ? { type: "calendar", body: "BEGIN:VCALENDAR\r\n", filename: "x.ics" } : null;
    },
  );
  const callPublic = (id: string) => publicRoute(request(), { params: Promise.resolve({ id }) });

  it("needs no session, and answers with the same headers as defineRoute", async () => {
    const response = await runAs(null, () => callPublic("good"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers null with a plain 404 and a crash with a plain 500 that leaks nothing", async () => {
    const missing = await runAs(null, () => callPublic("nope"));
    expect([missing.status, await missing.text()]).toEqual([404, "Not found"]);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
    const crashed = await runAs(null, () => callPublic("explode"));
    expect(crashed.status).toBe(500);
    expect(await crashed.text()).not.toContain("secret place");
  });
});
