/**
 * The one way Involve tells someone something: every notification is written here, in the same
 * transaction as the change it describes, together with its email (or a call to make, per the
 * person's contact preference) and the job that delivers it — so a rolled-back decision never
 * tells anyone anything, and a committed one reaches people outside the app too.
 */
import "server-only";
import type { DbClient } from "@/lib/db";
import { queueMessages, type MessageInput } from "@/lib/messages/queue";

export type NotificationInput = Omit<MessageInput, "subject"> & {
  /** The in-app title, and the email's subject. */
  title: string;
  /** false: email only (e.g. a digest that repeats what is already on the dashboard). */
  inApp?: boolean;
};

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
  const written = await queueMessages(
    list.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      subject: n.title,
      body: n.body,
      link: n.link,
      linkLabel: n.linkLabel,
      institutionId: n.institutionId,
      dedupeKey: n.dedupeKey,
    })),
    tx,
  );
  // A repeated dedupeKey (a reminder another worker already wrote) tells nobody anything twice.
  const inApp = list.filter((n, i) => written[i] && n.inApp !== false);
  if (!inApp.length) return { count: 0 };
  return tx.notification.createMany({ data: inApp.map(row) });
}
