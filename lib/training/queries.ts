import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

const RECORD = {
  id: true,
  course: true,
  title: true,
  completedOn: true,
  note: true,
  createdAt: true,
} as const;

/** For the coordinator's page on an expert of their own partnership; null when not theirs. */
export async function findTrainingForCoordinator(
  { partnershipId, expertId }: { partnershipId: string; expertId: string },
  db: DbClient = defaultDb,
) {
  return db.expertProfile.findFirst({
    where: { id: expertId, partnershipId },
    select: {
      id: true,
      erasedAt: true,
      inductionDate: true,
      trainingRecords: {
        orderBy: [{ completedOn: "desc" }, { id: "asc" }],
        take: 200,
        select: { ...RECORD, recordedBy: { select: { name: true } } },
      },
    },
  });
}

/** The expert's own induction and training (never anyone else's), with the note: nothing about them is hidden from them. */
export async function findMyTraining({ expertId }: { expertId: string }, db: DbClient = defaultDb) {
  return db.expertProfile.findUnique({
    where: { id: expertId },
    select: {
      inductionDate: true,
      trainingRecords: {
        orderBy: [{ completedOn: "desc" }, { id: "asc" }],
        take: 200,
        select: { id: true, course: true, title: true, completedOn: true, note: true },
      },
    },
  });
}
