/**
 * Debrief tasks as coordinators see them: only their own university's (institutionId is the
 * caller's), open ones urgent first and then by due date, done ones newest first. The private note
 * is read only by findDebriefTask, for the task's own page.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paged, pageFrom } from "@/lib/pagination";

const rowSelect = {
  id: true,
  reason: true,
  requestedByExpert: true,
  urgent: true,
  dueOn: true,
  doneAt: true,
  expertId: true,
  expert: { select: { user: { select: { name: true } } } },
  booking: {
    select: {
      checkInFeeling: true,
      session: { select: { startsAt: true, opportunity: { select: { title: true } } } },
    },
  },
} as const satisfies Prisma.DebriefTaskSelect;

type Row = Prisma.DebriefTaskGetPayload<{ select: typeof rowSelect }>;

const flatten = (t: Row) => ({
  id: t.id,
  reason: t.reason,
  requestedByExpert: t.requestedByExpert,
  urgent: t.urgent,
  dueOn: t.dueOn,
  doneAt: t.doneAt,
  expertId: t.expertId,
  expertName: t.expert.user.name,
  checkInFeeling: t.booking.checkInFeeling,
  sessionStartsAt: t.booking.session.startsAt,
  title: t.booking.session.opportunity.title,
});
export type DebriefRow = ReturnType<typeof flatten>;

const OPEN_ORDER: Prisma.DebriefTaskOrderByWithRelationInput[] = [{ urgent: "desc" }, { dueOn: "asc" }, { id: "asc" }];
const DONE_ORDER: Prisma.DebriefTaskOrderByWithRelationInput[] = [{ doneAt: "desc" }, { id: "asc" }];

/** For the dashboard card: how many are open, urgent and overdue, and the first few to do. */
export async function debriefsForDashboard(
  { institutionId, now = new Date(), take = 5 }: { institutionId: string; now?: Date; take?: number },
  db: DbClient = defaultDb,
) {
  const open = { institutionId, doneAt: null };
  const [total, urgent, overdue, items] = await Promise.all([
    db.debriefTask.count({ where: open }),
    db.debriefTask.count({ where: { ...open, urgent: true } }),
    db.debriefTask.count({ where: { ...open, dueOn: { lt: now } } }),
    db.debriefTask.findMany({ where: open, orderBy: OPEN_ORDER, take, select: rowSelect }),
  ]);
  return { total, urgent, overdue, items: items.map(flatten) };
}

export type DebriefTab = "open" | "done";
export const tabFrom = (raw: string | string[] | undefined): DebriefTab =>
  (Array.isArray(raw) ? raw[0] : raw) === "done" ? "done" : "open";

/** The list page: one tab at a time, paginated, with both tabs' counts. */
export async function listDebriefTasks(
  {
    institutionId,
    tab,
    page: rawPage,
  }: { institutionId: string; tab: DebriefTab; page: string | string[] | undefined },
  db: DbClient = defaultDb,
) {
  const { page, skip, take, size } = pageFrom(rawPage);
  const where: Prisma.DebriefTaskWhereInput = { institutionId, doneAt: tab === "open" ? null : { not: null } };
  const [rows, open, done] = await Promise.all([
    db.debriefTask.findMany({
      where,
      orderBy: tab === "open" ? OPEN_ORDER : DONE_ORDER,
      skip,
      take,
      select: rowSelect,
    }),
    db.debriefTask.count({ where: { institutionId, doneAt: null } }),
    db.debriefTask.count({ where: { institutionId, doneAt: { not: null } } }),
  ]);
  return { ...paged(rows.map(flatten), tab === "open" ? open : done, page, size), counts: { open, done } };
}

/** One task of the caller's university, with everything its page shows (the private note too). */
export async function findDebriefTask(
  { institutionId, taskId }: { institutionId: string; taskId: string },
  db: DbClient = defaultDb,
) {
  const task = await db.debriefTask.findFirst({
    where: { id: taskId, institutionId },
    select: {
      id: true,
      reason: true,
      requestedByExpert: true,
      expertNote: true,
      urgent: true,
      dueOn: true,
      createdAt: true,
      doneAt: true,
      privateNote: true,
      doneBy: { select: { name: true } },
      expert: {
        select: {
          id: true,
          user: { select: { name: true, email: true, phone: true, contactPreference: true } },
        },
      },
      booking: {
        select: {
          id: true,
          status: true,
          checkInFeeling: true,
          checkInAnsweredAt: true,
          session: {
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              opportunity: {
                select: {
                  id: true,
                  title: true,
                  sensitiveTopic: true,
                  sensitiveTopicNote: true,
                  contact: { select: { name: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  return task;
}
export type DebriefTaskDetail = NonNullable<Awaited<ReturnType<typeof findDebriefTask>>>;
