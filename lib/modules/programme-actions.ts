"use server";
/** Admins keep the programmes of every institution in their partnership. */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { createProgrammeSchema, retireProgrammeSchema, updateProgrammeSchema } from "./admin-schemas";
import { ownInstitution, ownProgramme, programmeNameTaken } from "./admin-scope";

export const createProgrammeAction = defineAction(
  { name: "createProgramme", area: "admin", schema: createProgrammeSchema },
  async (input, { user }) => {
    const { partnershipId } = user;
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        await ownInstitution({ institutionId: input.institutionId, partnershipId }, tx);
        const created = await tx.programme.create({ data: input, select: { id: true } });
        await audit(
          {
            actorId: user.id,
            action: "programme.created",
            entityType: "Programme",
            entityId: created.id,
            after: input,
          },
          tx,
        );
        return created.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw programmeNameTaken();
      throw error;
    }
    revalidatePath("/admin", "layout");
    redirect(`/admin/modules/programmes/${id}?saved=created`);
  },
);

export const updateProgrammeAction = defineAction(
  { name: "updateProgramme", area: "admin", schema: updateProgrammeSchema },
  async (input, { user }) => {
    const { programmeId, ...data } = input;
    try {
      await db.$transaction(async (tx) => {
        const before = await ownProgramme({ programmeId, partnershipId: user.partnershipId }, tx);
        await tx.programme.update({ where: { id: before.id }, data });
        await audit(
          {
            actorId: user.id,
            action: "programme.updated",
            entityType: "Programme",
            entityId: programmeId,
            before: { name: before.name, level: before.level },
            after: data,
          },
          tx,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw programmeNameTaken();
      throw error;
    }
    revalidatePath("/admin", "layout");
    return { message: "Changes saved." };
  },
);

/** Retired programmes (and their modules) are no longer offered for new work; history stays. */
export const retireProgrammeAction = defineAction(
  { name: "retireProgramme", area: "admin", schema: retireProgrammeSchema },
  async ({ programmeId, change }, { user }) => {
    const retire = change === "retire";
    await db.$transaction(async (tx) => {
      const programme = await ownProgramme({ programmeId, partnershipId: user.partnershipId }, tx);
      const changed = await tx.programme.updateMany({
        where: { id: programme.id, retiredAt: retire ? null : { not: null } },
        data: { retiredAt: retire ? new Date() : null },
      });
      if (changed.count !== 1)
        throw new ActionError(retire ? "This programme is already retired." : "This programme is not retired.");
      await audit(
        {
          actorId: user.id,
          action: retire ? "programme.retired" : "programme.reinstated",
          entityType: "Programme",
          entityId: programme.id,
        },
        tx,
      );
    });
    revalidatePath("/admin", "layout");
    return { message: retire ? "Programme retired." : "Programme reinstated." };
  },
);
