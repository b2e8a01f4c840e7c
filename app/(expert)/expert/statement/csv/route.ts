/** The expert's own annual statement as a spreadsheet: ?year=2026 for 6 April 2026 – 5 April 2027. */
import { statementCsv, statementForExpert, taxYearFrom } from "@/lib/payments/statement";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute({ name: "statementCsv", area: "expert" }, async ({ request, user }) => {
  const taxYear = taxYearFrom(new URL(request.url).searchParams.get("year") ?? undefined);
  const statement = await statementForExpert({ expertId: user.expertId, taxYear });
  return {
    type: "csv",
    body: statementCsv(statement),
    filename: `involve-statement-${taxYear.label.replace("/", "-")}.csv`,
  };
});
