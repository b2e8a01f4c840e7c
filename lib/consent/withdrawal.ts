/**
 * Withdrawing consent for a story: every use that still holds is withdrawn at once (the issue's
 * "withdraw at any time"), dated and audited, and the people who must act are told in the same
 * transaction, each with the list of what must now be taken down: the session's coordinators
 * (its contact, else every coordinator of its university) and the module leader of its module.
 * A second withdrawal finds nothing left to withdraw and changes nothing.
 *
 * A coordinator then records that it has been taken down, for the sessions of their own university.
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller, ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb } from "@/lib/db";
import { formatDate, formatSessionTime } from "@/lib/format";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";
import { takeDownSteps } from "./rules";

export async function withdrawStoryConsent(
  { user, storyId, now = new Date() }: { user: ExpertCaller; storyId: string; now?: Date },
  db = defaultDb,
): Promise<{ withdrawn: number }> {
  return db.$transaction(async (tx) => {
    // Locks the story so two taps at once withdraw (and tell people) once.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Story" WHERE id = ${storyId} AND "expertId" = ${user.expertId} FOR UPDATE`;
    if (!locked.length) throw notFound("That story");
    const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true } });
    // Expired consents are withdrawn too: what was recorded under them may still be up.
    const uses = await tx.storyConsent.findMany({
      where: { storyId, expertId: user.expertId, withdrawnAt: null },
      orderBy: { givenAt: "asc" },
      select: {
        id: true,
        scopes: true,
        named: true,
        booking: {
          select: {
            session: {
              select: {
                id: true,
                startsAt: true,
                endsAt: true,
                opportunity: {
                  select: {
                    title: true,
                    institutionId: true,
                    contactId: true,
                    module: { select: { id: true, leaderId: true, leader: { select: { active: true } } } },
                  },
                },
              },
            },
          },
        },
      },
    });
    if (!uses.length) return { withdrawn: 0 };

    await tx.storyConsent.updateMany({
      where: { id: { in: uses.map((u) => u.id) }, withdrawnAt: null },
      data: { withdrawnAt: now },
    });

    const notices: NotificationInput[] = [];
    for (const use of uses) {
      const { session } = use.booking;
      const { opportunity } = session;
      const steps = takeDownSteps(use.scopes);
      const body = [
        `${user.name} has withdrawn their consent for "${story.title}" on ${formatDate(now)}. It was used in "${opportunity.title}", ${formatSessionTime(session.startsAt, session.endsAt)}${use.named ? ", with their name" : ", anonymised"}.`,
        `What must now be taken down:\n${steps.map((s) => `- ${s}`).join("\n")}`,
      ].join("\n\n");
      const coordinators = await coordinatorsToTell(opportunity, tx);
      for (const userId of coordinators)
        notices.push({
          userId,
          kind: "BOOKING",
          institutionId: opportunity.institutionId,
          title: `${user.name} has withdrawn consent for a story`,
          body,
          link: "/coordinator/consents",
          linkLabel: "See what must be taken down",
        });
      const leader = opportunity.module?.leader?.active ? opportunity.module.leaderId : null;
      if (leader && !coordinators.includes(leader))
        notices.push({
          userId: leader,
          kind: "BOOKING",
          institutionId: opportunity.institutionId,
          title: `${user.name} has withdrawn consent for a story`,
          body: `${body}\n\nYour coordinator will record when it has been taken down.`,
          link: `/academic/modules/${opportunity.module!.id}`,
          linkLabel: "See the module's consents",
        });
    }
    await notify(notices, tx);
    await audit(
      uses.map((use) => ({
        actorId: user.id,
        action: "consent.withdrawn",
        entityType: "StoryConsent",
        entityId: use.id,
        before: { withdrawn: false },
        after: { story: story.title, withdrawnAt: now.toISOString(), takeDown: takeDownSteps(use.scopes) },
      })),
      tx,
    );
    return { withdrawn: uses.length };
  });
}

/** A coordinator records that a withdrawn use has been taken down: their own university's sessions only. */
export async function markTakenDown(
  { user, consentId, now = new Date() }: { user: CoordinatorCaller; consentId: string; now?: Date },
  db = defaultDb,
): Promise<{ already: boolean }> {
  return db.$transaction(async (tx) => {
    const consent = await tx.storyConsent.findFirst({
      where: {
        id: consentId,
        withdrawnAt: { not: null },
        booking: { session: { opportunity: { institutionId: user.institutionId } } },
      },
      select: { id: true, takenDownAt: true },
    });
    if (!consent) throw notFound("That withdrawn consent");
    if (consent.takenDownAt) return { already: true };
    const changed = await tx.storyConsent.updateMany({
      where: { id: consent.id, takenDownAt: null },
      data: { takenDownAt: now, takenDownById: user.id },
    });
    if (changed.count !== 1) return { already: true };
    await audit(
      {
        actorId: user.id,
        action: "consent.taken_down",
        entityType: "StoryConsent",
        entityId: consent.id,
        before: { takenDown: false },
        after: { takenDown: true },
      },
      tx,
    );
    return { already: false };
  });
}
