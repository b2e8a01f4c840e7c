/** The signed-in person's own in-app messages: every query is scoped by their user id. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { paged, pageFrom } from "@/lib/pagination";

const FIELDS = { id: true, title: true, body: true, link: true, createdAt: true, readAt: true } as const;

export async function findUnreadNotifications(
  { userId, take = 5 }: { userId: string; take?: number },
  db: DbClient = defaultDb,
) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId, readAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, body: true, link: true, createdAt: true },
    }),
    countUnreadNotifications({ userId }, db),
  ]);
  return { items, total };
}

/** The number beside "Messages" in every area's navigation. */
export function countUnreadNotifications({ userId }: { userId: string }, db: DbClient = defaultDb) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export const NOTIFICATIONS_PER_PAGE = 20;

/** All of the person's messages, newest first, a page at a time, with how many are unread. */
export async function listNotifications(
  { userId, page: rawPage }: { userId: string; page?: string | string[] },
  db: DbClient = defaultDb,
) {
  const { page, skip, take, size } = pageFrom(rawPage, NOTIFICATIONS_PER_PAGE);
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip,
      take,
      select: FIELDS,
    }),
    db.notification.count({ where: { userId } }),
    countUnreadNotifications({ userId }, db),
  ]);
  return { ...paged(items, total, page, size), unread };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>["items"][number];
