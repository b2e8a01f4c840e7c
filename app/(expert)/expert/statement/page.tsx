import type { Metadata } from "next";
import Link from "next/link";
import { EarnedFigure } from "@/components/payments/earned-figure";
import { AmountCell, AmountHeading } from "@/components/payments/table-cells";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatMoney, formatShortDate } from "@/lib/format";
import { PAYMENT_PREFERENCE, PAYMENT_STATUS } from "@/lib/labels";
import { statementForExpert, taxYearFrom } from "@/lib/payments/statement";
import { taxYearOf } from "@/lib/time";
import { PrintButton } from "@/components/ui/print-button";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Your statement" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const user = await requireArea("expert");
  const query = await searchParams;
  const taxYear = taxYearFrom(query.year);
  const startYear = taxYear.start.getUTCFullYear();
  const currentStart = taxYearOf(new Date()).start.getUTCFullYear();
  // The caller is re-read from the database on every request, so its name is current.
  const statement = await statementForExpert({ expertId: user.expertId, taxYear });
  const lastDay = new Date(taxYear.end.getTime() - 1);
  const t = statement.totals;

  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href="/expert/payments">← Your payments</Link>
      </p>
      <h1>
        <span className="block text-xl font-normal text-muted">Statement of payments for {user.name}</span>
        Tax year {taxYear.label}
      </h1>
      <p className="mb-4">
        {formatDate(taxYear.start)} to {formatDate(lastDay)}. Sessions in this tax year with an approved, sent or paid
        payment.
      </p>
      <nav aria-label="Other tax years" className="mb-6 flex flex-wrap gap-x-6 print:hidden">
        <Link href={`/expert/statement?year=${startYear - 1}`} className="inline-block min-h-11 py-2">
          ← {startYear - 1}/{String(startYear % 100).padStart(2, "0")}
        </Link>
        {startYear < currentStart && (
          <Link href={`/expert/statement?year=${startYear + 1}`} className="inline-block min-h-11 py-2">
            {startYear + 1}/{String((startYear + 2) % 100).padStart(2, "0")} →
          </Link>
        )}
      </nav>

      <p className="mb-4 max-w-2xl">
        Fees in this tax year: <EarnedFigure earned={statement.earnings} />.
        {statement.earnings.waitingPence > 0 &&
          " Payments waiting for approval are added to this statement once they are approved."}
      </p>
      <dl className="summary-list mb-6 grid max-w-md grid-cols-[auto_1fr] gap-x-6">
        <dt>Approved fees (earnings)</dt>
        <dd className="text-right font-bold tabular-nums">{formatMoney(t.feePence)}</dd>
        <dt>Expenses paid back</dt>
        <dd className="text-right whitespace-nowrap tabular-nums">{formatMoney(t.expensesPence)}</dd>
        <dt>Total</dt>
        <dd className="text-right whitespace-nowrap tabular-nums">{formatMoney(t.totalPence)}</dd>
        <dt>Of which paid so far</dt>
        <dd className="text-right whitespace-nowrap tabular-nums">{formatMoney(t.paidPence)}</dd>
      </dl>
      <p className="mb-6 max-w-2xl">
        Fees are earnings. Expenses pay you back for what you spent, such as travel, so they are not earnings. If you
        get benefits, you may need to tell them about fees.
      </p>

      <div className="mb-6 flex flex-wrap gap-4 print:hidden">
        <PrintButton label="Print this statement" />
        <a href={`/expert/statement/csv?year=${startYear}`} className="btn btn-secondary" download>
          Download as a spreadsheet (CSV)
        </a>
      </div>

      {statement.rows.length === 0 ? (
        <p className="card">Nothing approved or paid for sessions in this tax year.</p>
      ) : (
        <ScrollBox label="Payments in this tax year">
          <table className="table min-w-[40rem]">
            <caption className="mb-2 text-left font-bold">
              Payments for sessions from {formatShortDate(taxYear.start)} to {formatShortDate(lastDay)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Status</th>
                <AmountHeading>Fee</AmountHeading>
                <AmountHeading>Expenses</AmountHeading>
                <AmountHeading>Total</AmountHeading>
              </tr>
            </thead>
            <tbody>
              {statement.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="font-normal">
                    <span className="block font-bold">{formatShortDate(r.sessionDate)}</span>
                    {r.title}
                    <span className="block text-base text-muted">
                      {PAYMENT_PREFERENCE[r.method]}
                      {r.expenseTypes ? `; ${r.expenseTypes}` : ""}
                    </span>
                  </th>
                  <td>
                    {PAYMENT_STATUS[r.status]}
                    {r.paidAt && <span className="block text-base">on {formatShortDate(r.paidAt)}</span>}
                  </td>
                  <AmountCell>{formatMoney(r.feePence)}</AmountCell>
                  <AmountCell>{formatMoney(r.expensesPence)}</AmountCell>
                  <AmountCell>{formatMoney(r.totalPence)}</AmountCell>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-bold">
                <th scope="row">Total</th>
                <td />
                <AmountCell>{formatMoney(t.feePence)}</AmountCell>
                <AmountCell>{formatMoney(t.expensesPence)}</AmountCell>
                <AmountCell>{formatMoney(t.totalPence)}</AmountCell>
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      )}
      <p className="mt-6 text-base text-muted">Made by Involve on {formatDate(new Date())}.</p>
    </>
  );
}
