import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { ExpenseForm } from "@/components/payments/expense-form";
import { ExpenseList } from "@/components/payments/expense-list";
import { MoneySummary } from "@/components/payments/money-summary";
import { StepLine } from "@/components/payments/step-line";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatSessionTime } from "@/lib/format";
import { EDITABLE } from "@/lib/payments/access";
import {
  addExpenseAction,
  declineFeeAction,
  removeExpenseAction,
  submitPaymentAction,
} from "@/lib/payments/expense-actions";
import { daysSinceSession, SETTLED } from "@/lib/payments/late";
import { findPaymentForExpert } from "@/lib/payments/queries";
import { nextStepForExpert } from "@/lib/payments/steps";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Payment" };

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const user = await requireArea("expert");
  const { id } = await params;
  const payment = await findPaymentForExpert({ id, expertId: user.expertId });
  if (!payment) notFound();
  const editable = EDITABLE.includes(payment.status);
  const nothingToClaim = payment.feePence === 0 && payment.expenses.length === 0;
  const since = daysSinceSession(payment.sessionDate);

  return (
    <>
      <BackLink href="/expert/payments">All your payments</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">Payment for</span>
        {payment.opportunity.title}
      </h1>
      <p className="mb-1">{formatSessionTime(payment.session.startsAt, payment.session.endsAt)}</p>
      {!SETTLED.includes(payment.status) && (
        <p className="mb-4 text-muted">
          {since === 0 ? "The session was today." : `The session was ${since} ${since === 1 ? "day" : "days"} ago.`}
        </p>
      )}

      {payment.status === "DRAFT" && payment.sentBackReason && (
        <Notice
          as="div"
          tone="warning"
          roomy
          role="note"
          aria-label="Your coordinator asked for a change"
          className="mb-6 max-w-2xl"
        >
          <h2 className="text-xl">Your coordinator asked for a change</h2>
          <p>{payment.sentBackReason}</p>
        </Notice>
      )}

      <section aria-labelledby="where" className="mb-8">
        <h2 id="where">Where your payment is</h2>
        <StepLine status={payment.status} />
        <p className="mt-3 font-bold">{nextStepForExpert(payment.status, Boolean(payment.sentBackReason))}</p>
        {payment.status === "PAID" && payment.paidAt && (
          <p>
            Paid on {formatDate(payment.paidAt)}
            {payment.reference ? `, reference ${payment.reference}` : ""}.
          </p>
        )}
      </section>

      <section aria-labelledby="money" className="mb-8">
        <h2 id="money">Money</h2>
        <MoneySummary
          feePence={payment.feePence}
          expensesPence={payment.expensesPence}
          method={payment.method}
          partnerName={payment.payeePartner?.name ?? null}
          forExpert
        />
      </section>

      <section aria-labelledby="expenses" className="mb-8 max-w-2xl">
        <h2 id="expenses">Expenses</h2>
        <ExpenseList
          expenses={payment.expenses}
          editable={editable}
          removeAction={removeExpenseAction}
          mileageRatePence={payment.institution.mileageRatePence}
        />
        {editable ? (
          <div className="card">
            <h3>Add an expense</h3>
            <ExpenseForm
              action={addExpenseAction}
              paymentId={payment.id}
              mileageRatePence={payment.institution.mileageRatePence}
            />
          </div>
        ) : (
          payment.status !== "DECLINED_BY_EXPERT" && (
            <p>
              This payment has been approved, so expenses cannot be changed. Ask your coordinator if something is wrong.
            </p>
          )
        )}
      </section>

      {(payment.status === "DRAFT" || payment.status === "SUBMITTED" || payment.status === "DECLINED_BY_EXPERT") && (
        // One form stays mounted through the change of status, so its message is not lost.
        <section aria-labelledby="send" className="mb-8 max-w-2xl">
          <h2 id="send">Send for approval</h2>
          <ActionForm action={nothingToClaim ? declineFeeAction : submitPaymentAction}>
            <input type="hidden" name="paymentId" value={payment.id} />
            {payment.status === "SUBMITTED" && (
              <p>You sent this for approval{payment.submittedAt ? ` on ${formatDate(payment.submittedAt)}` : ""}.</p>
            )}
            {payment.status === "DECLINED_BY_EXPERT" && <p>You told us you have nothing to claim for this session.</p>}
            {payment.status === "DRAFT" && nothingToClaim && (
              <>
                <p className="mb-4">
                  There is no fee for this session. Add any expenses above, or tell us you have nothing to claim.
                </p>
                <SubmitButton variant="secondary">I have nothing to claim</SubmitButton>
              </>
            )}
            {payment.status === "DRAFT" && !nothingToClaim && (
              <>
                <p className="mb-4">
                  When you have added all your expenses, send this to your coordinator. You can still add one you forgot
                  until it is approved.
                </p>
                <SubmitButton>Send for approval</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
    </>
  );
}
