/**
 * Feedback summaries for the coordinator's feedback report and the academic's report: averages
 * and counts per question, worked out in the database (aggregate/groupBy), and comments listed a
 * page at a time.
 *
 * Names: the expert's "keep my name from the academic" choice is honoured by never giving the
 * academic's views any expert's name at all (academics see experts only anonymised anyway).
 * Coordinators see names, marked when the expert asked to stay anonymous to the academic, so
 * they can follow up anything that went wrong.
 */
import "server-only";
import type { AcademicCaller, CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ledBy } from "@/lib/modules/queries";
import { paged } from "@/lib/pagination";
import { academicYearBounds } from "@/lib/time";
import { EXPERT_QUESTION_KEYS, type ExpertQuestion } from "./expert-schemas";

/** Sessions that took place in the academic year (by start), not cancelled. */
function inYear(academicYear: string): Prisma.SessionWhereInput {
  const bounds = academicYearBounds(academicYear);
  if (!bounds) throw new Error(`Not an academic year: ${academicYear}`);
  return { startsAt: { gte: bounds.start, lt: bounds.end }, cancelledAt: null };
}

/** The coordinator's university's sessions in the year. */
export const coordinatorSessions = (user: CoordinatorCaller, academicYear: string): Prisma.SessionWhereInput => ({
  ...inYear(academicYear),
  opportunity: { institutionId: user.institutionId },
});

/** Sessions of the modules the academic leads, in the year. */
export const academicSessions = (user: AcademicCaller, academicYear: string): Prisma.SessionWhereInput => ({
  ...inYear(academicYear),
  opportunity: { module: ledBy(user) },
});

export type QuestionSummary = { average: number | null; count: number };

const round1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);

/** Averages and counts per question over the given sessions. */
export async function feedbackSummary(sessionWhere: Prisma.SessionWhereInput, db: DbClient = defaultDb) {
  const expertWhere: Prisma.ExpertFeedbackWhereInput = { session: sessionWhere };
  const [experts, paid, academics] = await Promise.all([
    db.expertFeedback.aggregate({
      where: expertWhere,
      _avg: { prepared: true, treatedWell: true, worthIt: true },
      _count: { _all: true, prepared: true, treatedWell: true, worthIt: true },
    }),
    db.expertFeedback.groupBy({
      by: ["paidOnTime"],
      where: { ...expertWhere, paidOnTime: { not: null } },
      _count: { _all: true },
      orderBy: { paidOnTime: "asc" },
    }),
    db.feedback.aggregate({
      where: { session: sessionWhere, authorRole: "ACADEMIC" },
      _avg: { rating: true },
      _count: { _all: true },
    }),
  ]);
  const questions = Object.fromEntries(
    EXPERT_QUESTION_KEYS.map((q) => [q, { average: round1(experts._avg[q]), count: experts._count[q] }]),
  ) as Record<ExpertQuestion, QuestionSummary>;
  const paidCount = (v: "YES" | "NO" | "NOT_YET") => paid.find((p) => p.paidOnTime === v)?._count._all ?? 0;
  return {
    experts: {
      responses: experts._count._all,
      questions,
      paidOnTime: { YES: paidCount("YES"), NO: paidCount("NO"), NOT_YET: paidCount("NOT_YET") },
    },
    academics: { responses: academics._count._all, average: round1(academics._avg.rating) },
  };
}

export type FeedbackSummary = Awaited<ReturnType<typeof feedbackSummary>>;

const commentSessionSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  opportunity: { select: { title: true } },
} as const;

/** Experts' comments for the academic: never a name, whatever the expert chose. */
export async function expertCommentsForAcademic(
  { sessionWhere, page, size }: { sessionWhere: Prisma.SessionWhereInput; page: number; size: number },
  db: DbClient = defaultDb,
) {
  const where: Prisma.ExpertFeedbackWhereInput = { session: sessionWhere, comments: { not: "" } };
  const [rows, total] = await Promise.all([
    db.expertFeedback.findMany({
      where,
      // Only the words and the session: no expert, no booking, nothing that leads to a person.
      select: { id: true, comments: true, session: { select: commentSessionSelect } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
    }),
    db.expertFeedback.count({ where }),
  ]);
  return paged(rows, total, page, size);
}
