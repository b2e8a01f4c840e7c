/** Form input for payments. Amounts arrive as pounds text and leave as integer pence. */
import { z } from "zod";
import { ExpenseType } from "@/lib/generated/prisma/enums";
import { formatMoney, parsePounds } from "@/lib/format";
import { parseLondonDateTime } from "@/lib/time";

/** The most one expense line may claim: £5,000. */
export const MAX_LINE_PENCE = 500_000;
export const MAX_MILES = 1000;

export const idField = z
  .string()
  .trim()
  .min(1, "Something went wrong: the record is missing")
  .max(40)
  .regex(/^[\w-]+$/, "Something went wrong: the record is missing");
// Control characters (a NUL byte cannot even be stored) are dropped; line breaks and tabs stay.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Free text from a form: control characters removed, then trimmed and capped. */
export const textField = (max: number, tooLong: string, missing = tooLong) =>
  z
    .string({ error: missing })
    .max(max * 2 + 100, tooLong)
    .transform((s) => s.replace(CONTROL, "").trim())
    .pipe(z.string().max(max, tooLong));
const optionalText = z.string().trim().max(20).optional().default("");

/** "12.50" → 1250, or an issue on `path` explaining what to fix. */
export function poundsToPence(
  text: string,
  path: string,
  ctx: z.RefinementCtx,
  options: { what?: string; max?: number; example?: string } = {},
): number | null {
  const { what = "the amount", max = MAX_LINE_PENCE, example = "4.50" } = options;
  const issue = (message: string) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    return null;
  };
  if (!text) return issue(`Enter ${what}, for example ${example}`);
  if (/^\s*-/.test(text)) return issue(`${capital(what)} cannot be negative`);
  const pence = parsePounds(text);
  if (pence === null) return issue(`Enter ${what} in pounds and pence, for example ${example}`);
  if (pence < 1) return issue(`${capital(what)} must be at least 1p`);
  if (pence > max)
    return issue(
      `${capital(what)} must be ${formatMoney(max).replace(".00", "")} or less. Check it, or ask your coordinator`,
    );
  return pence;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const addExpenseSchema = z
  .object({
    paymentId: idField,
    type: z.enum(ExpenseType, { error: "Choose what the expense was for" }),
    miles: optionalText,
    amount: optionalText,
    note: textField(500, "The note must be 500 characters or fewer").optional().default(""),
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
  reason: textField(500, "The reason must be 500 characters or fewer", "Say what the expert needs to change").pipe(
    z.string().min(1, "Say what the expert needs to change"),
  ),
});

/** A London calendar date typed into <input type="date">, as the instant of its midnight. */
export const londonDateField = (missing: string) =>
  z
    .string()
    .trim()
    .max(10)
    .transform((text, ctx) => {
      if (!text) {
        ctx.addIssue({ code: "custom", message: missing });
        return z.NEVER;
      }
      const date = parseLondonDateTime(text, "00:00");
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Enter a real date, for example 27 3 2027" });
        return z.NEVER;
      }
      return date;
    });

const paidFields = {
  paidOn: londonDateField("Enter the date it was paid"),
  reference: textField(
    100,
    "The reference must be 100 characters or fewer",
    "Enter the payment reference from the finance office",
  ).pipe(z.string().min(1, "Enter the payment reference from the finance office")),
};

export const markPaidSchema = z.object({ paymentId: idField, ...paidFields });
export const markExportPaidSchema = z.object({ exportId: idField, ...paidFields });
export const emptySchema = z.object({});
