import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { STAGE } from "@/lib/labels";
import { hoursText, recordsText, STAGES, type StageCell } from "@/lib/reports/summary";

/** Hours and records per stage for one module; stages with nothing say so in words. */
export function StageTable({
  caption,
  stages,
  captionVisible = false,
}: {
  caption: string;
  stages: Record<InvolvementStage, StageCell>;
  captionVisible?: boolean;
}) {
  return (
    <table className="table [overflow-wrap:normal]">
      <caption className={captionVisible ? "mb-2 text-left text-xl font-bold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col" className="whitespace-nowrap">
            Involvement
          </th>
        </tr>
      </thead>
      <tbody>
        {STAGES.map((stage) => {
          const cell = stages[stage];
          return (
            <tr key={stage}>
              <th scope="row" className="font-normal!">
                {STAGE[stage]}
              </th>
              <td>
                {cell.records === 0 ? (
                  <strong className="tag tag-yellow">None yet</strong>
                ) : (
                  <>
                    <span className="whitespace-nowrap">{hoursText(cell.minutes)}</span>
                    <span className="block text-base whitespace-nowrap text-muted">{recordsText(cell.records)}</span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "No involvement yet in: Assessment, Practice learning." or the all-clear, in words. */
export function GapsText({ gaps }: { gaps: readonly InvolvementStage[] }) {
  if (gaps.length === 0) return <p className="font-bold">Involvement recorded at every stage.</p>;
  return (
    <p>
      <strong>Gaps – no involvement yet in {gaps.length === 6 ? "any stage" : `${gaps.length} of 6 stages`}:</strong>{" "}
      {gaps.map((g) => STAGE[g]).join(", ")}.
    </p>
  );
}
