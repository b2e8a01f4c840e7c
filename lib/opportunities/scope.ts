import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import type { DbClient } from "@/lib/db";
import { isRetired } from "@/lib/modules/queries";
import { resolvePay } from "@/lib/rates/pick";
import type { OpportunityInput } from "./schemas";

/**
 * The fields the form controls, after checking the module and rate belong to this university.
 * `opportunityId` is set on updates: the card rate is then the one in force at its first session.
 */
export async function opportunityData(
  { institutionId, input, opportunityId }: { institutionId: string; input: OpportunityInput; opportunityId?: string },
  db: DbClient,
) {
  if (input.moduleId) {
    const found = await db.module.findFirst({
      where: { id: input.moduleId, programme: { institutionId } },
      select: { id: true, retiredAt: true, programme: { select: { retiredAt: true } } },
    });
    if (!found)
      throw new ActionError("Choose a module from your university.", "INVALID", {
        moduleId: ["Choose a module from your university"],
      });
    // A retired module stays on the opportunities that already had it, but is not chosen anew.
    if (isRetired(found)) {
      const kept =
        opportunityId &&
        (await db.opportunity.findFirst({
          where: { id: opportunityId, institutionId, moduleId: found.id },
          select: { id: true },
        }));
      if (!kept)
        throw new ActionError("That module is retired. Choose a current module.", "INVALID", {
          moduleId: ["That module is retired: choose a current module, or none"],
        });
    }
  }
  if (input.rateId) {
    const rate = await db.rate.findFirst({ where: { id: input.rateId, institutionId }, select: { id: true } });
    if (!rate)
      throw new ActionError("Choose a rate from your university's rate card.", "INVALID", {
        rateId: ["Choose a rate from your university's rate card"],
      });
  }
  if (input.contactId) {
    // The contact is someone experts can reach at this university: an active coordinator or admin.
    const contact = await db.user.findFirst({
      where: { id: input.contactId, institutionId, active: true, role: { in: ["COORDINATOR", "ADMIN"] } },
      select: { id: true },
    });
    if (!contact)
      throw new ActionError("Choose a contact from your university's coordinators.", "INVALID", {
        contactId: ["Choose a contact from your university's coordinators"],
      });
  }
  const pay = await resolvePay({ institutionId, input, opportunityId }, db);
  return {
    type: input.type,
    stage: input.stage ?? null,
    // A group meeting is peer support, not involvement in a programme: it has no depth to record.
    participationLevel: input.type === "GROUP_MEETING" ? null : (input.participationLevel ?? null),
    title: input.title,
    summary: input.summary,
    whatYouWillDo: input.whatYouWillDo,
    // A group meeting is for the whole cohort, not for some lived experiences.
    livedExperienceSought: input.type === "GROUP_MEETING" ? [] : input.livedExperienceSought,
    moduleId: input.moduleId ?? null,
    payRatePence: pay.payRatePence,
    payBasis: input.payBasis,
    rateId: pay.rateId,
    rateOverrideReason: pay.rateOverrideReason,
    preparationOffered: input.preparationOffered,
    // Minutes only mean something when preparation is offered.
    preparationMinutes: input.preparationOffered ? input.preparationMinutes : 0,
    debriefOffered: input.debriefOffered,
    whoWillBeThere: input.whoWillBeThere,
    // A group meeting has no students.
    cohortSize: input.type === "GROUP_MEETING" ? null : (input.cohortSize ?? null),
    sensitiveTopic: input.sensitiveTopic,
    // The note only means something when the box is ticked.
    sensitiveTopicNote: input.sensitiveTopic ? input.sensitiveTopicNote : "",
    quietRoomOffered: input.quietRoomOffered,
    supporterWelcome: input.supporterWelcome,
    // Left out when blank, so an update keeps the contact it had.
    ...(input.contactId ? { contactId: input.contactId } : {}),
  };
}

/** One of this university's opportunities, or a "not found" refusal. */
export async function findOwnOpportunity(
  { opportunityId, institutionId }: { opportunityId: string; institutionId: string },
  db: DbClient,
) {
  const opportunity = await db.opportunity.findFirst({
    where: { id: opportunityId, institutionId },
    select: { id: true, status: true, title: true, requestedById: true },
  });
  if (!opportunity) throw notFound("That opportunity");
  return opportunity;
}
