/**
 * Training and induction records: coordinators of the expert's own partnership record them (and
 * delete a mistake); the expert sees their own on their involvement record. Academics never see
 * them: they see experts anonymised only. Every change is audited.
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb } from "@/lib/db";
import type { TrainingCourse } from "@/lib/generated/prisma/enums";

export const TRAINING_RECORDED = "expert.training.recorded";
export const TRAINING_DELETED = "expert.training.deleted";
export const INDUCTION_SET = "expert.induction.set";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function recordTraining(
  {
    user,
    input,
  }: {
    user: CoordinatorCaller;
    input: { expertId: string; course: TrainingCourse; title: string; completedOn: Date; note: string };
  },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const expert = await tx.expertProfile.findFirst({
      where: { id: input.expertId, partnershipId: user.partnershipId, erasedAt: null },
      select: { id: true },
    });
    if (!expert) throw notFound("That expert");
    const created = await tx.trainingRecord.create({
      data: {
        expertId: expert.id,
        course: input.course,
        title: input.title,
        completedOn: input.completedOn,
        note: input.note,
        recordedById: user.id,
      },
      select: { id: true },
    });
    await audit(
      {
        actorId: user.id,
        action: TRAINING_RECORDED,
        entityType: "TrainingRecord",
        entityId: created.id,
        after: { expertId: expert.id, course: input.course, title: input.title, completedOn: day(input.completedOn) },
      },
      tx,
    );
    return created;
  });
}

/** For a mistake: the record goes; the audit log keeps what it said. */
export async function deleteTraining(
  { user, trainingId }: { user: CoordinatorCaller; trainingId: string },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const record = await tx.trainingRecord.findFirst({
      where: { id: trainingId, expert: { partnershipId: user.partnershipId } },
      select: { id: true, expertId: true, course: true, title: true, completedOn: true, note: true },
    });
    if (!record) throw notFound("That training record");
    await tx.trainingRecord.delete({ where: { id: record.id } });
    await audit(
      {
        actorId: user.id,
        action: TRAINING_DELETED,
        entityType: "TrainingRecord",
        entityId: record.id,
        before: {
          expertId: record.expertId,
          course: record.course,
          title: record.title,
          completedOn: day(record.completedOn),
          note: record.note,
        },
      },
      tx,
    );
    return { expertId: record.expertId };
  });
}

export async function setInductionDate(
  { user, expertId, inductionDate }: { user: CoordinatorCaller; expertId: string; inductionDate: Date },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const current = await tx.expertProfile.findFirst({
      where: { id: expertId, partnershipId: user.partnershipId, erasedAt: null },
      select: { inductionDate: true },
    });
    if (!current) throw notFound("That expert");
    await tx.expertProfile.updateMany({
      where: { id: expertId, partnershipId: user.partnershipId },
      data: { inductionDate },
    });
    await audit(
      {
        actorId: user.id,
        action: INDUCTION_SET,
        entityType: "ExpertProfile",
        entityId: expertId,
        before: { inductionDate: current.inductionDate?.toISOString() ?? null },
        after: { inductionDate: day(inductionDate) },
      },
      tx,
    );
  });
}
