"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatMinutes } from "@/lib/format";
import { isRetired, ledBy } from "@/lib/modules/queries";
import { addInvolvementSchema, deleteInvolvementSchema } from "./schemas";

/** An academic logs involvement by hand on a module they lead (a guest talk, a marking day). */
export const addInvolvementRecordAction = defineAction(
  { name: "addInvolvementRecord", area: "academic", schema: addInvolvementSchema },
  async (input, { user }) => {
    const record = await db.$transaction(async (tx) => {
      const led = await tx.module.findFirst({
        where: { id: input.moduleId, ...ledBy(user) },
        select: { id: true, retiredAt: true, programme: { select: { retiredAt: true } } },
      });
      if (!led) throw notFound("That module");
      if (isRetired(led))
        throw new ActionError("This module is retired, so no new involvement can be added to it.", "CONFLICT");
      const created = await tx.involvementRecord.create({
        data: {
          moduleId: led.id,
          date: input.date,
          stage: input.stage,
          participationLevel: input.participationLevel ?? null,
          minutes: input.hours,
          description: input.description,
          expertCount: input.expertCount,
          loggedById: user.id,
        },
        select: { id: true, stage: true, participationLevel: true, minutes: true, expertCount: true, date: true },
      });
      await audit(
        {
          actorId: user.id,
          action: "involvement.add",
          entityType: "InvolvementRecord",
          entityId: created.id,
          after: {
            moduleId: led.id,
            stage: created.stage,
            participationLevel: created.participationLevel,
            minutes: created.minutes,
            expertCount: created.expertCount,
            date: created.date.toISOString(),
          },
        },
        tx,
      );
      return created;
    });
    revalidatePath(`/academic/modules/${input.moduleId}`);
    revalidatePath("/academic");
    return { message: `Involvement added: ${formatMinutes(record.minutes)}.`, data: { recordId: record.id } };
  },
);

/**
 * Academics may remove only what they typed in themselves. Records made from attended sessions
 * are evidence the coordinator recorded, so they stay.
 */
export const deleteInvolvementRecordAction = defineAction(
  { name: "deleteInvolvementRecord", area: "academic", schema: deleteInvolvementSchema },
  async (input, { user }) => {
    const moduleId = await db.$transaction(async (tx) => {
      const record = await tx.involvementRecord.findFirst({
        where: { id: input.recordId, module: ledBy(user) },
        select: {
          id: true,
          moduleId: true,
          sessionId: true,
          loggedById: true,
          stage: true,
          minutes: true,
          expertCount: true,
          date: true,
          description: true,
        },
      });
      if (!record) throw notFound("That involvement record");
      if (record.sessionId)
        throw new ActionError(
          "This record comes from a session the coordinator recorded, so it cannot be deleted here.",
        );
      if (record.loggedById !== user.id) throw new ActionError("You can only delete records you added yourself.");
      const { count } = await tx.involvementRecord.deleteMany({
        where: { id: record.id, sessionId: null, loggedById: user.id },
      });
      if (count !== 1) throw notFound("That involvement record");
      await audit(
        {
          actorId: user.id,
          action: "involvement.delete",
          entityType: "InvolvementRecord",
          entityId: record.id,
          before: {
            moduleId: record.moduleId,
            stage: record.stage,
            minutes: record.minutes,
            expertCount: record.expertCount,
            date: record.date.toISOString(),
            description: record.description,
          },
        },
        tx,
      );
      return record.moduleId;
    });
    revalidatePath(`/academic/modules/${moduleId}`);
    revalidatePath("/academic");
    return { message: "Record deleted." };
  },
);
