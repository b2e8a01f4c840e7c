/** /coordinator/reports/evidence/csv?programme=…&year=…&table=stages|examples — the evidence pack's tables. */
import { evidencePack } from "@/lib/evidence/pack";
import { evidenceCsv, examplesCsv } from "@/lib/evidence/summary";
import { reportFilters } from "@/lib/reports/report-filters";
import { defineRoute } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(
  { name: "evidencePackCsv", area: "coordinator", notFound: "That programme could not be found." },
  async ({ request, user }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const filters = reportFilters(query);
    // No programme asked for: the first of the university's, as the page opens on.
    const pack = await evidencePack({ user, programmeId: filters.programme, academicYear: filters.year });
    if (!pack) return null;
    const examples = query.table === "examples";
    return {
      type: "csv",
      body: examples ? examplesCsv(pack) : evidenceCsv(pack),
      filename: `evidence-${examples ? "examples" : "by-stage"}-${filters.year.replace("/", "-")}.csv`,
    };
  },
);
