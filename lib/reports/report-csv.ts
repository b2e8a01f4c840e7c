/** Which of an involvement report's tables a CSV download asks for, and its body and file-name part. */
import { depthCsv } from "./depth";
import type { InvolvementHeatMap } from "./heat-map";
import { comparisonCsv, heatMapCsv } from "./heat-map-csv";

export function reportTableCsv(map: InvolvementHeatMap, table: string | undefined, rowHeading: string) {
  if (table === "comparison") return { body: comparisonCsv(map), part: "by-year" };
  if (table === "depth") return { body: depthCsv(map.depth, map.academicYear), part: "by-level" };
  return { body: heatMapCsv(map, rowHeading), part: "by-stage" };
}
