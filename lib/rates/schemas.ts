import { z } from "zod";
import { OpportunityType, PayBasis } from "@/lib/generated/prisma/enums";
import { dateInputField, withDateInputs } from "@/lib/validation/date-input";
import { cleanedText, poundsToPence } from "@/lib/validation/fields";
import { parseCalendarDate } from "./dates";

export const addRateSchema = withDateInputs(
  ["effectiveFrom"],
  z
    .object({
      opportunityType: z.enum(OpportunityType, { error: "Choose the kind of opportunity" }),
      basis: z.enum(PayBasis, { error: "Choose how the rate is paid" }),
      amount: z.string().trim().max(20).optional().default(""),
      effectiveFrom: dateInputField({ label: "The date the rate starts", missing: "Enter the date the rate starts" }),
      paysPreparation: z.literal("on").optional(),
    })
    .transform((input, ctx) => {
      const amountPence = poundsToPence(input.amount, "amount", ctx, { what: "the rate", example: "25.00" });
      const effectiveFrom = parseCalendarDate(input.effectiveFrom);
      if (!effectiveFrom) {
        ctx.addIssue({
          code: "custom",
          path: ["effectiveFrom"],
          message: "The date the rate starts must be a real date",
        });
      }
      if (amountPence === null || !effectiveFrom) return z.NEVER;
      return {
        opportunityType: input.opportunityType,
        basis: input.basis,
        amountPence,
        effectiveFrom,
        paysPreparation: input.paysPreparation === "on",
      };
    }),
);

export const paymentSettingsSchema = z
  .object({
    mileageRate: z.string().trim().max(20).optional().default(""),
    latePaymentDays: z.coerce
      .number({ error: "Enter the number of days as a whole number, for example 30" })
      .int("Enter the number of days as a whole number, for example 30")
      .min(1, "Enter a number of days from 1 to 365")
      .max(365, "Enter a number of days from 1 to 365"),
    costCentre: cleanedText(50, "The cost centre must be 50 characters or fewer").optional().default(""),
  })
  .transform((input, ctx) => {
    const mileageRatePence = poundsToPence(input.mileageRate, "mileageRate", ctx, {
      what: "the rate per mile",
      max: 500,
      example: "0.45",
    });
    if (mileageRatePence === null) return z.NEVER;
    return { mileageRatePence, latePaymentDays: input.latePaymentDays, costCentre: input.costCentre };
  });
