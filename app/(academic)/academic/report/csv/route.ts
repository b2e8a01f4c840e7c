/** /academic/report/csv?year=2026/27 — the involvement report for the academic's own modules. */
import { academicYearParam } from "@/lib/modules/academic-year";
import { involvementReportCsv } from "@/lib/reports/csv";
import { involvementReport } from "@/lib/reports/queries";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "involvementReportCsv", area: "academic" }, async ({ request, user }) => {
  const year = academicYearParam(new URL(request.url).searchParams.get("year") ?? undefined);
  const report = await involvementReport({ user, academicYear: year });
  return {
    type: "csv",
    body: involvementReportCsv(report, year),
    filename: `involvement-${year.replace("/", "-")}.csv`,
  };
});
