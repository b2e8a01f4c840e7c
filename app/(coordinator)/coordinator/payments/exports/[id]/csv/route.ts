/** The finance office's spreadsheet for one export. Coordinators of the institution only. */
import { getSessionUser } from "@/lib/auth/session";
import { toDateInput } from "@/lib/format";
import { isCoordinator } from "@/lib/payments/access";
import { csvResponse } from "@/lib/payments/csv";
import { findFinanceExport } from "@/lib/payments/export-queries";
import { financeCsv } from "@/lib/payments/finance-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  if (!isCoordinator(user) || !user.institutionId)
    return new Response("You do not have permission to download this file.", { status: 403 });
  const { id } = await params;
  const batch = await findFinanceExport(id.slice(0, 40), user.institutionId);
  if (!batch) return new Response("That export could not be found.", { status: 404 });
  const name = `${batch.institution.shortName}-finance-export-${toDateInput(batch.createdAt)}-${batch.id.slice(-6)}.csv`;
  return csvResponse(financeCsv(batch.lines, batch.institution.costCentre), name);
}
