/** Involvement figures for an academic's modules: one module query and one grouped count. */
import "server-only";
import type { AcademicCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { ledBy, listLedModules } from "@/lib/modules/queries";
import { summarise, toGroups } from "./summary";

/** One page of the modules an academic leads (one year or all), each with hours per stage. */
export async function moduleSummaries(
  options: { user: AcademicCaller; academicYear?: string; skip?: number; take?: number },
  db: DbClient = defaultDb,
) {
  const [modules, total] = await listLedModules(options, db);
  const groups = modules.length
    ? await db.involvementRecord.groupBy({
        by: ["moduleId", "stage"],
        where: { moduleId: { in: modules.map((m) => m.id) } },
        _sum: { minutes: true },
        _count: { _all: true },
      })
    : [];
  return { ...summarise(modules, toGroups(groups)), total };
}

/** The whole academic year's report (not paged: the totals must cover every module). */
export async function involvementReport(
  { user, academicYear }: { user: AcademicCaller; academicYear: string },
  db: DbClient = defaultDb,
) {
  const [[modules], groups] = await Promise.all([
    listLedModules({ user, academicYear }, db),
    db.involvementRecord.groupBy({
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
export async function moduleStageSummary(
  { user, moduleId }: { user: AcademicCaller; moduleId: string },
  db: DbClient = defaultDb,
) {
  const groups = await db.involvementRecord.groupBy({
    by: ["moduleId", "stage"],
    where: { moduleId, module: ledBy(user) },
    _sum: { minutes: true },
    _count: { _all: true },
  });
  const [row] = summarise([{ id: moduleId }], toGroups(groups)).rows;
  return row!;
}
