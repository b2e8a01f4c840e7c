import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { PaidFields } from "@/components/payments/paid-fields";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { approvePaymentAction, markPaidAction, sendBackPaymentAction } from "@/lib/payments/review-actions";

type Payment = {
  id: string;
  status: PaymentStatus;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
  feePence: number;
  expensesPence: number;
};

/**
 * The coordinator's decisions. Each form stays mounted across the status change it causes,
 * so its confirmation (and any earnings-limit warning) is still on screen afterwards.
 */
export function ApproveForm({ payment, warning }: { payment: Payment; warning: string | null }) {
  const open = payment.status === "DRAFT" || payment.status === "SUBMITTED";
  const nothing = payment.feePence + payment.expensesPence === 0;
  return (
    <ActionForm action={approvePaymentAction} aria-label="Approve">
      <input type="hidden" name="paymentId" value={payment.id} />
      {open && warning && (
        <Notice as="div" tone="warning" className="mb-4">
          <p className="font-bold">Earnings limit</p>
          <p>{warning}</p>
          <p className="mt-1">You can still approve it. You may want to talk to them first.</p>
        </Notice>
      )}
      {open && payment.status === "DRAFT" && !nothing && (
        <p className="mb-4">
          The expert has not sent this for approval yet. Approve it now only if they have told you about all their
          expenses.
        </p>
      )}
      {open && !nothing && <SubmitButton>Approve payment</SubmitButton>}
      {open && nothing && <p>There is nothing to approve yet: no fee and no expenses.</p>}
      {!open && payment.approvedAt && (
        <p>
          Approved{payment.approvedBy ? ` by ${payment.approvedBy.name}` : ""} on {formatDate(payment.approvedAt)}.
        </p>
      )}
    </ActionForm>
  );
}

export function SendBackForm({ paymentId }: { paymentId: string }) {
  return (
    <ActionForm action={sendBackPaymentAction} aria-label="Send back to the expert">
      <input type="hidden" name="paymentId" value={paymentId} />
      <TextArea
        name="reason"
        label="What needs to change?"
        hint="The expert will see this. For example: the parking receipt shows £3, not £30."
        rows={3}
        maxLength={500}
      />
      <SubmitButton variant="secondary">Send back to the expert</SubmitButton>
    </ActionForm>
  );
}

export function MarkPaidForm({ paymentId }: { paymentId: string }) {
  return (
    <ActionForm action={markPaidAction} aria-label="Mark as paid">
      <input type="hidden" name="paymentId" value={paymentId} />
      <PaidFields />
      <SubmitButton>Mark as paid</SubmitButton>
    </ActionForm>
  );
}
