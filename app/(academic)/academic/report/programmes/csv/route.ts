/** /academic/report/programmes/csv?table=heat-map|comparison|depth&year=…&level=… — the programme report's tables. */
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { reportTableCsv } from "@/lib/reports/report-csv";
import { programmeScope, reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "programmeReportCsv", area: "academic" }, async ({ request, user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = reportFilters(query);
  const map = await involvementHeatMap(programmeScope(user, filters));
  const { body, part } = reportTableCsv(map, query.table, "Programme");
  return { type: "csv", body, filename: `involvement-programmes-${part}-${filters.year.replace("/", "-")}.csv` };
});
