/**
 * The job queues and how each retries. One list, used by the app (which only adds jobs, inside
 * its own transactions) and by the worker (which runs them).
 */
import type { Queue } from "pg-boss";

export const QUEUES = {
  /** One email: { messageId }. Retried with backoff; the Message row keeps the status. */
  deliverMessage: {
    name: "deliver-message",
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    // A delivery still running after this is taken to be dead (its worker killed) and is retried;
    // the mail transport's own timeouts (lib/email/transport.ts) end well before it.
    expireInSeconds: 120,
  },
  /** Reminders two days before confirmed sessions; check-ins the day after attended ones. */
  sessionMessages: { name: "session-messages", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  /** Coordinators: places asked for (hourly) and the daily summary. */
  coordinatorDigests: { name: "coordinator-digests", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  /** Nightly: deletes what is past its retention (lib/retention/purge.ts). A missed run is caught up by the next. */
  purgeExpired: { name: "purge-expired", retryLimit: 2, retryDelay: 300, expireInSeconds: 1800 },
} as const satisfies Record<string, Queue>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];
