"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/db";
import { OPPORTUNITY_TYPE } from "@/lib/labels";
import { isRetired, ledBy } from "@/lib/modules/queries";
import { requestInvolvementSchema } from "./schemas";

/**
 * An academic asks for involvement on a module they lead. It becomes a draft opportunity in
 * the module's institution: the coordinator sets the pay, finds the people and publishes it.
 */
export const requestInvolvementAction = defineAction(
  { name: "requestInvolvement", area: "academic", schema: requestInvolvementSchema },
  async (input, { user }) => {
    await db.$transaction(async (tx) => {
      const led = await tx.module.findFirst({
        where: { id: input.moduleId, ...ledBy(user) },
        select: {
          id: true,
          code: true,
          title: true,
          retiredAt: true,
          programme: { select: { institutionId: true, retiredAt: true } },
        },
      });
      if (!led) throw notFound("That module");
      if (isRetired(led))
        throw new ActionError("That module is retired. Choose a current module.", "INVALID", {
          moduleId: ["That module is retired: choose a current module"],
        });
      const institutionId = led.programme.institutionId;
      const opportunity = await tx.opportunity.create({
        data: {
          institutionId,
          type: input.type,
          stage: input.stage,
          title: input.title,
          summary: input.description,
          livedExperienceSought: [],
          moduleId: led.id,
          payRatePence: 0,
          status: "DRAFT",
          createdById: user.id,
          requestedById: user.id,
          requestNotes: input.preferredDates,
          placesWanted: input.placesWanted,
        },
        select: { id: true },
      });
      const coordinators = await tx.user.findMany({
        where: { institutionId, role: "COORDINATOR", active: true },
        select: { id: true },
      });
      await notify(
        coordinators.map((c) => ({
          userId: c.id,
          kind: "REQUEST",
          title: `New involvement request for ${led.code}`,
          body: `${user.name} asked for ${OPPORTUNITY_TYPE[input.type].toLowerCase()} on ${led.code} ${led.title}: “${input.title}”. ${input.placesWanted} ${input.placesWanted === 1 ? "person" : "people"} wanted.`,
          link: `/coordinator/opportunities/${opportunity.id}`,
        })),
        tx,
      );
      await audit(
        {
          actorId: user.id,
          action: "opportunity.request",
          entityType: "Opportunity",
          entityId: opportunity.id,
          after: {
            moduleId: led.id,
            type: input.type,
            stage: input.stage,
            placesWanted: input.placesWanted,
            status: "DRAFT",
          },
        },
        tx,
      );
    });
    revalidatePath("/academic/request");
    return {
      message:
        "Your request has been sent to the involvement coordinators. They will be in touch about dates and people.",
    };
  },
);
