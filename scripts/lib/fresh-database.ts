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
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
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
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
