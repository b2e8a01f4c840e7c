/** /coordinator/reports/csv?table=heat-map|comparison|depth&… — the involvement report's tables, with the page's filters. */
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { reportTableCsv } from "@/lib/reports/report-csv";
import { coordinatorScope, reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "coordinatorReportCsv", area: "coordinator" }, async ({ request, user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = reportFilters(query);
  const map = await involvementHeatMap(coordinatorScope(user, filters));
  const partnership = filters.view === "partnership";
  const { body, part } = reportTableCsv(map, query.table, partnership ? "University" : "Module");
  return {
    type: "csv",
    body,
    filename: `involvement-${partnership ? "partnership" : "university"}-${part}-${filters.year.replace("/", "-")}.csv`,
  };
});
