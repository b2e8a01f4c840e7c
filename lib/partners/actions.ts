"use server";
/** Coordinators keep the partner groups of their own partnership. */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { partnerSchema, updatePartnerSchema } from "./schemas";

const nameTaken = () =>
  new ActionError("There is already a group with this name in your partnership.", "CONFLICT", {
    name: ["Use a different name, or open the existing group"],
  });

export const createPartnerAction = defineAction(
  { name: "createPartner", area: "coordinator", schema: partnerSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const partner = await tx.partner.create({ data: { ...input, partnershipId }, select: { id: true } });
        await audit(
          {
            actorId: user.id,
            action: "partner.created",
            entityType: "Partner",
            entityId: partner.id,
            after: { name: input.name, type: input.type },
          },
          tx,
        );
        return partner.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    revalidatePath("/coordinator/partners");
    redirect(`/coordinator/partners/${id}?saved=created`);
  },
);

export const updatePartnerAction = defineAction(
  { name: "updatePartner", area: "coordinator", schema: updatePartnerSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    const { partnerId, ...data } = input;
    try {
      await db.$transaction(async (tx) => {
        const before = await tx.partner.findFirst({
          where: { id: partnerId, partnershipId },
          select: { name: true, type: true, contactName: true, contactEmail: true, contactPhone: true, notes: true },
        });
        if (!before) throw notFound("That group");
        const changed = await tx.partner.updateMany({ where: { id: partnerId, partnershipId }, data });
        if (changed.count !== 1) throw notFound("That group");
        await audit(
          {
            actorId: user.id,
            action: "partner.updated",
            entityType: "Partner",
            entityId: partnerId,
            before,
            after: data,
          },
          tx,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    revalidatePath("/coordinator/partners");
    revalidatePath(`/coordinator/partners/${partnerId}`);
    return { message: "Changes saved." };
  },
);
