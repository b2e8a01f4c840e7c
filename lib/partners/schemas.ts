import { z } from "zod";
import { PartnerType } from "@/lib/generated/prisma/enums";
import { optionalText, recordId, requiredText } from "@/lib/validation/fields";

export const partnerSchema = z.object({
  name: requiredText(200, "Enter the group's name", "Enter a name of 200 characters or fewer"),
  type: z.enum(PartnerType, "Choose what kind of group it is"),
  contactName: optionalText(200),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, "Enter an email address of 200 characters or fewer")
    .optional()
    .transform((v) => v ?? "")
    .refine(
      (v) => v === "" || z.email().safeParse(v).success,
      "Enter an email address in the correct format, like name@example.com",
    ),
  contactPhone: z
    .string()
    .trim()
    .max(40, "Enter a phone number of 40 characters or fewer")
    .regex(/^[0-9+()\s-]*$/, "Enter a phone number, like 0113 496 0000")
    .optional()
    .transform((v) => v ?? ""),
  notes: optionalText(4000, "Keep the notes to 4000 characters or fewer"),
});

export const updatePartnerSchema = partnerSchema.extend({
  partnerId: recordId(),
});
