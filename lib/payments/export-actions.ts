"use server";
/** Finance exports: every approved payment of the institution goes in one batch, then gets paid. */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { paymentsOfInstitution } from "./access";
import { checkPaidDate } from "./paid-date";
import { emptySchema, markExportPaidSchema } from "./schemas";

export const createFinanceExportAction = defineAction(
  { name: "createFinanceExport", area: "coordinator", schema: emptySchema },
  async (_input, { user }) => {
    const { institutionId } = user;
    const batch = await db.$transaction(async (tx) => {
      const ready = await tx.payment.findMany({
        where: { status: "APPROVED", ...paymentsOfInstitution(institutionId) },
        select: { id: true },
      });
      if (ready.length === 0) throw new ActionError("There are no approved payments to send to finance.");
      const created = await tx.financeExport.create({
        data: { institutionId, createdById: user.id, paymentCount: 0, totalPence: 0 },
        select: { id: true },
      });
      const sentAt = new Date();
      // The status guard in this WHERE means a payment claimed by a racing export is skipped.
      await tx.payment.updateMany({
        where: { id: { in: ready.map((p) => p.id) }, status: "APPROVED" },
        data: { status: "SENT_TO_FINANCE", financeExportId: created.id, sentToFinanceAt: sentAt },
      });
      const moved = await tx.payment.findMany({
        where: { financeExportId: created.id },
        select: { id: true, feePence: true, expenses: { select: { amountPence: true } } },
      });
      if (moved.length === 0) throw new ActionError("Those payments have just been sent in another export.");
      const totalPence = moved.reduce(
        (sum, p) => sum + p.feePence + p.expenses.reduce((s, e) => s + e.amountPence, 0),
        0,
      );
      await tx.financeExport.update({ where: { id: created.id }, data: { paymentCount: moved.length, totalPence } });
      await audit(
        moved.map((p) => ({
          actorId: user.id,
          action: "payment.sent_to_finance",
          entityType: "Payment",
          entityId: p.id,
          before: { status: "APPROVED" },
          after: { status: "SENT_TO_FINANCE", financeExportId: created.id },
        })),
        tx,
      );
      await audit(
        {
          actorId: user.id,
          action: "finance_export.created",
          entityType: "FinanceExport",
          entityId: created.id,
          after: { paymentCount: moved.length, totalPence },
        },
        tx,
      );
      return { id: created.id, count: moved.length, totalPence };
    });
    revalidatePath("/", "layout");
    return {
      message: `Export ready: ${batch.count} payment${batch.count === 1 ? "" : "s"}, ${formatMoney(batch.totalPence)}. Download the spreadsheet below and send it to the finance office.`,
      data: { exportId: batch.id },
    };
  },
);

export const markExportPaidAction = defineAction(
  { name: "markExportPaid", area: "coordinator", schema: markExportPaidSchema },
  async ({ exportId, paidOn, reference }, { user }) => {
    const { institutionId } = user;
    const count = await db.$transaction(async (tx) => {
      const batch = await tx.financeExport.findFirst({
        where: { id: exportId, institutionId },
        select: { id: true, createdAt: true },
      });
      if (!batch) throw notFound("That export");
      checkPaidDate(paidOn, batch.createdAt);
      const waiting = await tx.payment.findMany({
        where: { financeExportId: batch.id, status: "SENT_TO_FINANCE" },
        select: {
          id: true,
          feePence: true,
          expert: { select: { userId: true } },
          expenses: { select: { amountPence: true } },
        },
      });
      if (waiting.length === 0) throw new ActionError("Every payment in this export is already marked as paid.");
      const { count: updated } = await tx.payment.updateMany({
        where: { id: { in: waiting.map((p) => p.id) }, status: "SENT_TO_FINANCE" },
        data: { status: "PAID", paidAt: paidOn, reference },
      });
      if (updated !== waiting.length)
        throw new ActionError("Someone else changed this export at the same time. Try again.");
      await audit(
        waiting.map((p) => ({
          actorId: user.id,
          action: "payment.paid",
          entityType: "Payment",
          entityId: p.id,
          before: { status: "SENT_TO_FINANCE" },
          after: { status: "PAID", paidAt: paidOn.toISOString(), reference },
        })),
        tx,
      );
      await notify(
        waiting.map((p) => ({
          userId: p.expert.userId,
          kind: "PAYMENT",
          institutionId: user.institutionId,
          title: "You have been paid",
          body: `${formatMoney(p.feePence + p.expenses.reduce((s, e) => s + e.amountPence, 0))} was paid. Reference: ${reference}.`,
          link: `/expert/payments/${p.id}`,
        })),
        tx,
      );
      return updated;
    });
    revalidatePath("/", "layout");
    return { message: `Marked ${count} payment${count === 1 ? "" : "s"} as paid.` };
  },
);
