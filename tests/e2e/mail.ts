/**
 * The emails the e2e runner's SMTP server received (scripts/e2e.ts appends each one, as a JSON
 * line, to E2E_MAIL_FILE). A real worker delivers them, so tests poll until theirs arrives.
 */
import { existsSync, readFileSync } from "node:fs";
import type { CaughtMail } from "@/scripts/lib/mail-catcher";

export function receivedEmails(): CaughtMail[] {
  const file = process.env.E2E_MAIL_FILE;
  if (!file) throw new Error("E2E_MAIL_FILE is not set: run the browser tests with npm run test:e2e");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CaughtMail);
}

/** The first email to `to` that matches, polling until it arrives (up to `timeoutMs`). */
export async function waitForEmail({
  to,
  subject,
  timeoutMs = 20_000,
}: {
  to: string;
  subject?: string;
  timeoutMs?: number;
}): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = receivedEmails().find((m) => m.to.includes(to) && (subject === undefined || m.subject === subject));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`No email to ${to}${subject ? ` with subject "${subject}"` : ""} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first address in an email's plain text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}\\S*`).exec(text);
  if (!match) throw new Error(`No link starting ${prefix} in:\n${text}`);
  return match[0];
}
