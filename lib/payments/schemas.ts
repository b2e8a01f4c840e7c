/** Form input for payments. Amounts arrive as pounds text and leave as integer pence. */
import { z } from "zod";
import { ExpenseType } from "@/lib/generated/prisma/enums";
import { parseLondonDateTime } from "@/lib/time";
import { dateInputField, withDateInputs, type DateWords } from "@/lib/validation/date-input";
import { cleanedText, MAX_AMOUNT_PENCE, optionalText, poundsToPence, recordId } from "@/lib/validation/fields";

/** The most one expense line may claim: £5,000. */
export const MAX_LINE_PENCE = MAX_AMOUNT_PENCE;
export const MAX_MILES = 1000;

/** The payment, expense or export a form is about (a hidden field). */
const idField = recordId();

export const addExpenseSchema = z
  .object({
    paymentId: idField,
    type: z.enum(ExpenseType, { error: "Choose what the expense was for" }),
    miles: optionalText(20, "Enter the miles as a whole number, for example 12"),
    amount: optionalText(20, "Enter the amount in pounds and pence, for example 4.50"),
    note: cleanedText(500, "The note must be 500 characters or fewer").optional().default(""),
  })
  .transform((input, ctx) => {
    const { paymentId, type, note } = input;
    if (type === "TRAVEL" && input.miles) {
      if (input.amount) {
        ctx.addIssue({
          code: "custom",
          path: ["amount"],
          message: "Enter either the miles you drove or the cost of the fare, not both",
        });
        return z.NEVER;
      }
      if (!/^\d{1,5}$/.test(input.miles)) {
        ctx.addIssue({ code: "custom", path: ["miles"], message: "Enter the miles as a whole number, for example 12" });
        return z.NEVER;
      }
      const miles = Number(input.miles);
      if (miles < 1 || miles > MAX_MILES) {
        ctx.addIssue({ code: "custom", path: ["miles"], message: "Enter between 1 and 1,000 miles" });
        return z.NEVER;
      }
      return { paymentId, type, note, miles, amountPence: null };
    }
    if (input.miles) {
      ctx.addIssue({
        code: "custom",
        path: ["miles"],
        message: "Miles are only for travel. Leave miles empty and enter the amount",
      });
      return z.NEVER;
    }
    const what = type === "TRAVEL" ? "the miles you drove or the cost of the fare" : "the amount";
    if (type === "TRAVEL" && !input.amount) {
      ctx.addIssue({ code: "custom", path: ["miles"], message: `Enter ${what}` });
      return z.NEVER;
    }
    const amountPence = poundsToPence(input.amount, "amount", ctx);
    if (amountPence === null) return z.NEVER;
    return { paymentId, type, note, miles: null, amountPence };
  });

export const removeExpenseSchema = z.object({ expenseId: idField });
export const paymentIdSchema = z.object({ paymentId: idField });

export const sendBackSchema = z.object({
  paymentId: idField,
  reason: cleanedText(500, "The reason must be 500 characters or fewer", "Say what the expert needs to change").pipe(
    z.string().min(1, "Say what the expert needs to change"),
  ),
});

/** A London calendar date typed as day, month and year (GOV.UK date input), as the instant of its midnight. */
export const londonDateField = (words: DateWords) =>
  dateInputField(words).transform((text, ctx) => {
    const date = parseLondonDateTime(text, "00:00");
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Enter a real date, for example 27 3 2027" });
      return z.NEVER;
    }
    return date;
  });

const paidFields = {
  paidOn: londonDateField({ label: "The date it was paid", missing: "Enter the date it was paid" }),
  reference: cleanedText(
    100,
    "The reference must be 100 characters or fewer",
    "Enter the payment reference from the finance office",
  ).pipe(z.string().min(1, "Enter the payment reference from the finance office")),
};

export const markPaidSchema = withDateInputs(["paidOn"], z.object({ paymentId: idField, ...paidFields }));
export const markExportPaidSchema = withDateInputs(["paidOn"], z.object({ exportId: idField, ...paidFields }));
export const emptySchema = z.object({});
