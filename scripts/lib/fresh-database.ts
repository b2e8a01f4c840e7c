/**
 * A fresh, migrated database for a test or benchmark run: a new database on the configured
 * PostgreSQL server (which must be on this machine: assert-local-database.ts), or a new in-memory
 * embedded PostgreSQL when DATABASE_URL is unset. Whatever is created is registered with onExit at
 * once, so it is dropped however the script ends (exit, failure, thrown error, Ctrl-C, SIGTERM).
 */
import { createServer } from "node:net";
import pg from "pg";
import { applyMigrations } from "../db/engine";
import { assertLocalDatabase } from "./assert-local-database";
import { embeddedUrl, startEmbeddedServer } from "./database-url";
import { onExit } from "./exit";

export type FreshDatabase = {
  name: string;
  url: string;
  /** True for the in-memory embedded PostgreSQL (set DATABASE_EMBEDDED=1 for processes using it). */
  embedded: boolean;
  /** Drops the database now (and no longer at exit). */
  drop: () => Promise<void>;
  /** Keeps the database: it is no longer dropped at exit. */
  keep: () => void;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * `remove` runs once: through drop(), or at exit unless keep() was called. It stays registered
 * until it has finished, so an exit that starts meanwhile waits for the same removal.
 */
function handle(name: string, url: string, embedded: boolean, remove: () => Promise<void>): FreshDatabase {
  let removal: Promise<void> | null = null;
  const once = () => (removal ??= remove());
  const unregister = onExit(embedded ? "stop the embedded test database" : `drop database ${name}`, once);
  return {
    name,
    url,
    embedded,
    drop: async () => {
      await once();
      unregister();
    },
    keep: () => {
      unregister();
      removal = Promise.resolve();
    },
  };
}

export async function freshDatabase(prefix: string): Promise<FreshDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const port = await freePort();
    const stop = await startEmbeddedServer("memory://", port);
    const database = handle("memory://", embeddedUrl(port), true, stop);
    await applyMigrations(database.url);
    return database;
  }
  return createDatabaseOn(base, `${prefix}_${Date.now()}_${process.pid}`);
}

/**
 * A new database called `name` on the (local) server of `serverUrl`: migrated, unless
 * `migrate: false` (the scale-out check migrates it itself, from two processes at once).
 */
export async function createDatabaseOn(
  serverUrl: string,
  name: string,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<FreshDatabase> {
  assertLocalDatabase(serverUrl);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Registered before CREATE DATABASE is sent (the drop says IF EXISTS), so no moment leaves it behind.
  let sent = false;
  const database = handle(name, url.toString(), false, async () => {
    if (!sent) return;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    sent = true;
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  if (migrate) await applyMigrations(database.url);
  return database;
}
