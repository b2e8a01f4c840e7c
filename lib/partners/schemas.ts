import { z } from "zod";
import { id, noNul } from "@/lib/experts/schemas";
import { PartnerType } from "@/lib/generated/prisma/enums";

const UNUSUAL = "Remove the unusual characters from this answer";

const text = (max: number, message = `Use ${max} characters or fewer`) =>
  z
    .string()
    .trim()
    .max(max, message)
    .refine(noNul, UNUSUAL)
    .optional()
    .transform((v) => v ?? "");

export const partnerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the group's name")
    .max(200, "Enter a name of 200 characters or fewer")
    .refine(noNul, UNUSUAL),
  type: z.enum(PartnerType, "Choose what kind of group it is"),
  contactName: text(200),
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
  notes: text(4000, "Keep the notes to 4000 characters or fewer"),
});

export const updatePartnerSchema = partnerSchema.extend({
  partnerId: id,
});
