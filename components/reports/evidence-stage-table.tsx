import { ScrollBox } from "@/components/ui/scroll-box";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { STAGE } from "@/lib/labels";
import type { Figures } from "@/lib/reports/heat-map-summary";
import { hoursText, STAGES } from "@/lib/reports/summary";
import type { RegulatorStandards } from "@/lib/evidence/standards";

/**
 * The evidence pack's main table: each stage with the regulator's standard (a clause number only
 * where verified), and sessions, hours, different experts and partner groups.
 */
export function EvidenceStageTable({
  stages,
  total,
  partnersByStage,
  partnersInAll,
  regulator,
  caption,
}: {
  stages: Record<InvolvementStage, Figures>;
  total: Figures;
  partnersByStage: ReadonlyMap<InvolvementStage, number>;
  partnersInAll: number;
  regulator: RegulatorStandards | null;
  caption: string;
}) {
  return (
    <ScrollBox label={caption} className="print-wide mb-8">
      <table className="table min-w-[44rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {regulator && <th scope="col">{regulator.name} standard</th>}
            <th scope="col" className="text-right">
              Sessions
            </th>
            <th scope="col">Hours</th>
            <th scope="col" className="text-right">
              Different experts
            </th>
            <th scope="col" className="text-right">
              Partner groups
            </th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => {
            const f = stages[stage];
            const standard = regulator?.stages[stage];
            return (
              <tr key={stage}>
                <th scope="row">
                  {STAGE[stage]}
                  {f.sessions === 0 && <span className="block font-normal">Nothing recorded</span>}
                </th>
                {regulator && (
                  <td>
                    <span className="block font-bold">
                      {standard?.clause ? `Standard ${standard.clause}` : "No clause number given"}
                    </span>
                    {standard?.summary}
                  </td>
                )}
                <td className="text-right">{f.sessions}</td>
                <td className="whitespace-nowrap">{hoursText(f.minutes)}</td>
                <td className="text-right">{f.experts}</td>
                <td className="text-right">{partnersByStage.get(stage) ?? 0}</td>
              </tr>
            );
          })}
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row">All stages</th>
            {regulator && <td />}
            <td className="text-right">{total.sessions}</td>
            <td className="whitespace-nowrap">{hoursText(total.minutes)}</td>
            <td className="text-right">{total.experts}</td>
            <td className="text-right">{partnersInAll}</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>
  );
}
