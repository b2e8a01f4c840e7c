/** /academic/report/csv?year=2026/27 — the involvement report for the academic's own modules. */
import { getSessionUser } from "@/lib/auth/session";
import { involvementReportCsv } from "@/lib/reports/csv";
import { involvementReport } from "@/lib/reports/queries";
import { academicYearParam } from "@/lib/modules/academic-year";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user)
    return new Response("Sign in to download this report.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  if (user.role !== "ACADEMIC")
    return new Response("This report is for module leaders.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });

  const year = academicYearParam(new URL(request.url).searchParams.get("year") ?? undefined);
  const report = await involvementReport(user, year);
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  const body = "\uFEFF" + involvementReportCsv(report, year);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="involvement-${year.replace("/", "-")}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
