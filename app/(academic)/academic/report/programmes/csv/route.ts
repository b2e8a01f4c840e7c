/** /academic/report/programmes/csv?table=heat-map|comparison&year=…&level=… — the programme report's tables. */
import { comparisonCsv, heatMapCsv } from "@/lib/reports/heat-map-csv";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { programmeScope, reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "programmeReportCsv", area: "academic" }, async ({ request, user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = reportFilters(query);
  const map = await involvementHeatMap(programmeScope(user, filters));
  const comparison = query.table === "comparison";
  return {
    type: "csv",
    body: comparison ? comparisonCsv(map) : heatMapCsv(map, "Programme"),
    filename: `involvement-programmes-${comparison ? "by-year" : "by-stage"}-${filters.year.replace("/", "-")}.csv`,
  };
});
