import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { SessionUser } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import { resolvePay } from "@/lib/rates/pick";
import type { OpportunityInput } from "./schemas";

/** Coordinators and admins act only on their own university's records. */
export function institutionOf(user: SessionUser): string {
  if (!user.institutionId)
    throw new ActionError("Your account is not linked to a university. Ask an administrator to fix this.", "FORBIDDEN");
  return user.institutionId;
}

/** The fields the form controls, after checking the module and rate belong to this university. */
export async function opportunityData(tx: DbClient, institutionId: string, input: OpportunityInput) {
  if (input.moduleId) {
    const found = await tx.module.findFirst({
      where: { id: input.moduleId, programme: { institutionId } },
      select: { id: true },
    });
    if (!found)
      throw new ActionError("Choose a module from your university.", "INVALID", {
        moduleId: ["Choose a module from your university"],
      });
  }
  if (input.rateId) {
    const rate = await tx.rate.findFirst({ where: { id: input.rateId, institutionId }, select: { id: true } });
    if (!rate)
      throw new ActionError("Choose a rate from your university's rate card.", "INVALID", {
        rateId: ["Choose a rate from your university's rate card"],
      });
  }
  // Updates carry opportunityId: the card rate is then the one in force at its first session.
  const pay = await resolvePay(
    tx,
    institutionId,
    input,
    "opportunityId" in input ? String(input.opportunityId) : undefined,
  );
  return {
    type: input.type,
    stage: input.stage,
    title: input.title,
    summary: input.summary,
    whatYouWillDo: input.whatYouWillDo,
    livedExperienceSought: input.livedExperienceSought,
    moduleId: input.moduleId ?? null,
    payRatePence: pay.payRatePence,
    payBasis: input.payBasis,
    rateId: pay.rateId,
    rateOverrideReason: pay.rateOverrideReason,
    preparationOffered: input.preparationOffered,
    // Minutes only mean something when preparation is offered.
    preparationMinutes: input.preparationOffered ? input.preparationMinutes : 0,
    debriefOffered: input.debriefOffered,
  };
}

export async function findOwnOpportunity(tx: DbClient, institutionId: string, opportunityId: string) {
  const opportunity = await tx.opportunity.findFirst({
    where: { id: opportunityId, institutionId },
    select: { id: true, status: true, title: true, requestedById: true },
  });
  if (!opportunity) throw notFound("That opportunity");
  return opportunity;
}
