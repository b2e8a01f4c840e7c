/**
 * The health probes on the real database: GET /api/health answers without touching the database;
 * GET /api/ready answers 200 on the migrated test database and 503 — with a body that says
 * nothing else — when a migration is missing, unfinished or rolled back, when nothing listens on
 * the database's port, and when the database accepts the connection but never answers.
 */
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { createPrismaClient, db, type Db, type DbClient } from "@/lib/db";
import { checkReadiness, migrationNames, READINESS_TIMEOUT_MS } from "@/lib/health/readiness";
import { captureLogs } from "@/lib/log/logger";
import { defineProbeRoute } from "@/lib/routes/route";

/** The one client of the app (lib/db keeps it on globalThis); swapped here to point the real route elsewhere. */
const appClient = globalThis as unknown as { involveDb?: Db };

async function withAppDatabase<T>(client: DbClient, run: () => Promise<T>): Promise<T> {
  const saved = appClient.involveDb;
  appClient.involveDb = client as Db;
  try {
    return await run();
  } finally {
    appClient.involveDb = saved;
  }
}

/** Status, headers and the body as text, as curl would show them. */
async function probe(route: () => Promise<Response>) {
  const response = await route();
  return {
    status: response.status,
    body: await response.text(),
    cacheControl: response.headers.get("cache-control"),
    contentType: response.headers.get("content-type"),
  };
}

const NOT_READY = { status: 503, body: '{"status":"not ready"}', cacheControl: "no-store" };

/** Nothing a caller could learn from: no error text, driver, host, port, SQL or migration name. */
function expectNothingRevealed(body: string) {
  expect(body).not.toMatch(/error|prisma|postgres|sql|select|migration|ECONN|127\.0\.0\.1|localhost|\d{14}_|\bat /i);
}

/** A port nothing listens on: opened, noted and closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A "database" that accepts connections and never says a word back, like a hung server. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

class Rollback extends Error {}

/** Runs `check` inside a transaction that first runs `change` on _prisma_migrations, then undoes it all. */
async function withMigrationHistoryChanged(
  change: (tx: DbClient) => Promise<unknown>,
  check: (tx: DbClient) => Promise<void>,
) {
  await db
    .$transaction(async (tx) => {
      await change(tx);
      await check(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.stop();
});
const reasons = () => logs.lines.filter((l) => l.probe === "ready").map((l) => l.reason);

const clients: Db[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
});
function clientOn(port: number): Db {
  const client = createPrismaClient(`postgresql://postgres@127.0.0.1:${port}/involve?sslmode=disable`);
  clients.push(client);
  return client;
}

describe("GET /api/health", () => {
  it('answers 200 {"status":"ok"}, not cached', async () => {
    expect(await probe(health)).toEqual({
      status: 200,
      body: '{"status":"ok"}',
      cacheControl: "no-store",
      contentType: "application/json",
    });
  });

  it("never touches the database: it answers the same with no database at all", async () => {
    const noDatabase = new Proxy({} as Db, {
      get() {
        throw new Error("/api/health asked the database for something");
      },
    });
    expect(await withAppDatabase(noDatabase, () => probe(health))).toMatchObject({
      status: 200,
      body: '{"status":"ok"}',
    });
  });
});

describe("GET /api/ready", () => {
  it('answers 200 {"status":"ready"} on the migrated test database, not cached', async () => {
    expect(await probe(ready)).toEqual({
      status: 200,
      body: '{"status":"ready"}',
      cacheControl: "no-store",
      contentType: "application/json",
    });
    expect(reasons()).toEqual([]);
  });

  it("knows the migration folders of prisma/migrations, each with a finished row in the test database", async () => {
    const names = migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toContain("20261123191653_init");
    expect(await checkReadiness()).toEqual({ ready: true });
  });

  it("answers 503 when a migration's row is missing, and logs which one without showing it", async () => {
    const [first] = migrationNames();
    await withMigrationHistoryChanged(
      (tx) => tx.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${first}`,
      async (tx) => {
        const answer = await withAppDatabase(tx, () => probe(ready));
        expect(answer).toMatchObject(NOT_READY);
        expectNothingRevealed(answer.body);
      },
    );
    expect(reasons()).toHaveLength(1);
    expect(String(reasons()[0])).toMatch(/^1 migration\(s\) not applied, first 20261123191653_init/);
  });

  it("counts a rolled-back or unfinished migration as not applied", async () => {
    const [, second, third] = migrationNames();
    await withMigrationHistoryChanged(
      (tx) => tx.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${second}`,
      async (tx) => expect(await checkReadiness({ db: tx })).toMatchObject({ ready: false }),
    );
    await withMigrationHistoryChanged(
      (tx) => tx.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${third}`,
      async (tx) => expect(await checkReadiness({ db: tx })).toMatchObject({ ready: false }),
    );
  });

  it("answers 503 when the code has a migration the database has not had", async () => {
    const readiness = await checkReadiness({ migrations: [...migrationNames(), "29991231000000_not_yet_applied"] });
    expect(readiness).toEqual({ ready: false, reason: expect.stringMatching(/1 migration\(s\) not applied/) });
    expect(await checkReadiness({ migrations: [] })).toMatchObject({ ready: false });
  });

  it("answers 503 when the database has no migration history at all", async () => {
    await withMigrationHistoryChanged(
      (tx) => tx.$executeRaw`ALTER TABLE _prisma_migrations RENAME TO _prisma_migrations_gone`,
      async (tx) =>
        expect(await checkReadiness({ db: tx })).toEqual({
          ready: false,
          reason: "migration history unreadable (42P01)",
        }),
    );
  });

  it("answers 503 when nothing listens on the database's port, revealing nothing", async () => {
    const unreachable = clientOn(await closedPort());
    const answer = await withAppDatabase(unreachable, () => probe(ready));
    expect(answer).toMatchObject(NOT_READY);
    expectNothingRevealed(answer.body);
    expect(reasons()).toEqual(["database unreachable (DatabaseNotReachable)"]);
  });

  it(`answers 503 within about ${READINESS_TIMEOUT_MS} ms when the database accepts but never answers`, async () => {
    const hung = await silentServer();
    try {
      const client = clientOn(hung.port);
      const started = Date.now();
      const answer = await withAppDatabase(client, () => probe(ready));
      const took = Date.now() - started;
      expect(answer).toMatchObject(NOT_READY);
      expect(took).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 50);
      expect(took).toBeLessThan(READINESS_TIMEOUT_MS + 2_000);
      expect(reasons()).toEqual([`database did not answer within ${READINESS_TIMEOUT_MS} ms`]);
      // A shorter limit is honoured too.
      expect(await checkReadiness({ db: client, timeoutMs: 200 })).toEqual({
        ready: false,
        reason: "database did not answer within 200 ms",
      });
    } finally {
      await hung.close();
    }
  });
});

describe("defineProbeRoute", () => {
  it("answers a throwing handler with the fixed 503 body and logs the error on the server only", async () => {
    const route = defineProbeRoute({ name: "testProbe", ok: "fine", failed: "down" }, async () => {
      throw new Error("connect ECONNREFUSED db.internal:5432 for user secret_admin");
    });
    const answer = await probe(route);
    expect(answer).toEqual({
      status: 503,
      body: '{"status":"down"}',
      cacheControl: "no-store",
      contentType: "application/json",
    });
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toMatchObject({ level: "error", route: "testProbe" });
  });
});
