/** Involvement per module and stage, from integer minutes; pure so the page, home and CSV agree. */
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { minutesToHours } from "@/lib/format";
import { STAGE } from "@/lib/labels";

/** The six stages in the order regulators list them. */
export const STAGES = Object.keys(STAGE) as InvolvementStage[];

export type StageCell = { minutes: number; records: number };
export type StageGroup = { moduleId: string; stage: InvolvementStage; minutes: number; records: number };
export type SummaryRow<M> = {
  module: M;
  stages: Record<InvolvementStage, StageCell>;
  total: StageCell;
  /** Stages with no involvement at all: what the academic should look at. */
  gaps: InvolvementStage[];
};

const emptyStages = () =>
  Object.fromEntries(STAGES.map((s) => [s, { minutes: 0, records: 0 }])) as Record<InvolvementStage, StageCell>;

export function summarise<M extends { id: string }>(modules: readonly M[], groups: readonly StageGroup[]) {
  const byModule = new Map<string, SummaryRow<M>>();
  for (const m of modules)
    byModule.set(m.id, { module: m, stages: emptyStages(), total: { minutes: 0, records: 0 }, gaps: [] });
  const totals = { stages: emptyStages(), total: { minutes: 0, records: 0 } };
  for (const g of groups) {
    const row = byModule.get(g.moduleId);
    if (!row) continue;
    for (const cell of [row.stages[g.stage], row.total, totals.stages[g.stage], totals.total]) {
      cell.minutes += g.minutes;
      cell.records += g.records;
    }
  }
  const rows = [...byModule.values()];
  for (const row of rows) row.gaps = STAGES.filter((s) => row.stages[s].records === 0);
  return { rows, totals };
}

/** Prisma's groupBy result → plain groups (a null sum means no minutes). */
export function toGroups(
  raw: { moduleId: string; stage: InvolvementStage; _sum: { minutes: number | null }; _count: { _all: number } }[],
): StageGroup[] {
  return raw.map((g) => ({
    moduleId: g.moduleId,
    stage: g.stage,
    minutes: g._sum.minutes ?? 0,
    records: g._count._all,
  }));
}

/** 90 → "1.5 hours", 60 → "1 hour": computed from whole minutes. */
export function hoursText(minutes: number): string {
  const hours = minutesToHours(minutes);
  return `${hours} hour${hours === "1" ? "" : "s"}`;
}

export const recordsText = (n: number) => `${n} record${n === 1 ? "" : "s"}`;
