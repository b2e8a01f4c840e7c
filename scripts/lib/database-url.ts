/**
 * Every script asks here for its database. With DATABASE_URL set, that PostgreSQL is used.
 * Without it, Involve uses an embedded PostgreSQL (PGlite) persisted under `.data/`, served
 * on a local port with pglite-socket so the app always talks through adapter-pg and only
 * the URL differs. If another Involve process already serves the embedded database, reuse it:
 * one process owns a PGlite data directory at a time.
 */
import "./load-env";
import { mkdirSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
const EMBEDDED_DIR = path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data/pglite");

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function embeddedUrl(port = EMBEDDED_PORT): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export async function startEmbeddedServer(dataDir: string, port: number): Promise<() => Promise<void>> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return async () => {
    await server.stop();
    await db.close();
  };
}

/** Resolve the database for this process, starting the embedded one when needed. */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };

  const url = embeddedUrl();
  if (await portAnswers(EMBEDDED_PORT)) {
    process.env.DATABASE_URL = url;
    return { url, embedded: true, stop: async () => {} };
  }
  const stop = await startEmbeddedServer(EMBEDDED_DIR, EMBEDDED_PORT);
  process.env.DATABASE_URL = url;
  console.log(`Embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), EMBEDDED_DIR)} on port ${EMBEDDED_PORT}`);
  return { url, embedded: true, stop };
}
