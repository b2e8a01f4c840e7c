/** The expert's own annual statement as a spreadsheet: ?year=2026 for 6 April 2026 – 5 April 2027. */
import { getSessionUser } from "@/lib/auth/session";
import { csvResponse } from "@/lib/payments/csv";
import { statementCsv, statementForExpert, taxYearFrom } from "@/lib/payments/statement";

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return new Response("Sign in to download your statement.", { status: 401 });
  if (user.role !== "EXPERT" || !user.expertId)
    return new Response("Only experts can download their own statement.", { status: 403 });
  const taxYear = taxYearFrom(new URL(request.url).searchParams.get("year") ?? undefined);
  const statement = await statementForExpert(user.expertId, taxYear);
  return csvResponse(statementCsv(statement), `involve-statement-${taxYear.label.replace("/", "-")}.csv`);
}
