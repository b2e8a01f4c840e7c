"use server";
/** Admins keep the institutions of their own partnership. */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { institutionSchema, updateInstitutionSchema } from "./schemas";

// Institution names are unique across the whole database, not only the partnership.
const nameTaken = () =>
  new ActionError("There is already an institution with this name.", "CONFLICT", {
    name: ["Use a different name: an institution with this name already exists"],
  });

export const createInstitutionAction = defineAction(
  { name: "createInstitution", area: "admin", schema: institutionSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const created = await tx.institution.create({ data: { ...input, partnershipId }, select: { id: true } });
        await audit(
          {
            actorId: user.id,
            action: "institution.created",
            entityType: "Institution",
            entityId: created.id,
            after: input,
          },
          tx,
        );
        return created.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    revalidatePath("/admin");
    redirect(`/admin/institutions/${id}?saved=created`);
  },
);

export const updateInstitutionAction = defineAction(
  { name: "updateInstitution", area: "admin", schema: updateInstitutionSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    const { institutionId, ...data } = input;
    try {
      await db.$transaction(async (tx) => {
        const before = await tx.institution.findFirst({
          where: { id: institutionId, partnershipId },
          select: {
            name: true,
            shortName: true,
            costCentre: true,
            mileageRatePence: true,
            latePaymentDays: true,
            expertContactName: true,
            expertContactEmail: true,
            expertContactPhone: true,
            privacyContactEmail: true,
            accessibilityContactEmail: true,
            regulator: true,
          },
        });
        if (!before) throw notFound("That institution");
        const changed = await tx.institution.updateMany({ where: { id: institutionId, partnershipId }, data });
        if (changed.count !== 1) throw notFound("That institution");
        await audit(
          {
            actorId: user.id,
            action: "institution.updated",
            entityType: "Institution",
            entityId: institutionId,
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
    revalidatePath("/admin", "layout");
    return { message: "Changes saved." };
  },
);
