/** The finance office's spreadsheet for one export. Coordinators of the institution only. */
import { toDateInput } from "@/lib/format";
import { findFinanceExport } from "@/lib/payments/export-queries";
import { financeCsv } from "@/lib/payments/finance-csv";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute<"coordinator", { id: string }>(
  { name: "financeExportCsv", area: "coordinator", notFound: "That export could not be found." },
  async ({ user, params }) => {
    const batch = await findFinanceExport({ id: params.id.slice(0, 40), institutionId: user.institutionId });
    if (!batch) return null;
    return {
      type: "csv",
      body: financeCsv(batch.lines, batch.institution.costCentre),
      filename: `${batch.institution.shortName}-finance-export-${toDateInput(batch.createdAt)}-${batch.id.slice(-6)}.csv`,
    };
  },
);
