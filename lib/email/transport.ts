/**
 * The mail server, from configuration: SMTP_URL (e.g. smtp://user:pass@smtp.example.ac.uk:587)
 * and EMAIL_FROM. Without SMTP_URL there is no transport: messages are kept as NOT_SENT and
 * shown on the "Sent messages" page, so a newcomer on the embedded default sees what would go out.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export type Mailer = { transport: Transporter; from: string };

export const DEFAULT_FROM = "Involve <no-reply@involve.invalid>";

export function createMailer(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const transport = nodemailer.createTransport({
    url,
    // Well below the delivery job's expiry, so a stuck server fails the attempt instead of
    // letting a second worker take the message over while this one is still talking to it.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return { transport, from: env.EMAIL_FROM?.trim() || DEFAULT_FROM };
}

/** Is a mail server set up? Without one, emails are kept as NOT_SENT for the "Sent messages" page. */
export function mailServerConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}
