"use server";
/** The coordinator's side: approve, send back, mark as paid. Scoped to their institution. */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { limitWarningForPayment } from "./earnings";
import { checkPaidDate } from "./paid-date";
import { markPaidSchema, paymentIdSchema, sendBackSchema } from "./schemas";
import { transition } from "./transition";

export const approvePaymentAction = defineAction(
  { name: "approvePayment", area: "coordinator", schema: paymentIdSchema },
  async ({ paymentId }, { user }) => {
    const warning = await db.$transaction(async (tx) => {
      // A coordinator may approve a draft directly: many experts tell them their expenses instead.
      const payment = await transition(
        {
          user,
          paymentId,
          verb: "approve",
          from: ["DRAFT", "SUBMITTED"],
          to: "APPROVED",
          action: "payment.approved",
          data: { approvedAt: new Date(), approvedById: user.id, sentBackReason: null },
          check: (p) => {
            if (p.feePence === 0 && p._count.expenses === 0)
              throw new ActionError("There is nothing to approve: this payment has no fee and no expenses.");
          },
        },
        tx,
      );
      return limitWarningForPayment({ paymentId: payment.id }, tx);
    });
    revalidatePath("/", "layout");
    return {
      message: "Payment approved. It will go in the next finance export.",
      warnings: warning ? [warning] : undefined,
    };
  },
);

export const sendBackPaymentAction = defineAction(
  { name: "sendBackPayment", area: "coordinator", schema: sendBackSchema },
  async ({ paymentId, reason }, { user }) => {
    await db.$transaction(async (tx) => {
      const payment = await transition(
        {
          user,
          paymentId,
          verb: "send back",
          from: ["SUBMITTED", "APPROVED"],
          to: "DRAFT",
          action: "payment.sent_back",
          data: { sentBackReason: reason, submittedAt: null, approvedAt: null, approvedById: null },
          auditAfter: { reason },
        },
        tx,
      );
      await notify(
        {
          userId: payment.expert.userId,
          kind: "PAYMENT",
          institutionId: user.institutionId,
          title: "Your payment needs a change",
          body: `${payment.booking.session.opportunity.title}: ${reason}`,
          link: `/expert/payments/${payment.id}`,
        },
        tx,
      );
    });
    revalidatePath("/", "layout");
    return { message: "Sent back to the expert with your reason." };
  },
);

export const markPaidAction = defineAction(
  { name: "markPaid", area: "coordinator", schema: markPaidSchema },
  async ({ paymentId, paidOn, reference }, { user }) => {
    await db.$transaction(async (tx) => {
      const payment = await transition(
        {
          user,
          paymentId,
          verb: "mark as paid",
          from: ["SENT_TO_FINANCE"],
          to: "PAID",
          action: "payment.paid",
          data: { paidAt: paidOn, reference },
          check: (p) => checkPaidDate(paidOn, p.sentToFinanceAt),
          auditAfter: { paidAt: paidOn.toISOString(), reference },
        },
        tx,
      );
      const total = await tx.expenseItem.aggregate({ where: { paymentId }, _sum: { amountPence: true } });
      await notify(
        {
          userId: payment.expert.userId,
          kind: "PAYMENT",
          institutionId: user.institutionId,
          title: "You have been paid",
          body: `${formatMoney(payment.feePence + (total._sum.amountPence ?? 0))} for ${payment.booking.session.opportunity.title} was paid on ${formatDate(paidOn)}.`,
          link: `/expert/payments/${payment.id}`,
        },
        tx,
      );
    });
    revalidatePath("/", "layout");
    return { message: "Marked as paid." };
  },
);
