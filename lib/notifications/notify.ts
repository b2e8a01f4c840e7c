/**
 * In-app notifications, written in the same transaction as the change they describe so a
 * rolled-back decision never tells anyone anything.
 */
import type { DbClient } from "@/lib/db";

export function notify(tx: DbClient, userId: string, title: string, body: string, link?: string | null) {
  return tx.notification.create({
    data: { userId, title: title.slice(0, 200), body: body.slice(0, 2000), link: link ?? null },
  });
}

/** Many notifications at once (e.g. everyone on a cancelled session). */
export function notifyMany(
  tx: DbClient,
  items: { userId: string; title: string; body: string; link?: string | null }[],
) {
  if (!items.length) return Promise.resolve({ count: 0 });
  return tx.notification.createMany({
    data: items.map((n) => ({
      userId: n.userId,
      title: n.title.slice(0, 200),
      body: n.body.slice(0, 2000),
      link: n.link ?? null,
    })),
  });
}
