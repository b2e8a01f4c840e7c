import type { Metadata } from "next";
import Link from "next/link";
import { InlineFilterForm } from "@/components/filters/filter-form";
import { AmountCell, AmountHeading, PayeeCell, SessionCell } from "@/components/payments/table-cells";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatMoney, formatShortDate } from "@/lib/format";
import { PAYMENT_PREFERENCE } from "@/lib/labels";
import { COORDINATOR_TABS, listPaymentsForInstitution, tabFrom, type PaymentRow } from "@/lib/payments/queries";
import { DaysSince, StatusTag } from "./_components/payment-status";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Payments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function payee(p: PaymentRow) {
  return p.method === "PAID_VIA_PARTNER" && p.partnerName ? `${p.partnerName} (for ${p.expertName})` : p.expertName;
}

export default async function Page({ searchParams }: Props) {
  const user = await requireArea("coordinator");
  const query = await searchParams;
  const tab = tabFrom(query.tab);
  const q = first(query.q)?.slice(0, 100) ?? "";
  const result = await listPaymentsForInstitution({
    institutionId: user.institutionId,
    tab,
    q,
    page: first(query.page),
  });
  const now = new Date();
  const current = COORDINATOR_TABS.find((t) => t.key === tab)!;
  const href = (key: string) =>
    `/coordinator/payments?${new URLSearchParams({ tab: key, ...(q ? { q } : {}) }).toString()}`;

  return (
    <>
      <h1>Payments</h1>
      <p className="mb-4 max-w-3xl">
        Each attended session makes a payment. Check expenses, approve, send approved payments to finance in one export,
        then mark them paid. Payments not paid {result.latePaymentDays} days after the session are late.
      </p>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/coordinator/payments/exports">Finance exports</Link>
        <Link href="/coordinator/rates">Rate card and payment settings</Link>
      </p>

      <nav aria-label="Payments by status" className="mb-6 border-b-2 border-line">
        <ul className="flex flex-wrap gap-x-1">
          {COORDINATOR_TABS.map((t) => (
            <li key={t.key}>
              <Link
                href={href(t.key)}
                aria-current={t.key === tab ? "page" : undefined}
                className={`inline-block min-h-11 px-3 py-2 ${t.key === tab ? "border-b-4 border-brand font-bold text-ink! no-underline" : ""} ${t.key === "late" && result.counts.late > 0 ? "text-danger!" : ""}`}
              >
                {t.label} <span className="tabular-nums">({result.counts[t.key]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <InlineFilterForm
        role="search"
        submitLabel="Search"
        hidden={{ tab }}
        after={
          q && (
            <Link href={href(tab)} className="inline-block min-h-11 py-2">
              Clear search
            </Link>
          )
        }
      >
        <div>
          <label className="label" htmlFor="q">
            Expert&apos;s name
          </label>
          <input id="q" name="q" defaultValue={q} maxLength={100} className="input w-72 max-w-full" />
        </div>
      </InlineFilterForm>

      <h2>
        {current.label}
        {q ? ` matching “${q}”` : ""}
      </h2>
      {result.items.length === 0 ? (
        <p className="card">{tab === "submitted" ? "Nothing is waiting for approval." : "No payments here."}</p>
      ) : (
        <>
          {/* Phones: one card per payment. */}
          <ul className="grid gap-3 md:hidden">
            {result.items.map((p) => (
              <li key={p.id} className="card">
                <p className="font-bold">
                  <Link href={`/coordinator/payments/${p.id}`}>{payee(p)}</Link>
                </p>
                <p>
                  {p.title}, {formatShortDate(p.sessionDate)}
                </p>
                <p>
                  {formatMoney(p.totalPence)}{" "}
                  <span className="text-muted">
                    ({formatMoney(p.feePence)} fee + {formatMoney(p.expensesPence)} expenses)
                  </span>
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2">
                  <StatusTag status={p.status} />{" "}
                  <DaysSince
                    status={p.status}
                    sessionDate={p.sessionDate}
                    latePaymentDays={result.latePaymentDays}
                    now={now}
                  />
                </p>
              </li>
            ))}
          </ul>
          {/* Wider screens: a table. */}
          <ScrollBox label="Payments" className="hidden md:block">
            <table className="table">
              <caption className="sr-only">
                {current.label}, page {result.page} of {result.pageCount}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Payee</th>
                  <th scope="col">Session</th>
                  <AmountHeading>Fee</AmountHeading>
                  <AmountHeading>Expenses</AmountHeading>
                  <AmountHeading>Total</AmountHeading>
                  <th scope="col">Status</th>
                  <th scope="col" className="whitespace-nowrap">
                    Since session
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((p) => (
                  <tr key={p.id}>
                    <PayeeCell
                      href={`/coordinator/payments/${p.id}`}
                      name={payee(p)}
                      detail={PAYMENT_PREFERENCE[p.method]}
                    />
                    <SessionCell title={p.title} date={p.sessionDate} />
                    <AmountCell>{formatMoney(p.feePence)}</AmountCell>
                    <AmountCell>{formatMoney(p.expensesPence)}</AmountCell>
                    <AmountCell bold>{formatMoney(p.totalPence)}</AmountCell>
                    <td>
                      <StatusTag status={p.status} />
                      {p.status === "DRAFT" && p.sentBackReason && (
                        <span className="block text-base text-muted">Sent back</span>
                      )}
                    </td>
                    <td>
                      <DaysSince
                        status={p.status}
                        sessionDate={p.sessionDate}
                        latePaymentDays={result.latePaymentDays}
                        now={now}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/coordinator/payments"
        params={{ tab, q: q || undefined }}
      />
    </>
  );
}
