/** Form schemas for expert profiles, invitations and status changes (zod 4, FormData input). */
import { z } from "zod";
import { parsePounds } from "@/lib/format";
import { ExpertStatus, LimitPeriod, OpportunityType, PaymentPreference } from "@/lib/generated/prisma/enums";
import { checkbox, checkboxGroup, noNul, optionalText, recordId, requiredText, UNUSUAL } from "@/lib/validation/fields";

/** An expert, partner group or other record chosen in a form. */
const id = recordId("Choose an option");

/** "carer, mental health ,  Carer" → ["carer", "mental health"] (first spelling kept). */
export const tagList = z
  .string()
  .max(1000, "Use 1000 characters or fewer")
  .refine(noNul, UNUSUAL)
  .optional()
  .transform((raw) => {
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const part of (raw ?? "").split(",")) {
      const tag = part.trim().replace(/\s+/g, " ");
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
    return tags;
  })
  .pipe(z.array(z.string().max(60, "Keep each area to 60 characters or fewer")).max(20, "Enter 20 areas or fewer"));

export const phone = z
  .string()
  .trim()
  .max(40, "Enter a phone number of 40 characters or fewer")
  .regex(/^[0-9+()\s-]*$/, "Enter a phone number, like 07700 900 982")
  .optional()
  .transform((v) => v || null);

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(200, "Enter an email address of 200 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"));

/*
 * The expert's own profile, one short form per section (each saved on its own), so a phone
 * never holds a long form. Every schema carries only its section's answers.
 */
const phoneNumber = (v: string) => /^[0-9+()\s-]*$/.test(v);

/** Contact details: their phone and someone who supports them. */
export const myContactDetailsSchema = z.object({
  phone,
  supportContactName: optionalText(200),
  supportContactPhone: optionalText(40).refine(phoneNumber, "Enter a phone number, like 07700 900 982"),
});

/** What they would like to do, their lived experience in their words, when they are free. */
export const myInterestsSchema = z.object({
  interests: checkboxGroup(z.enum(OpportunityType)),
  livedExperience: tagList,
  availabilityNotes: optionalText(2000),
});

export const myAccessNeedsSchema = z.object({ accessNeeds: optionalText(2000) });

/** How they are paid; the group only counts when paid through a group. */
export const myPaymentPreferenceSchema = z
  .object({
    paymentPreference: z.enum(PaymentPreference, "Choose how you would like to be paid"),
    paymentPartnerId: z
      .union([z.literal(""), id])
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.paymentPreference === "PAID_VIA_PARTNER" && !v.paymentPartnerId) {
      ctx.addIssue({ code: "custom", path: ["paymentPartnerId"], message: "Choose the group that pays you" });
    }
  })
  .transform((v) => ({
    paymentPreference: v.paymentPreference,
    paymentPartnerId: v.paymentPreference === "PAID_VIA_PARTNER" ? v.paymentPartnerId : null,
  }));

/** An earnings limit: blank pounds = no limit. */
export const myEarningsLimitSchema = z
  .object({
    earningsLimit: z
      .string()
      .trim()
      .max(20, "Enter the limit in pounds, like 183.50")
      .optional()
      .transform((v) => v ?? ""),
    earningsLimitPeriod: z
      .enum(LimitPeriod)
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .transform((v, ctx) => {
    let earningsLimitPence: number | null = null;
    if (v.earningsLimit) {
      earningsLimitPence = parsePounds(v.earningsLimit);
      if (earningsLimitPence === null || earningsLimitPence <= 0) {
        ctx.addIssue({ code: "custom", path: ["earningsLimit"], message: "Enter the limit in pounds, like 183.50" });
      } else if (!v.earningsLimitPeriod) {
        ctx.addIssue({
          code: "custom",
          path: ["earningsLimitPeriod"],
          message: "Choose whether the limit is for a week or a month",
        });
      }
    }
    return {
      earningsLimitPence,
      earningsLimitPeriod: earningsLimitPence === null ? null : (v.earningsLimitPeriod ?? null),
    };
  });

export const myBiographySchema = z.object({
  biography: optionalText(3000, "Keep your biography to 3000 characters or fewer"),
});

/** Whether academics also see their lived-experience areas (they always see the approved biography). */
export const myAcademicSharingSchema = z.object({ shareLivedExperienceWithAcademics: checkbox });

/** How their pages are shown. */
export const myDisplaySchema = z.object({ largerText: checkbox, easyRead: checkbox });

export const INVITE_STATUSES = ["ENQUIRY", "INDUCTION"] as const;

export const inviteExpertSchema = z.object({
  name: requiredText(200, "Enter their name", "Enter a name of 200 characters or fewer"),
  email,
  phone,
  livedExperience: tagList,
  interests: checkboxGroup(z.enum(OpportunityType)),
  partnerIds: checkboxGroup(id),
  status: z.enum(INVITE_STATUSES, "Choose where they are up to"),
  /** Also email the link to them now (the link is shown on screen either way). */
  emailLink: checkbox,
});

export const changeStatusSchema = z.object({
  expertId: id,
  status: z.enum(ExpertStatus, "Choose a status"),
  reason: requiredText(1000, "Enter the reason for the change", "Keep the reason to 1000 characters or fewer"),
});

export const expertBiographySchema = z.object({
  expertId: id,
  biography: optionalText(3000, "Keep the biography to 3000 characters or fewer"),
});

export const expertPartnersSchema = z.object({
  expertId: id,
  partnerIds: checkboxGroup(id),
});

/** A new set-password link, and whether to email it to them now. */
export const setPasswordLinkSchema = z.object({ expertId: id, emailLink: checkbox });
