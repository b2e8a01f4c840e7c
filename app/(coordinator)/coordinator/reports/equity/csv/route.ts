/** /coordinator/reports/equity/csv?table=fifths|partners|areas&year=…&view=… — the equity view's tables. */
import { fifthsCsv, spreadCsv } from "@/lib/equity/csv";
import { equityView } from "@/lib/equity/queries";
import { equityScope, reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "equityCsv", area: "coordinator" }, async ({ request, user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = reportFilters(query);
  const view = await equityView(equityScope(user, filters));
  const table = query.table === "partners" || query.table === "areas" ? query.table : "fifths";
  return {
    type: "csv",
    body: table === "fifths" ? fifthsCsv(view) : spreadCsv(view, table),
    filename: `fair-shares-${table}-${filters.view === "partnership" ? "partnership" : "university"}-${filters.year.replace("/", "-")}.csv`,
  };
});
