/** /coordinator/reports/csv?table=heat-map|comparison&… — the involvement report's tables, with the page's filters. */
import { comparisonCsv, heatMapCsv } from "@/lib/reports/heat-map-csv";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { coordinatorScope, reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "coordinatorReportCsv", area: "coordinator" }, async ({ request, user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = reportFilters(query);
  const map = await involvementHeatMap(coordinatorScope(user, filters));
  const comparison = query.table === "comparison";
  const partnership = filters.view === "partnership";
  return {
    type: "csv",
    body: comparison ? comparisonCsv(map) : heatMapCsv(map, partnership ? "University" : "Module"),
    filename: `involvement-${partnership ? "partnership" : "university"}-${comparison ? "by-year" : "by-stage"}-${filters.year.replace("/", "-")}.csv`,
  };
});
