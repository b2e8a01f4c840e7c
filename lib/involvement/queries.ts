/** A module's involvement log, as its leader sees it. */
import "server-only";
import type { AcademicCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { ledBy } from "@/lib/modules/queries";

/**
 * One page of a module's records, in stage order then date. Session records carry the
 * opportunity's title; nothing about who the experts were, only how many.
 */
export async function listModuleRecords(
  {
    user,
    moduleId,
    stage,
    skip,
    take,
  }: { user: AcademicCaller; moduleId: string; stage?: InvolvementStage; skip: number; take: number },
  db: DbClient = defaultDb,
) {
  const where = { moduleId, module: ledBy(user), ...(stage ? { stage } : {}) };
  const [items, total] = await Promise.all([
    db.involvementRecord.findMany({
      where,
      select: {
        id: true,
        date: true,
        stage: true,
        participationLevel: true,
        minutes: true,
        description: true,
        expertCount: true,
        sessionId: true,
        loggedById: true,
        session: { select: { id: true, startsAt: true, opportunity: { select: { title: true } } } },
      },
      // Postgres sorts enums in declaration order, which is the order of the stages.
      orderBy: [{ stage: "asc" }, { date: "asc" }, { createdAt: "asc" }],
      skip,
      take,
    }),
    db.involvementRecord.count({ where }),
  ]);
  return { items, total };
}

export type ModuleRecord = Awaited<ReturnType<typeof listModuleRecords>>["items"][number];
