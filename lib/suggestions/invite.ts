/**
 * "Invite to apply": a coordinator asks a suggested expert to ask for a place. The person is told
 * in Involve and, per their contact preference, by email (or on the call list), in the same
 * transaction as the invitation, which is kept once per person per session.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { isOnBreak } from "@/lib/breaks/status";
import { db as defaultDb } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { sessionForSuggestions } from "./queries";

export const INVITED_TO_APPLY = "session.invited_to_apply";

export async function inviteToApply(
  {
    user,
    sessionId,
    expertId,
    now = new Date(),
  }: { user: CoordinatorCaller; sessionId: string; expertId: string; now?: Date },
  db = defaultDb,
) {
  return db.$transaction(async (tx) => {
    const session = await sessionForSuggestions({ user, sessionId, now }, tx);
    if (!session) throw notFound("That session");
    if (!session.open) throw new ActionError("This session is not open for places any more, so nobody can be invited.");
    const expert = await tx.expertProfile.findFirst({
      where: {
        id: expertId,
        partnershipId: user.partnershipId,
        status: "ACTIVE",
        erasedAt: null,
        user: { active: true },
      },
      select: {
        id: true,
        userId: true,
        breakStartedAt: true,
        breakUntil: true,
        user: { select: { name: true } },
        bookings: { where: { sessionId: session.id }, select: { id: true } },
      },
    });
    if (!expert) throw notFound("That expert");
    const name = expert.user.name;
    if (isOnBreak(expert, now))
      throw new ActionError(`${name} is taking a break, so nothing is being offered to them.`);
    if (expert.bookings.length) throw new ActionError(`${name} has already asked for a place on this session.`);
    const [invitation] = await tx.sessionInvitation.createManyAndReturn({
      data: [{ sessionId: session.id, expertId: expert.id, invitedById: user.id }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!invitation) throw new ActionError(`${name} has already been invited to this session.`);
    const { title, id: opportunityId } = session.opportunity;
    await notify(
      {
        userId: expert.userId,
        kind: "BOOKING",
        title: `You are invited to ask for a place: ${title}`,
        body: `We would like you to take part in "${title}" on ${formatSessionTime(session.startsAt, session.endsAt)}. If you would like to, open the opportunity to read what it involves and ask for a place. There is no need to reply if you cannot.`,
        link: `/expert/opportunities/${opportunityId}`,
        linkLabel: "Read it and ask for a place",
        institutionId: user.institutionId,
      },
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: INVITED_TO_APPLY,
        entityType: "SessionInvitation",
        entityId: invitation.id,
        after: { sessionId: session.id, expertId: expert.id },
      },
      tx,
    );
    return { name };
  });
}
