/**
 * Erasing an expert who has left (UK GDPR Article 17): their personal details are removed or
 * replaced by a pseudonym, their sign-in is disabled, and what others must keep stays — payments
 * and expenses (finance keeps them six years; HMRC), bookings and involvement records (the
 * modules' evidence keeps its counts), ratings in feedback. Erasure is final: the record cannot
 * be brought back, only a new invitation made. Every erasure is audited: who, when, which
 * categories, and why — never what was erased.
 */
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { db as defaultDb, type DbClient } from "@/lib/db";

/** What an erasure removes, in the words the confirmation page and the audit log use. */
export const ERASED_CATEGORIES = [
  "name, email address and phone number",
  "sign-in (password, sessions, calendar address)",
  "lived experience, interests and access needs",
  "biography, availability notes and support contact",
  "earnings limit",
  "partner group memberships",
  "notifications and the emails sent to them",
  "notes on their bookings, expenses and feedback, and their supporter's name",
  "their stories and materials (titles, descriptions and anything attached)",
  "debrief notes and training notes",
  "details in the audit log about them",
] as const;

/** What stays, and why. */
export const KEPT_RECORDS = [
  "payments and expenses, under the pseudonym (finance must keep them for six years)",
  "bookings and attendance, so sessions and the modules' involvement evidence keep their counts",
  "feedback ratings, without their words",
  "consent records (dated, with their scope and any withdrawal), without the story's words",
  "the audit log's record of who did what and when",
] as const;

export type ErasureReason = "requested" | "retention";

/** "Former expert 3F9A2C": the same for the same record, and nothing about the person. */
export function pseudonymFor(expertId: string): string {
  let hash = 0;
  for (const char of expertId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `Former expert ${hash.toString(16).toUpperCase().padStart(8, "0").slice(-6)}`;
}

/** Why an expert cannot be erased yet, or null if they can. */
export async function erasureBlocker(
  { expertId, now = new Date() }: { expertId: string; now?: Date },
  db: DbClient = defaultDb,
): Promise<string | null> {
  const [unpaid, upcoming] = await Promise.all([
    db.payment.count({ where: { expertId, status: { notIn: ["PAID", "DECLINED_BY_EXPERT"] } } }),
    db.booking.count({
      where: { expertId, status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] }, session: { startsAt: { gt: now } } },
    }),
  ]);
  if (unpaid)
    return `They have ${unpaid === 1 ? "a payment" : `${unpaid} payments`} not yet paid. Pay ${unpaid === 1 ? "it" : "them"}, or record that they declined, before erasing their details.`;
  if (upcoming)
    return `They still have ${upcoming === 1 ? "a place or request" : `${upcoming} places or requests`} for a session to come. Withdraw or decline ${upcoming === 1 ? "it" : "them"} first.`;
  return null;
}

/**
 * Erases one expert of `partnershipId`, inside the caller's transaction. `actorId` is the
 * coordinator, or null for the nightly retention job. Throws an ActionError (shown as it is)
 * when the expert is not theirs, has not left, is already erased, or is still owed money.
 */
export async function eraseExpert(
  {
    expertId,
    partnershipId,
    actorId,
    reason,
    now = new Date(),
  }: { expertId: string; partnershipId: string; actorId: string | null; reason: ErasureReason; now?: Date },
  tx: DbClient,
): Promise<{ pseudonym: string }> {
  // The row lock makes two erasures (or an erasure and a status change) take turns.
  const locked = await tx.$queryRaw<{ id: string; userId: string; status: string; erasedAt: Date | null }[]>`
    SELECT id, "userId", status::text AS status, "erasedAt" FROM "ExpertProfile"
    WHERE id = ${expertId} AND "partnershipId" = ${partnershipId} FOR UPDATE`;
  const expert = locked[0];
  if (!expert) throw new ActionError("That expert could not be found.", "NOT_FOUND");
  if (expert.erasedAt) throw new ActionError("This person's details have already been erased.");
  if (expert.status !== "LEFT")
    throw new ActionError("Only someone who has left can be erased. Change their status to left first.");
  const blocker = await erasureBlocker({ expertId, now }, tx);
  if (blocker) throw new ActionError(blocker);

  const user = await tx.user.findUniqueOrThrow({ where: { id: expert.userId }, select: { id: true, email: true } });
  const pseudonym = pseudonymFor(expertId);

  await tx.user.update({
    where: { id: user.id },
    data: {
      name: pseudonym,
      // Unique and undeliverable (.invalid is reserved): no email can reach anyone from here on.
      email: `erased-${user.id}@erased.invalid`,
      phone: null,
      passwordHash: null,
      active: false,
      deactivatedAt: now,
      calendarFeedToken: null,
      lastSignInAt: null,
      contactPreference: "IN_APP",
      sessionVersion: { increment: 1 },
    },
  });
  await tx.expertProfile.update({
    where: { id: expertId },
    data: {
      erasedAt: now,
      statusReason: null,
      livedExperience: [],
      interests: [],
      availabilityNotes: "",
      accessNeeds: "",
      earningsLimitPence: null,
      earningsLimitPeriod: null,
      biography: "",
      biographyApprovedAt: null,
      supportContactName: "",
      supportContactPhone: "",
      inductionDate: null,
      breakStartedAt: null,
      breakUntil: null,
      partners: { set: [] },
    },
  });
  await Promise.all([
    tx.notification.deleteMany({ where: { userId: user.id } }),
    tx.message.deleteMany({ where: { userId: user.id } }),
    tx.passwordToken.deleteMany({ where: { userId: user.id } }),
    tx.loginThrottle.deleteMany({
      where: { OR: [{ key: `email:${user.email}` }, { key: { startsWith: `pair:${user.email}|` } }] },
    }),
    tx.booking.updateMany({ where: { expertId }, data: { message: "", supporterName: "", checkInFeeling: null } }),
    tx.expenseItem.updateMany({ where: { payment: { expertId } }, data: { note: "" } }),
    tx.payment.updateMany({ where: { expertId }, data: { sentBackReason: null } }),
    tx.feedback.updateMany({ where: { authorId: user.id }, data: { text: "" } }),
    tx.expertFeedback.updateMany({ where: { expertId }, data: { comments: "" } }),
    tx.debriefTask.updateMany({ where: { expertId }, data: { expertNote: "", privateNote: "" } }),
    tx.story.updateMany({ where: { expertId }, data: { title: "Erased", description: "", attachedText: "" } }),
    tx.trainingRecord.updateMany({ where: { expertId }, data: { note: "" } }),
    // The events stay (who did what, when); what they recorded about the person goes.
    tx.auditEvent.updateMany({
      where: { entityId: { in: [user.id, expertId, user.email] } },
      data: { before: { erased: true }, after: { erased: true } },
    }),
  ]);
  await audit(
    {
      actorId,
      partnershipId,
      action: "expert.erased",
      entityType: "ExpertProfile",
      entityId: expertId,
      after: { reason, categories: [...ERASED_CATEGORIES] },
    },
    tx,
  );
  return { pseudonym };
}
