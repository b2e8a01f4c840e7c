import { z } from "zod";
import { Regulator } from "@/lib/generated/prisma/enums";
import { cleanedText, moneyInPounds, optionalText, recordId, requiredText } from "@/lib/validation/fields";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, "Enter an email address of 200 characters or fewer")
  .optional()
  .transform((v) => v ?? "")
  .refine(
    (v) => v === "" || z.email().safeParse(v).success,
    "Enter an email address in the correct format, like name@example.ac.uk",
  );

const phone = z
  .string()
  .trim()
  .max(40, "Enter a phone number of 40 characters or fewer")
  .regex(/^[0-9+()\s-]*$/, "Enter a phone number, like 0113 496 0000")
  .optional()
  .transform((v) => v ?? "");

const fields = {
  name: requiredText(200, "Enter the institution's full name", "Enter a name of 200 characters or fewer"),
  shortName: requiredText(40, "Enter a short name, for example NBU", "Enter a short name of 40 characters or fewer"),
  costCentre: cleanedText(50, "The cost centre must be 50 characters or fewer").optional().default(""),
  mileageRate: moneyInPounds({ what: "the rate per mile", max: 500, example: "0.45" }),
  latePaymentDays: z.coerce
    .number({ error: "Enter the number of days as a whole number, for example 30" })
    .int("Enter the number of days as a whole number, for example 30")
    .min(1, "Enter a number of days from 1 to 365")
    .max(365, "Enter a number of days from 1 to 365"),
  expertContactName: optionalText(200, "Enter a name of 200 characters or fewer"),
  expertContactEmail: email,
  expertContactPhone: phone,
  privacyContactEmail: email,
  accessibilityContactEmail: email,
  /** "NONE" (or nothing) stores no regulator: the evidence pack then maps no standards. */
  regulator: z
    .enum([...Object.values(Regulator), "NONE"], { error: "Select a regulator from the list" })
    .optional()
    .transform((v) => (v === undefined || v === "NONE" ? null : v)),
};

/** The mileage rate is typed in pounds and pence ("0.45") and stored as integer pence. */
const withMileagePence = <T extends { mileageRate: number }>({ mileageRate, ...input }: T) => ({
  ...input,
  mileageRatePence: mileageRate,
});

export const institutionSchema = z.object(fields).transform(withMileagePence);

export const updateInstitutionSchema = z.object({ institutionId: recordId(), ...fields }).transform(withMileagePence);

export type InstitutionInput = z.output<typeof institutionSchema>;
