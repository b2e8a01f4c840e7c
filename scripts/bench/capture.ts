/**
 * A pass-through PostgreSQL proxy that records the SQL (and bound parameters) the app sends, so
 * EXPLAIN runs on exactly the queries a page makes, not on a hand-written copy of them. It reads
 * the frontend messages Parse ('P'), Bind ('B') and Query ('Q') and forwards every byte unchanged.
 * Used only for the capture phase, never during the load test.
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export type Statement = { sql: string; params: (string | null)[] };

export class SqlCapture {
  statements: Statement[] = [];
  private server: Server | null = null;
  private sockets = new Set<Socket>();

  constructor(private upstream: { host: string; port: number }) {}

  async listen(port: number): Promise<void> {
    this.server = createServer((client) => this.relay(client));
    await new Promise<void>((resolve, reject) => {
      this.server?.once("error", reject);
      this.server?.listen(port, "127.0.0.1", resolve);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: Socket) {
    const server = connect(this.upstream);
    this.sockets.add(client).add(server);
    server.on("data", (chunk) => client.write(chunk));
    server.on("close", () => client.destroy());
    client.on("close", () => server.destroy());
    server.on("error", () => client.destroy());
    client.on("error", () => server.destroy());

    let buffer = Buffer.alloc(0);
    let started = false;
    const named = new Map<string, string>();
    let unnamed = "";
    client.on("data", (chunk) => {
      server.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          // Startup (or SSLRequest) message: length, then payload, no type byte.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // SSLRequest is followed by the real startup
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0] ?? 0);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const body = buffer.subarray(5, 1 + length);
        buffer = buffer.subarray(1 + length);
        try {
          if (type === "Q") this.statements.push({ sql: cstring(body, 0).text, params: [] });
          if (type === "P") {
            const name = cstring(body, 0);
            const sql = cstring(body, name.next).text;
            if (name.text) named.set(name.text, sql);
            else unnamed = sql;
          }
          if (type === "B") {
            const portal = cstring(body, 0);
            const statement = cstring(body, portal.next);
            this.statements.push({
              sql: statement.text ? (named.get(statement.text) ?? "") : unnamed,
              params: bindParams(body, statement.next),
            });
          }
        } catch {
          // A message we could not read is still forwarded; it just is not recorded.
        }
      }
    });
  }
}

function cstring(body: Buffer, offset: number): { text: string; next: number } {
  const end = body.indexOf(0, offset);
  return { text: body.toString("utf8", offset, end), next: end + 1 };
}

function bindParams(body: Buffer, offset: number): (string | null)[] {
  let at = offset;
  const formatCount = body.readInt16BE(at);
  at += 2;
  const formats: number[] = [];
  for (let i = 0; i < formatCount; i++, at += 2) formats.push(body.readInt16BE(at));
  const count = body.readInt16BE(at);
  at += 2;
  const params: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(at);
    at += 4;
    if (length < 0) {
      params.push(null);
      continue;
    }
    const binary = (formats.length === 1 ? formats[0] : formats[i]) === 1;
    params.push(binary ? `\\x${body.toString("hex", at, at + length)}` : body.toString("utf8", at, at + length));
    at += length;
  }
  return params;
}
