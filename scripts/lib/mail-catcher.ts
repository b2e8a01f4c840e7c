/**
 * A real SMTP server on 127.0.0.1 (nodemailer's own `smtp-server`) that keeps every message it
 * receives, parsed with `mailparser`. Tests assert on what it received; the e2e runner starts one
 * and appends each message to a JSON-lines file the browser tests read.
 */
import { appendFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = {
  messageId: string;
  involveId: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
};

export type MailCatcher = {
  port: number;
  url: string;
  messages: CaughtMail[];
  /** Resolves when at least `count` messages (matching `filter`) have arrived; rejects after `timeoutMs`. */
  waitFor: (
    count: number,
    options?: { timeoutMs?: number; filter?: (m: CaughtMail) => boolean },
  ) => Promise<CaughtMail[]>;
  close: () => Promise<void>;
};

export type MailCatcherOptions = {
  port?: number;
  /** Append each message as one JSON line here. */
  file?: string;
  /** Called before accepting each recipient (before any of the message is sent): throw or wait. */
  beforeRecipient?: (address: string) => Promise<void> | void;
  /** Called before accepting each message's data: throw (an SMTP error) or wait (a slow server). */
  beforeAccept?: (recipients: string[]) => Promise<void> | void;
};

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    banner: "Involve test mail server",
    onRcptTo(address, _session, callback) {
      Promise.resolve(options.beforeRecipient?.(address.address)).then(
        () => callback(),
        (error: Error) => callback(error),
      );
    },
    onData(stream, session, callback) {
      const recipients = session.envelope.rcptTo.map((r) => r.address);
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        try {
          await options.beforeAccept?.(recipients);
          const parsed = await simpleParser(Buffer.concat(chunks));
          const mail: CaughtMail = {
            messageId: parsed.messageId ?? "",
            involveId: String(parsed.headers.get("x-involve-message") ?? ""),
            to: recipients,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date().toISOString(),
          };
          messages.push(mail);
          if (options.file) appendFileSync(options.file, `${JSON.stringify(mail)}\n`);
          for (const wake of waiters) wake();
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  const waitFor: MailCatcher["waitFor"] = (count, { timeoutMs = 15_000, filter = () => true } = {}) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.filter(filter);
        if (found.length >= count) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(
          new Error(`Expected ${count} emails within ${timeoutMs} ms; received ${messages.filter(filter).length}`),
        );
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
