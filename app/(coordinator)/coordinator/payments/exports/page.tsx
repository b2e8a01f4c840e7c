import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { AmountCell, AmountHeading } from "@/components/payments/table-cells";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatMoney, formatShortDate, formatTime } from "@/lib/format";
import { createFinanceExportAction } from "@/lib/payments/export-actions";
import { listFinanceExports, readyForExport } from "@/lib/payments/export-queries";
import { BackLink } from "@/components/ui/back-link";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Finance exports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const user = await requireArea("coordinator");
  const query = await searchParams;
  const rawPage = Array.isArray(query.page) ? query.page[0] : query.page;
  const [ready, exports] = await Promise.all([
    readyForExport({ institutionId: user.institutionId }),
    listFinanceExports({ institutionId: user.institutionId, page: rawPage }),
  ]);

  return (
    <>
      <BackLink href="/coordinator/payments">Payments</BackLink>
      <h1>Finance exports</h1>
      <p className="mb-6 max-w-3xl">
        An export puts every approved payment into one spreadsheet for the finance office and marks them as sent. When
        finance has paid them, mark the export as paid with the date and reference.
      </p>

      <section aria-labelledby="new" className="card mb-10 max-w-2xl">
        <h2 id="new">New export</h2>
        {/* The form stays on the page after it runs so its confirmation stays visible. */}
        <ActionForm action={createFinanceExportAction} aria-label="Create a finance export">
          {ready.count > 0 ? (
            <>
              <p className="mb-4">
                <strong>
                  {ready.count} approved {ready.count === 1 ? "payment" : "payments"}, {formatMoney(ready.totalPence)}
                </strong>{" "}
                {ready.count === 1 ? "is" : "are"} ready to send.
              </p>
              <SubmitButton>Create finance export</SubmitButton>
            </>
          ) : (
            <p>
              No approved payments are waiting.{" "}
              <Link href="/coordinator/payments?tab=submitted">Payments to approve</Link>
            </p>
          )}
        </ActionForm>
      </section>

      <h2>Past exports</h2>
      {exports.items.length === 0 ? (
        <p className="card">No exports yet.</p>
      ) : (
        <ScrollBox label="Finance exports">
          <table className="table min-w-[36rem]">
            <caption className="sr-only">Finance exports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <AmountHeading>Payments</AmountHeading>
                <AmountHeading>Total</AmountHeading>
                <th scope="col">Paid</th>
                <th scope="col">Spreadsheet</th>
              </tr>
            </thead>
            <tbody>
              {exports.items.map((e) => {
                const label = `${formatShortDate(e.createdAt)} at ${formatTime(e.createdAt)}`;
                return (
                  <tr key={e.id}>
                    <th scope="row" className="font-normal">
                      <Link href={`/coordinator/payments/exports/${e.id}`} className="font-bold">
                        {label}
                      </Link>
                      <span className="block text-base text-muted">by {e.createdBy.name}</span>
                    </th>
                    <AmountCell>{e.paymentCount}</AmountCell>
                    <AmountCell>{formatMoney(e.totalPence)}</AmountCell>
                    <td>{e.paidCount === e.paymentCount ? "All paid" : `${e.paidCount} of ${e.paymentCount}`}</td>
                    <td>
                      <a
                        href={`/coordinator/payments/exports/${e.id}/csv`}
                        download
                        className="inline-block min-h-11 py-2"
                      >
                        Download CSV<span className="sr-only"> for the export of {label}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Pagination page={exports.page} pageCount={exports.pageCount} basePath="/coordinator/payments/exports" />
    </>
  );
}
