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
import type { PGlite } from "@electric-sql/pglite";
import { onExit } from "./exit";

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

/** Message types that end a request in the wire protocol: Sync, Query, Terminate, CopyDone, CopyFail, password. */
const ENDS_REQUEST = new Set(["S", "Q", "X", "c", "f", "p"]);

/**
 * PGlite is one PostgreSQL backend. pglite-socket 0.2.17 queues the messages of all connections
 * and runs them one at a time, keeping one connection's turn only inside a transaction block. An
 * extended-protocol query (Parse, Bind, Describe, Execute, Sync: what `pg` sends for every query
 * with parameters) is several messages, so two connections' queries interleaved and bound each
 * other's statements ("bind message supplies 5 parameters, but prepared statement requires 4",
 * "unnamed prepared statement does not exist") under concurrent load. This view of the database
 * reports "in a transaction" from a connection's first message until the one that ends its
 * request, so the socket server keeps that connection's turn until its query is complete.
 */
export function oneRequestAtATime(db: PGlite): PGlite {
  let midRequest = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => midRequest || target.isInTransaction();
      if (property === "execProtocolRawStream")
        return (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          // A startup packet begins with its length (first byte 0) and ends its own request.
          const type = message[0] ? String.fromCharCode(message[0]) : "";
          midRequest = type !== "" && !ENDS_REQUEST.has(type);
          return target.execProtocolRawStream(message, options);
        };
      if (property === "exec")
        // The server runs ROLLBACK through exec() when a connection closes mid-request.
        return (...args: Parameters<PGlite["exec"]>) => {
          midRequest = false;
          return target.exec(...args);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function startEmbeddedServer(dataDir: string, port: number): Promise<() => Promise<void>> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db: oneRequestAtATime(db), port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return async () => {
    await server.stop();
    await db.close();
  };
}

/**
 * Resolve the database for this process, starting the embedded one when needed. Sets DATABASE_URL
 * and, for the embedded database, DATABASE_EMBEDDED=1 (lib/db.ts gives transactions longer to
 * start: the embedded database runs one at a time), for this process and the ones it starts.
 * An embedded database this process started is stopped when it exits (scripts/lib/exit.ts).
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };

  const url = embeddedUrl();
  process.env.DATABASE_EMBEDDED = "1";
  if (await portAnswers(EMBEDDED_PORT)) {
    process.env.DATABASE_URL = url;
    console.log(`Using the embedded PostgreSQL another Involve process serves on port ${EMBEDDED_PORT}`);
    return { url, embedded: true, stop: async () => {} };
  }
  const stopServer = await startEmbeddedServer(EMBEDDED_DIR, EMBEDDED_PORT);
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= stopServer());
  const unregister = onExit("stop the embedded database", stop);
  process.env.DATABASE_URL = url;
  console.log(`Embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), EMBEDDED_DIR)} on port ${EMBEDDED_PORT}`);
  return {
    url,
    embedded: true,
    stop: async () => {
      await stop();
      unregister();
    },
  };
}
