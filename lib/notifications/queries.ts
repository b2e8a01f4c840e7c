/** The signed-in person's own in-app messages. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

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
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, total };
}
