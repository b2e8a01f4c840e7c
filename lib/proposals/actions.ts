"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { STAGE } from "@/lib/labels";
import { notify } from "@/lib/notifications/notify";
import { proposalSummary } from "./summary";
import { proposeInvolvementSchema } from "./schemas";

/**
 * An expert (or a partner group, through one of its members) proposes an involvement idea. Like
 * an academic's request, it becomes a draft opportunity at the chosen university, and that
 * university's coordinators are told; they decide, set the pay and publish it.
 */
export const proposeInvolvementAction = defineAction(
  { name: "proposeInvolvement", area: "expert", schema: proposeInvolvementSchema },
  async (input, { user }) => {
    const institution = await db.$transaction(async (tx) => {
      const institution = await tx.institution.findFirst({
        where: { id: input.institutionId, partnershipId: user.partnershipId },
        select: { id: true, name: true },
      });
      if (!institution)
        throw new ActionError("Choose a university from the list.", "INVALID", {
          institutionId: ["Choose a university from the list"],
        });
      const partner = input.partnerId
        ? await tx.partner.findFirst({
            where: { id: input.partnerId, partnershipId: user.partnershipId, experts: { some: { id: user.expertId } } },
            select: { id: true, name: true },
          })
        : null;
      if (input.partnerId && !partner)
        throw new ActionError("Choose one of your own groups, or propose it yourself.", "INVALID", {
          partnerId: ["Choose one of your own groups, or propose it yourself"],
        });
      const opportunity = await tx.opportunity.create({
        data: {
          institutionId: institution.id,
          type: input.type,
          stage: input.stage,
          title: input.title,
          summary: proposalSummary(input),
          livedExperienceSought: [],
          payRatePence: 0,
          status: "DRAFT",
          createdById: user.id,
          requestedById: user.id,
          proposedForPartnerId: partner?.id ?? null,
        },
        select: { id: true },
      });
      const coordinators = await tx.user.findMany({
        where: { institutionId: institution.id, role: "COORDINATOR", active: true },
        select: { id: true },
      });
      const who = partner ? `${user.name}, for ${partner.name},` : user.name;
      await notify(
        coordinators.map((c) => ({
          userId: c.id,
          kind: "REQUEST" as const,
          title: "A new involvement idea from an expert",
          body: `${who} proposed “${input.title}” (${STAGE[input.stage].toLowerCase()}). It is a draft opportunity for you to look at.`,
          link: `/coordinator/opportunities/${opportunity.id}`,
        })),
        tx,
      );
      await audit(
        {
          actorId: user.id,
          action: "opportunity.proposed",
          entityType: "Opportunity",
          entityId: opportunity.id,
          after: {
            institutionId: institution.id,
            type: input.type,
            stage: input.stage,
            partnerId: partner?.id ?? null,
          },
        },
        tx,
      );
      return institution;
    });
    revalidatePath("/expert/propose");
    return {
      message: `Thank you. Your idea has gone to the involvement coordinators at ${institution.name}. They will be in touch.`,
    };
  },
);
