"use server";
/** Rate card and payment settings. Rates are never edited in place: a new rate starts on a date. */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { OPPORTUNITY_TYPE, PAY_BASIS } from "@/lib/labels";
import { formatCalendarDate, londonCalendarDate } from "./dates";
import { addRateSchema, paymentSettingsSchema } from "./schemas";

export const addRateAction = defineAction(
  { name: "addRate", area: "coordinator", schema: addRateSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    // A rate starting in the past would rewrite what earlier opportunities were offered.
    if (input.effectiveFrom.getTime() < londonCalendarDate(new Date()).getTime()) {
      throw new ActionError("A new rate cannot start in the past.", "INVALID", {
        effectiveFrom: ["The date the rate starts must be today or in the future"],
      });
    }
    await db.$transaction(async (tx) => {
      const created = await tx.rate.createManyAndReturn({
        data: [{ institutionId, ...input }],
        skipDuplicates: true,
        select: { id: true },
      });
      const rate = created[0];
      if (!rate) {
        throw new ActionError("There is already a rate for this from that date.", "INVALID", {
          effectiveFrom: [
            "There is already a rate for this kind of opportunity and basis from that date. Choose another date",
          ],
        });
      }
      await audit(
        {
          actorId: user.id,
          action: "rate.added",
          entityType: "Rate",
          entityId: rate.id,
          after: { ...input, effectiveFrom: input.effectiveFrom.toISOString().slice(0, 10) },
        },
        tx,
      );
    });
    revalidatePath("/coordinator/rates");
    return {
      message: `Added: ${OPPORTUNITY_TYPE[input.opportunityType]}, ${formatMoney(input.amountPence)} ${PAY_BASIS[input.basis]}, from ${formatCalendarDate(input.effectiveFrom)}.`,
    };
  },
);

export const updatePaymentSettingsAction = defineAction(
  { name: "updatePaymentSettings", area: "coordinator", schema: paymentSettingsSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const before = await tx.institution.findUniqueOrThrow({
        where: { id: institutionId },
        select: { mileageRatePence: true, latePaymentDays: true, costCentre: true },
      });
      await tx.institution.update({ where: { id: institutionId }, data: input });
      await audit(
        {
          actorId: user.id,
          action: "institution.payment_settings_changed",
          entityType: "Institution",
          entityId: institutionId,
          before,
          after: input,
        },
        tx,
      );
    });
    revalidatePath("/", "layout");
    return { message: "Payment settings saved." };
  },
);
