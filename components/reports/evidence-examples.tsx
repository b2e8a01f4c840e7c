import type { EvidenceExample } from "@/lib/evidence/pack";
import { formatDate } from "@/lib/format";
import { participationLevelLabel, STAGE } from "@/lib/labels";
import { STAGES } from "@/lib/reports/summary";

/** The examples under a heading per stage; a stage with none says so (a gap to see). */
export function EvidenceExamples({ examples }: { examples: readonly EvidenceExample[] }) {
  return (
    <>
      {STAGES.map((stage) => {
        const items = examples.filter((e) => e.stage === stage);
        return (
          <div key={stage} className="mb-6 break-inside-avoid">
            <h3>{STAGE[stage]}</h3>
            {items.length === 0 ? (
              <p>Nothing recorded at this stage.</p>
            ) : (
              <ul className="grid gap-3">
                {items.map((e) => (
                  <li key={`${e.title}-${e.date.toISOString()}`} className="border-grey border-l-4 pl-4">
                    <p className="font-bold">{e.title}</p>
                    <p className="text-muted">
                      {formatDate(e.date)} · {participationLevelLabel(e.level)}
                    </p>
                    <p className="whitespace-pre-line">{e.description}</p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
