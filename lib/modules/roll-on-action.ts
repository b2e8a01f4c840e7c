"use server";
/**
 * "Roll modules on to the next academic year": copy one institution's (or one programme's)
 * current modules from one year into the next, with their leaders, in one transaction. Modules
 * already in the next year are left alone, so running it twice copies nothing the second time.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { nextAcademicYear } from "./academic-year";
import { rollModulesOnSchema } from "./admin-schemas";
import { ownInstitution, ownProgramme } from "./admin-scope";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const rollModulesOnAction = defineAction(
  { name: "rollModulesOn", area: "admin", schema: rollModulesOnSchema },
  async ({ institutionId, programmeId, fromYear }, { user }) => {
    const { partnershipId } = user;
    const toYear = nextAcademicYear(fromYear);
    const result = await db.$transaction(async (tx) => {
      await ownInstitution({ institutionId, partnershipId }, tx);
      if (programmeId) {
        const programme = await ownProgramme({ programmeId, partnershipId }, tx);
        if (programme.institutionId !== institutionId)
          throw new ActionError("Choose a programme of this institution.", "INVALID", {
            programmeId: ["Choose a programme of this institution, or all programmes"],
          });
      }
      const programmeScope = { institutionId, retiredAt: null, ...(programmeId ? { id: programmeId } : {}) };
      const source = await tx.module.findMany({
        where: { academicYear: fromYear, retiredAt: null, programme: programmeScope },
        orderBy: [{ programmeId: "asc" }, { code: "asc" }],
        select: {
          id: true,
          programmeId: true,
          code: true,
          title: true,
          yearOfStudy: true,
          leader: { select: { id: true, active: true, role: true, institutionId: true } },
        },
      });
      if (!source.length)
        throw new ActionError(`There are no current modules in ${fromYear} to copy.`, "CONFLICT", {
          fromYear: [`Choose a year that has modules: there are none in ${fromYear}`],
        });
      const existing = await tx.module.findMany({
        where: { academicYear: toYear, programmeId: { in: [...new Set(source.map((m) => m.programmeId))] } },
        select: { programmeId: true, code: true },
      });
      const there = new Set(existing.map((m) => `${m.programmeId} ${m.code}`));
      const toCopy = source.filter((m) => !there.has(`${m.programmeId} ${m.code}`));
      // A leader is kept only while they can still lead: an active academic of this institution.
      const keeps = (l: (typeof source)[number]["leader"]) =>
        Boolean(l && l.active && l.role === "ACADEMIC" && l.institutionId === institutionId);
      const created = await tx.module.createManyAndReturn({
        data: toCopy.map((m) => ({
          programmeId: m.programmeId,
          code: m.code,
          title: m.title,
          yearOfStudy: m.yearOfStudy,
          academicYear: toYear,
          leaderId: keeps(m.leader) ? m.leader!.id : null,
        })),
        skipDuplicates: true,
        select: { id: true, code: true, programmeId: true, leaderId: true },
      });
      const leadersDropped = toCopy.filter((m) => m.leader && !keeps(m.leader)).length;
      const summary = {
        fromYear,
        toYear,
        programmeId,
        copied: created.length,
        alreadyThere: source.length - created.length,
        leadersDropped,
      };
      await audit(
        [
          {
            actorId: user.id,
            action: "modules.rolledOn",
            entityType: "Institution",
            entityId: institutionId,
            after: summary,
          },
          ...created.map((m) => ({
            actorId: user.id,
            action: "module.created",
            entityType: "Module",
            entityId: m.id,
            after: {
              code: m.code,
              programmeId: m.programmeId,
              academicYear: toYear,
              leaderId: m.leaderId,
              rolledOnFrom: fromYear,
            },
          })),
        ],
        tx,
      );
      return summary;
    });
    revalidatePath("/admin", "layout");
    const parts = [
      `${plural(result.copied, "module", "modules")} copied to ${toYear}, ${result.alreadyThere} already there.`,
      result.leadersDropped
        ? `${plural(result.leadersDropped, "copy has", "copies have")} no leader because the leader's account is no longer active: choose a new leader.`
        : "",
    ];
    return {
      message: parts.filter(Boolean).join(" "),
      data: { copied: result.copied, alreadyThere: result.alreadyThere, leadersDropped: result.leadersDropped, toYear },
    };
  },
);
