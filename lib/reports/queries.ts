/** Involvement figures for an academic's modules: one module query and one grouped count. */
import "server-only";
import { db, type DbClient } from "@/lib/db";
import { ledBy, listLedModules, type Leader } from "@/lib/modules/queries";
import { summarise, toGroups } from "./summary";

/** One page of the modules an academic leads (one year or all), each with hours per stage. */
export async function moduleSummaries(
  user: Leader,
  opts: { academicYear?: string; skip?: number; take?: number },
  client: DbClient = db,
) {
  const [modules, total] = await listLedModules(user, opts, client);
  const groups = modules.length
    ? await client.involvementRecord.groupBy({
        by: ["moduleId", "stage"],
        where: { moduleId: { in: modules.map((m) => m.id) } },
        _sum: { minutes: true },
        _count: { _all: true },
      })
    : [];
  return { ...summarise(modules, toGroups(groups)), total };
}

/** The whole academic year's report (not paged: the totals must cover every module). */
export async function involvementReport(user: Leader, academicYear: string, client: DbClient = db) {
  const [[modules], groups] = await Promise.all([
    listLedModules(user, { academicYear }, client),
    client.involvementRecord.groupBy({
      by: ["moduleId", "stage"],
      where: { module: { ...ledBy(user), academicYear } },
      _sum: { minutes: true },
      _count: { _all: true },
    }),
  ]);
  return summarise(modules, toGroups(groups));
}

export type InvolvementReport = Awaited<ReturnType<typeof involvementReport>>;

/** Hours and records per stage for one module the academic leads. */
export async function moduleStageSummary(user: Leader, moduleId: string, client: DbClient = db) {
  const groups = await client.involvementRecord.groupBy({
    by: ["moduleId", "stage"],
    where: { moduleId, module: ledBy(user) },
    _sum: { minutes: true },
    _count: { _all: true },
  });
  const [row] = summarise([{ id: moduleId }], toGroups(groups)).rows;
  return row!;
}
