"use server";
/** Admins keep the modules of every institution in their partnership. */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { createModuleSchema, retireModuleSchema, updateModuleSchema } from "./admin-schemas";
import { checkLeader, codeTaken, ownProgramme } from "./admin-scope";

export const createModuleAction = defineAction(
  { name: "createModule", area: "admin", schema: createModuleSchema },
  async (input, { user }) => {
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const programme = await ownProgramme({ programmeId: input.programmeId, partnershipId: user.partnershipId }, tx);
        if (programme.retiredAt)
          throw new ActionError("This programme is retired. Reinstate it before adding modules.", "CONFLICT", {
            programmeId: ["Choose a programme that is not retired"],
          });
        await checkLeader({ leaderId: input.leaderId, institutionId: programme.institutionId }, tx);
        const created = await tx.module.create({ data: input, select: { id: true } });
        await audit(
          { actorId: user.id, action: "module.created", entityType: "Module", entityId: created.id, after: input },
          tx,
        );
        return created.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(input.academicYear);
      throw error;
    }
    revalidatePath("/admin", "layout");
    redirect(`/admin/modules/${id}?saved=created`);
  },
);

const moduleBefore = { code: true, title: true, yearOfStudy: true, academicYear: true, leaderId: true } as const;

export const updateModuleAction = defineAction(
  { name: "updateModule", area: "admin", schema: updateModuleSchema },
  async (input, { user }) => {
    const { moduleId, ...data } = input;
    const scope = { id: moduleId, programme: { institution: { partnershipId: user.partnershipId } } };
    try {
      await db.$transaction(async (tx) => {
        const before = await tx.module.findFirst({
          where: scope,
          select: { ...moduleBefore, programme: { select: { institutionId: true } } },
        });
        if (!before) throw notFound("That module");
        const { programme, ...was } = before;
        await checkLeader(
          { leaderId: data.leaderId, institutionId: programme.institutionId, unchanged: was.leaderId },
          tx,
        );
        const changed = await tx.module.updateMany({ where: scope, data });
        if (changed.count !== 1) throw notFound("That module");
        await audit(
          {
            actorId: user.id,
            action: "module.updated",
            entityType: "Module",
            entityId: moduleId,
            before: was,
            after: data,
          },
          tx,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(data.academicYear);
      throw error;
    }
    revalidatePath("/admin", "layout");
    return { message: "Changes saved." };
  },
);

/** A retired module is no longer offered for new opportunities, requests or records; history stays. */
export const retireModuleAction = defineAction(
  { name: "retireModule", area: "admin", schema: retireModuleSchema },
  async ({ moduleId, change }, { user }) => {
    const retire = change === "retire";
    await db.$transaction(async (tx) => {
      const mod = await tx.module.findFirst({
        where: { id: moduleId, programme: { institution: { partnershipId: user.partnershipId } } },
        select: { id: true },
      });
      if (!mod) throw notFound("That module");
      const changed = await tx.module.updateMany({
        where: { id: mod.id, retiredAt: retire ? null : { not: null } },
        data: { retiredAt: retire ? new Date() : null },
      });
      if (changed.count !== 1)
        throw new ActionError(retire ? "This module is already retired." : "This module is not retired.");
      await audit(
        {
          actorId: user.id,
          action: retire ? "module.retired" : "module.reinstated",
          entityType: "Module",
          entityId: mod.id,
        },
        tx,
      );
    });
    revalidatePath("/admin", "layout");
    return { message: retire ? "Module retired." : "Module reinstated." };
  },
);
