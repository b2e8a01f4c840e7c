/** A module's involvement log, as its leader sees it. */
import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import type { Leader } from "@/lib/modules/queries";
import { ledBy } from "@/lib/modules/queries";

/**
 * One page of a module's records, in stage order then date. Session records carry the
 * opportunity's title; nothing about who the experts were, only how many.
 */
export async function listModuleRecords(
  user: Leader,
  moduleId: string,
  opts: { stage?: InvolvementStage; skip: number; take: number },
  client: DbClient = db,
) {
  const where = { moduleId, module: ledBy(user), ...(opts.stage ? { stage: opts.stage } : {}) };
  const [items, total] = await Promise.all([
    client.involvementRecord.findMany({
      where,
      select: {
        id: true,
        date: true,
        stage: true,
        minutes: true,
        description: true,
        expertCount: true,
        sessionId: true,
        loggedById: true,
        session: { select: { id: true, startsAt: true, opportunity: { select: { title: true } } } },
      },
      // Postgres sorts enums in declaration order, which is the order of the stages.
      orderBy: [{ stage: "asc" }, { date: "asc" }, { createdAt: "asc" }],
      skip: opts.skip,
      take: opts.take,
    }),
    client.involvementRecord.count({ where }),
  ]);
  return { items, total };
}

export type ModuleRecord = Awaited<ReturnType<typeof listModuleRecords>>["items"][number];
