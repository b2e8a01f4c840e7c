"use server";
/** The expert's side of a payment (a coordinator may do the same on their behalf). */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { EXPENSE_TYPE } from "@/lib/labels";
import { paymentScope } from "./access";
import { addExpenseSchema, MAX_LINE_PENCE, paymentIdSchema, removeExpenseSchema } from "./schemas";
import { lockEditable, transition } from "./transition";

const MAX_EXPENSES = 30;

export const addExpenseAction = defineAction(
  { name: "addExpense", area: ["expert", "coordinator"], schema: addExpenseSchema },
  async (input, { user }) => {
    const added = await db.$transaction(async (tx) => {
      const payment = await lockEditable({ paymentId: input.paymentId, user }, tx);
      if (payment._count.expenses >= MAX_EXPENSES)
        throw new ActionError(
          `A payment can have up to ${MAX_EXPENSES} expenses. Ask your coordinator if you need more.`,
        );
      let amountPence = input.amountPence;
      if (input.miles !== null) {
        const { booking } = await tx.payment.findUniqueOrThrow({
          where: { id: payment.id },
          select: {
            booking: {
              select: {
                session: {
                  select: { opportunity: { select: { institution: { select: { mileageRatePence: true } } } } },
                },
              },
            },
          },
        });
        amountPence = input.miles * booking.session.opportunity.institution.mileageRatePence;
      }
      if (amountPence === null || amountPence < 1 || amountPence > MAX_LINE_PENCE) {
        throw new ActionError("An expense must be between 1p and £5,000.", "INVALID", {
          miles: ["That many miles comes to more than £5,000. Check the miles"],
        });
      }
      const item = await tx.expenseItem.create({
        data: {
          paymentId: payment.id,
          type: input.type,
          miles: input.miles,
          amountPence,
          note: input.note,
          addedById: user.id,
        },
        select: { id: true, type: true, amountPence: true },
      });
      await audit(
        {
          actorId: user.id,
          action: "payment.expense_added",
          entityType: "Payment",
          entityId: payment.id,
          after: { expenseId: item.id, type: item.type, miles: input.miles, amountPence },
        },
        tx,
      );
      return item;
    });
    revalidatePath("/", "layout");
    return { message: `Added: ${EXPENSE_TYPE[added.type]}, ${formatMoney(added.amountPence)}.` };
  },
);

export const removeExpenseAction = defineAction(
  { name: "removeExpense", area: ["expert", "coordinator"], schema: removeExpenseSchema },
  async ({ expenseId }, { user }) => {
    await db.$transaction(async (tx) => {
      const item = await tx.expenseItem.findFirst({
        where: { id: expenseId, payment: paymentScope(user) },
        select: { id: true, paymentId: true, type: true, miles: true, amountPence: true },
      });
      if (!item) throw notFound("That expense");
      await lockEditable({ paymentId: item.paymentId, user }, tx);
      await tx.expenseItem.delete({ where: { id: item.id } });
      await audit(
        {
          actorId: user.id,
          action: "payment.expense_removed",
          entityType: "Payment",
          entityId: item.paymentId,
          before: { expenseId: item.id, type: item.type, miles: item.miles, amountPence: item.amountPence },
        },
        tx,
      );
    });
    revalidatePath("/", "layout");
    return { message: "Expense removed." };
  },
);

export const submitPaymentAction = defineAction(
  { name: "submitPayment", area: ["expert", "coordinator"], schema: paymentIdSchema },
  async ({ paymentId }, { user }) => {
    await db.$transaction((tx) =>
      transition(
        {
          user,
          paymentId,
          verb: "submit",
          from: ["DRAFT"],
          to: "SUBMITTED",
          action: "payment.submitted",
          data: { submittedAt: new Date(), sentBackReason: null },
          check: (payment) => {
            if (payment.feePence === 0 && payment._count.expenses === 0) {
              throw new ActionError(
                "There is nothing to pay yet. Add an expense, or tell us you have nothing to claim.",
              );
            }
          },
        },
        tx,
      ),
    );
    revalidatePath("/", "layout");
    return { message: "Sent for approval. Your coordinator will check it." };
  },
);

/** An expert who takes no fee and has no expenses closes the payment instead of submitting £0. */
export const declineFeeAction = defineAction(
  { name: "declineFee", area: ["expert", "coordinator"], schema: paymentIdSchema },
  async ({ paymentId }, { user }) => {
    await db.$transaction((tx) =>
      transition(
        {
          user,
          paymentId,
          verb: "submit",
          from: ["DRAFT"],
          to: "DECLINED_BY_EXPERT",
          action: "payment.declined_by_expert",
          data: { sentBackReason: null },
          check: (payment) => {
            if (payment.feePence > 0)
              throw new ActionError(
                "This session has a fee. To turn fees down, change how you are paid in your profile, then ask your coordinator.",
              );
            if (payment._count.expenses > 0)
              throw new ActionError("You have added expenses. Remove them first, or send them for approval.");
          },
        },
        tx,
      ),
    );
    revalidatePath("/", "layout");
    return { message: "Done. There is nothing to pay for this session." };
  },
);
