/**
 * The one way Involve tells someone something: every notification is written here, in the same
 * transaction as the change it describes, so a rolled-back decision never tells anyone anything.
 * (Email delivery will hang off these rows; nothing else may create notifications.)
 */
import "server-only";
import type { DbClient } from "@/lib/db";

export type NotificationInput = { userId: string; title: string; body: string; link?: string | null };

const row = (n: NotificationInput) => ({
  userId: n.userId,
  title: n.title.slice(0, 200),
  body: n.body.slice(0, 2000),
  link: n.link ?? null,
});

/** One notification or many (e.g. everyone on a cancelled session); the client comes last. */
export async function notify(messages: NotificationInput | readonly NotificationInput[], tx: DbClient) {
  const list = [messages].flat() as NotificationInput[];
  if (!list.length) return { count: 0 };
  return tx.notification.createMany({ data: list.map(row) });
}
