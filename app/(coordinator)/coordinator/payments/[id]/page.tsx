import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EarningsPanel } from "@/components/payments/earnings-panel";
import { ExpenseForm } from "@/components/payments/expense-form";
import { ExpenseList } from "@/components/payments/expense-list";
import { MoneySummary } from "@/components/payments/money-summary";
import { StepLine } from "@/components/payments/step-line";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatMoney, formatSessionTime } from "@/lib/format";
import { PAY_BASIS } from "@/lib/labels";
import { EDITABLE } from "@/lib/payments/access";
import { earningsSummary, limitWarningForPayment } from "@/lib/payments/earnings";
import { addExpenseAction, removeExpenseAction } from "@/lib/payments/expense-actions";
import { findPaymentForInstitution, nextPaymentToApprove, paymentAuditTrail } from "@/lib/payments/queries";
import { AuditTrail } from "../_components/audit-trail";
import { DaysSince, StatusTag } from "../_components/payment-status";
import { ApproveForm, MarkPaidForm, SendBackForm } from "../_components/review-forms";
import { BackLink } from "@/components/ui/back-link";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Payment" };

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const { institutionId } = user;
  const payment = await findPaymentForInstitution({ id, institutionId });
  if (!payment) notFound();
  const editable = EDITABLE.includes(payment.status);
  const [summary, warning, events, next] = await Promise.all([
    earningsSummary({ expertId: payment.expert.id }),
    editable && payment.feePence > 0 ? limitWarningForPayment({ paymentId: payment.id }) : null,
    paymentAuditTrail({ paymentId: payment.id }),
    nextPaymentToApprove({ institutionId, excludingId: payment.id }),
  ]);
  const now = new Date();
  const { opportunity } = payment;

  return (
    <>
      <BackLink href="/coordinator/payments">All payments</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">Payment for</span>
        {payment.expert.user.name}
      </h1>
      <p className="mb-2 flex flex-wrap items-center gap-3">
        <StatusTag status={payment.status} />
        <span>
          Since the session:{" "}
          <DaysSince
            status={payment.status}
            sessionDate={payment.sessionDate}
            latePaymentDays={payment.institution.latePaymentDays}
            now={now}
          />
        </span>
      </p>
      <p className="mb-6 text-lg">
        <strong>{formatMoney(payment.totalPence)}</strong> ({formatMoney(payment.feePence)} fee +{" "}
        {formatMoney(payment.expensesPence)} expenses) for {opportunity.title}, {formatDate(payment.session.startsAt)}
      </p>
      {payment.status === "DRAFT" && payment.sentBackReason && (
        <Notice tone="warning" className="mb-6 max-w-2xl">
          <strong>Sent back to the expert:</strong> {payment.sentBackReason}
        </Notice>
      )}

      <div className="grid gap-x-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {/* Decisions first on a phone; on a wide screen they sit in the right-hand column. */}
        <div className="lg:order-2">
          <section aria-labelledby="decision" className="mb-8">
            <h2 id="decision">Decision</h2>
            <div className="card mb-4">
              <h3>Approve</h3>
              <ApproveForm payment={payment} warning={warning} />
            </div>
            {(payment.status === "SUBMITTED" || payment.status === "APPROVED") && (
              <div className="card mb-4">
                <h3>Send back</h3>
                <SendBackForm paymentId={payment.id} />
              </div>
            )}
            {(payment.status === "SENT_TO_FINANCE" || payment.status === "PAID") && (
              <div className="card mb-4">
                <h3>Payment</h3>
                {payment.financeExport && (
                  <p className="mb-3">
                    Sent to finance on {formatDate(payment.financeExport.createdAt)} in{" "}
                    <Link href={`/coordinator/payments/exports/${payment.financeExport.id}`}>this export</Link>.
                  </p>
                )}
                {payment.status === "PAID" ? (
                  <p className="font-bold">
                    Paid on {payment.paidAt ? formatDate(payment.paidAt) : "an unknown date"}
                    {payment.reference ? `, reference ${payment.reference}` : ""}.
                  </p>
                ) : (
                  <MarkPaidForm paymentId={payment.id} />
                )}
              </div>
            )}
            {next && (
              <p>
                <Link href={`/coordinator/payments/${next.id}`}>Next payment to approve →</Link>
              </p>
            )}
          </section>

          <EarningsPanel summary={summary} forExpert={false} name={payment.expert.user.name} />

          <section aria-labelledby="progress" className="mb-8">
            <h2 id="progress">Progress</h2>
            <StepLine status={payment.status} />
          </section>

          <section aria-labelledby="history" className="mb-8">
            <h2 id="history">History</h2>
            <AuditTrail events={events} />
          </section>
        </div>
        <div className="lg:order-1">
          <section aria-labelledby="session" className="mb-8">
            <h2 id="session">Session</h2>
            <dl className="summary-list">
              <dt>Opportunity</dt>
              <dd>
                <Link href={`/coordinator/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
              </dd>
              <dt>When</dt>
              <dd>{formatSessionTime(payment.session.startsAt, payment.session.endsAt)}</dd>
              <dt>Rate</dt>
              <dd>
                {formatMoney(opportunity.payRatePence)} {PAY_BASIS[opportunity.payBasis]}
                {opportunity.preparationMinutes > 0 && `, with ${opportunity.preparationMinutes} minutes' preparation`}
              </dd>
              <dt>Expert&apos;s contact</dt>
              <dd>
                <ContactLink email={payment.expert.user.email} />
                {payment.expert.user.phone && (
                  <>
                    , <ContactLink phone={payment.expert.user.phone} />
                  </>
                )}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="money" className="mb-8">
            <h2 id="money">Money</h2>
            <MoneySummary
              feePence={payment.feePence}
              expensesPence={payment.expensesPence}
              method={payment.method}
              partnerName={payment.payeePartner?.name ?? null}
              forExpert={false}
            />
            {payment.method === "PAID_VIA_PARTNER" && !payment.payeePartner && (
              <p className="mb-4 font-bold text-danger">
                No partner organisation is recorded for this expert. Add one to their profile before sending to finance.
              </p>
            )}
          </section>

          <section aria-labelledby="expenses" className="mb-8">
            <h2 id="expenses">Expenses</h2>
            <ExpenseList
              expenses={payment.expenses}
              editable={editable}
              removeAction={removeExpenseAction}
              showAddedBy
              mileageRatePence={payment.institution.mileageRatePence}
            />
            {editable && (
              <div className="card">
                <h3>Add an expense for {payment.expert.user.name}</h3>
                <ExpenseForm
                  action={addExpenseAction}
                  paymentId={payment.id}
                  mileageRatePence={payment.institution.mileageRatePence}
                  onBehalf
                />
              </div>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
