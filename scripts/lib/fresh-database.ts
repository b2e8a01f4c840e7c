/**
 * A fresh, migrated database for a test run: a new database on the configured PostgreSQL
 * server, or a new in-memory embedded PostgreSQL when DATABASE_URL is unset.
 */
import { createServer } from "node:net";
import pg from "pg";
import { applyMigrations } from "../db/engine";
import { embeddedUrl, startEmbeddedServer } from "./database-url";

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

export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const port = await freePort();
    const stop = await startEmbeddedServer("memory://", port);
    const url = embeddedUrl(port);
    await applyMigrations(url);
    return { url, drop: stop };
  }
  return createDatabaseOn(base, `${prefix}_${Date.now()}_${process.pid}`);
}

/** A new, migrated database called `name` on the server of `serverUrl`; `drop` removes it. */
export async function createDatabaseOn(
  serverUrl: string,
  name: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
