"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { cancelOpportunity } from "./cancel";
import { cancelOpportunitySchema, opportunityIdSchema, opportunitySchema, updateOpportunitySchema } from "./schemas";
import { findOwnOpportunity, opportunityData } from "./scope";
import { notify } from "@/lib/notifications/notify";

const page = (id: string) => `/coordinator/opportunities/${id}`;

function refresh(id?: string) {
  revalidatePath("/coordinator", "layout");
  revalidatePath("/expert", "layout");
  revalidatePath("/academic", "layout");
  if (id) revalidatePath(page(id));
}

export const createOpportunityAction = defineAction(
  { name: "createOpportunity", area: "coordinator", schema: opportunitySchema },
  async (input, { user }) => {
    const { institutionId } = user;
    const id = await db.$transaction(async (tx) => {
      const data = await opportunityData({ institutionId, input }, tx);
      const created = await tx.opportunity.create({
        data: { ...data, institutionId, status: "DRAFT", createdById: user.id, contactId: data.contactId ?? user.id },
        select: { id: true },
      });
      await audit(
        {
          actorId: user.id,
          action: "opportunity.created",
          entityType: "Opportunity",
          entityId: created.id,
          after: { title: data.title, status: "DRAFT" },
        },
        tx,
      );
      return created.id;
    });
    refresh();
    redirect(page(id));
  },
);

export const updateOpportunityAction = defineAction(
  { name: "updateOpportunity", area: "coordinator", schema: updateOpportunitySchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const before = await tx.opportunity.findFirst({
        where: { id: input.opportunityId, institutionId },
        select: { status: true, title: true, payRatePence: true, payBasis: true, participationLevel: true },
      });
      if (!before) throw new ActionError("That opportunity could not be found.", "NOT_FOUND");
      if (before.status === "CANCELLED")
        throw new ActionError("This opportunity has been cancelled, so it cannot be changed.");
      const { opportunityId, ...fields } = input;
      const data = await opportunityData({ institutionId, input: fields, opportunityId }, tx);
      const changed = await tx.opportunity.updateMany({
        where: { id: input.opportunityId, institutionId, status: { not: "CANCELLED" } },
        data,
      });
      if (changed.count !== 1) throw new ActionError("This opportunity has been cancelled, so it cannot be changed.");
      // Its sessions' involvement records are the evidence of it: they take the level it now says.
      if (before.participationLevel !== data.participationLevel)
        await tx.involvementRecord.updateMany({
          where: { session: { opportunityId: input.opportunityId } },
          data: { participationLevel: data.participationLevel },
        });
      await audit(
        {
          actorId: user.id,
          action: "opportunity.updated",
          entityType: "Opportunity",
          entityId: input.opportunityId,
          before: {
            title: before.title,
            payRatePence: before.payRatePence,
            payBasis: before.payBasis,
            participationLevel: before.participationLevel,
          },
          after: {
            title: data.title,
            payRatePence: data.payRatePence,
            payBasis: data.payBasis,
            participationLevel: data.participationLevel,
          },
        },
        tx,
      );
    });
    refresh(input.opportunityId);
    redirect(page(input.opportunityId));
  },
);

export const publishOpportunityAction = defineAction(
  { name: "publishOpportunity", area: "coordinator", schema: opportunityIdSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const opportunity = await findOwnOpportunity({ opportunityId: input.opportunityId, institutionId }, tx);
      if (opportunity.status !== "DRAFT") throw new ActionError("Only a draft can be published.");
      const upcoming = await tx.session.count({
        where: { opportunityId: opportunity.id, cancelledAt: null, startsAt: { gt: new Date() } },
      });
      if (!upcoming) throw new ActionError("Add at least one session before publishing");
      const full = await tx.opportunity.findUniqueOrThrow({
        where: { id: opportunity.id },
        select: { payRatePence: true },
      });
      if (full.payRatePence <= 0) throw new ActionError("Set the pay before publishing. Involvement is paid work.");
      const changed = await tx.opportunity.updateMany({
        where: { id: opportunity.id, institutionId, status: "DRAFT" },
        data: { status: "OPEN", publishedAt: new Date() },
      });
      if (changed.count !== 1) throw new ActionError("Only a draft can be published.");
      if (opportunity.requestedById) {
        await notify(
          {
            userId: opportunity.requestedById,
            kind: "REQUEST",
            institutionId,
            title: "Your involvement request is open",
            body: `"${opportunity.title}" is now open, and experts by experience can sign up.`,
            link: "/academic",
          },
          tx,
        );
      }
      await audit(
        {
          actorId: user.id,
          action: "opportunity.published",
          entityType: "Opportunity",
          entityId: opportunity.id,
          before: { status: "DRAFT" },
          after: { status: "OPEN" },
        },
        tx,
      );
    });
    refresh(input.opportunityId);
    return { message: "Published. Experts in your partnership can now see it and sign up." };
  },
);

export const closeOpportunityAction = defineAction(
  { name: "closeOpportunity", area: "coordinator", schema: opportunityIdSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const opportunity = await findOwnOpportunity({ opportunityId: input.opportunityId, institutionId }, tx);
      const changed = await tx.opportunity.updateMany({
        where: { id: opportunity.id, institutionId, status: { in: ["OPEN", "FILLED"] } },
        data: { status: "CLOSED" },
      });
      if (changed.count !== 1) throw new ActionError("Only an open opportunity can be closed.");
      await audit(
        {
          actorId: user.id,
          action: "opportunity.closed",
          entityType: "Opportunity",
          entityId: opportunity.id,
          before: { status: opportunity.status },
          after: { status: "CLOSED" },
        },
        tx,
      );
    });
    refresh(input.opportunityId);
    return { message: "Closed to new sign-ups. People already booked keep their places." };
  },
);

export const cancelOpportunityAction = defineAction(
  { name: "cancelOpportunity", area: "coordinator", schema: cancelOpportunitySchema },
  async (input, { user }) => {
    const result = await cancelOpportunity({ user, opportunityId: input.opportunityId, reason: input.reason });
    refresh(input.opportunityId);
    const n = result.bookings;
    return {
      message: `Cancelled. ${n === 0 ? "Nobody was booked." : `We have told the ${n} ${n === 1 ? "person" : "people"} who had asked for a place.`}`,
    };
  },
);
