/** The coordinator's feedback report: each session of their university with the feedback on it. */
import "server-only";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paged } from "@/lib/pagination";
import { coordinatorSessions } from "./summaries";

/** Sessions in the year with any feedback, newest first, with every piece of it and who gave it. */
export async function listSessionFeedback(
  { user, academicYear, page, size }: { user: CoordinatorCaller; academicYear: string; page: number; size: number },
  db: DbClient = defaultDb,
) {
  const where: Prisma.SessionWhereInput = {
    ...coordinatorSessions(user, academicYear),
    OR: [{ feedback: { some: { authorRole: "ACADEMIC" } } }, { expertFeedback: { some: {} } }],
  };
  const [items, total] = await Promise.all([
    db.session.findMany({
      where,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        opportunity: { select: { id: true, title: true, module: { select: { code: true, title: true } } } },
        feedback: {
          where: { authorRole: "ACADEMIC" },
          select: { id: true, rating: true, text: true, shareWithExperts: true, author: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        },
        expertFeedback: {
          select: {
            id: true,
            prepared: true,
            treatedWell: true,
            worthIt: true,
            paidOnTime: true,
            comments: true,
            anonymous: true,
            expert: { select: { id: true, user: { select: { name: true } } } },
          },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
    }),
    db.session.count({ where }),
  ]);
  return paged(items, total, page, size);
}

export type SessionFeedback = Awaited<ReturnType<typeof listSessionFeedback>>["items"][number];
