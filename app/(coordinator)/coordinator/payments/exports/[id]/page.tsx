import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { PaidFields } from "@/components/payments/paid-fields";
import { AmountCell, AmountHeading, PayeeCell, SessionCell } from "@/components/payments/table-cells";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatMoney, formatShortDate, formatTime } from "@/lib/format";
import { markExportPaidAction } from "@/lib/payments/export-actions";
import { findFinanceExport } from "@/lib/payments/export-queries";
import { CSV_METHOD } from "@/lib/payments/finance-csv";
import { StatusTag } from "../../_components/payment-status";
import { BackLink } from "@/components/ui/back-link";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Finance export" };

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const batch = await findFinanceExport({ id, institutionId: user.institutionId });
  if (!batch) notFound();
  const waiting = batch.lines.filter((l) => l.status === "SENT_TO_FINANCE").length;

  return (
    <>
      <BackLink href="/coordinator/payments/exports">Finance exports</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">Finance export</span>
        {formatDate(batch.createdAt)} at {formatTime(batch.createdAt)}
      </h1>
      <p className="mb-2">
        {batch.paymentCount} {batch.paymentCount === 1 ? "payment" : "payments"}, {formatMoney(batch.totalPence)}, made
        by {batch.createdBy.name}. Cost centre {batch.institution.costCentre || "not set"}.
      </p>
      <p className="mb-8">
        <a href={`/coordinator/payments/exports/${batch.id}/csv`} download className="btn btn-secondary">
          Download the spreadsheet (CSV)
        </a>
      </p>

      <section aria-labelledby="paid" className="card mb-10 max-w-2xl">
        <h2 id="paid">Mark as paid</h2>
        <ActionForm action={markExportPaidAction} aria-label="Mark this export as paid">
          <input type="hidden" name="exportId" value={batch.id} />
          {waiting > 0 ? (
            <>
              <p className="mb-4">
                {waiting} {waiting === 1 ? "payment is" : "payments are"} waiting for finance. When finance confirms
                they are paid, enter the date and their reference. Each expert is told they have been paid.
              </p>
              <PaidFields />
              <SubmitButton>Mark all {waiting} as paid</SubmitButton>
            </>
          ) : (
            <p>Every payment in this export is marked as paid.</p>
          )}
        </ActionForm>
      </section>

      <h2>Payments in this export</h2>
      <ScrollBox label="Payments in this export">
        <table className="table min-w-[40rem]">
          <caption className="sr-only">Payments in this export</caption>
          <thead>
            <tr>
              <th scope="col">Payee</th>
              <th scope="col">Session</th>
              <AmountHeading>Total</AmountHeading>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {batch.lines.map((l) => (
              <tr key={l.paymentId}>
                <PayeeCell
                  href={`/coordinator/payments/${l.paymentId}`}
                  name={l.method === "PAID_VIA_PARTNER" && l.partnerName ? l.partnerName : l.expertName}
                  detail={
                    <>
                      {CSV_METHOD[l.method]}
                      {l.method === "PAID_VIA_PARTNER" && l.partnerName ? `, for ${l.expertName}` : ""}
                    </>
                  }
                />
                <SessionCell title={l.sessionTitle} date={l.sessionDate} />
                <AmountCell>{formatMoney(l.feePence + l.expensesPence)}</AmountCell>
                <td>
                  <StatusTag status={l.status} />
                  {l.paidAt && (
                    <span className="block text-base">
                      {formatShortDate(l.paidAt)}
                      {l.reference ? `, ${l.reference}` : ""}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
