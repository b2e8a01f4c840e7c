"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import { BOOKING_TX, lockSessionPlaces } from "@/lib/bookings/capacity";
import { expertOpportunityLink } from "@/lib/bookings/links";
import { db } from "@/lib/db";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { cancelSessionBookings } from "./cancel-bookings";
import { addSessionSchema, cancelSessionSchema, updateSessionSchema } from "./schemas";

function refresh() {
  revalidatePath("/coordinator", "layout");
  revalidatePath("/expert", "layout");
}

export const addSessionAction = defineAction(
  { name: "addSession", area: "coordinator", schema: addSessionSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const opportunity = await tx.opportunity.findFirst({
        where: { id: input.opportunityId, institutionId },
        select: { id: true, status: true },
      });
      if (!opportunity) throw notFound("That opportunity");
      if (opportunity.status === "CANCELLED" || opportunity.status === "CLOSED")
        throw new ActionError("This opportunity is closed, so sessions cannot be added.");
      if (input.startsAt <= new Date())
        throw new ActionError("The session must start in the future.", "INVALID", {
          date: ["The session must start in the future"],
        });
      const { opportunityId, ...data } = input;
      const session = await tx.session.create({ data: { ...data, opportunityId }, select: { id: true } });
      await audit(
        {
          actorId: user.id,
          action: "session.created",
          entityType: "Session",
          entityId: session.id,
          after: { opportunityId, startsAt: data.startsAt.toISOString(), places: data.places },
        },
        tx,
      );
    });
    refresh();
    redirect(`/coordinator/opportunities/${input.opportunityId}`);
  },
);

export const updateSessionAction = defineAction(
  { name: "updateSession", area: "coordinator", schema: updateSessionSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    await db.$transaction(async (tx) => {
      const before = await tx.session.findFirst({
        where: { id: input.sessionId, opportunity: { institutionId } },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          places: true,
          opportunity: { select: { id: true, title: true } },
        },
      });
      if (!before) throw notFound("That session");
      // The lock stops a confirmation slipping in between the count and the change of places.
      const { confirmed, cancelled } = await lockSessionPlaces({ sessionId: before.id }, tx);
      if (cancelled) throw new ActionError("This session has been cancelled, so it cannot be changed.");
      if (before.startsAt <= new Date())
        throw new ActionError("This session has already started, so it cannot be changed.");
      if (input.startsAt <= new Date())
        throw new ActionError("The session must start in the future.", "INVALID", {
          date: ["The session must start in the future"],
        });
      if (input.places < confirmed) {
        const message = `${confirmed} ${confirmed === 1 ? "person is" : "people are"} already confirmed. Enter ${confirmed} places or more`;
        throw new ActionError(`${message}.`, "INVALID", { places: [message] });
      }
      const { sessionId, ...data } = input;
      await tx.session.update({ where: { id: sessionId }, data });

      const moved =
        before.startsAt.getTime() !== data.startsAt.getTime() ||
        before.endsAt.getTime() !== data.endsAt.getTime() ||
        before.location !== data.location ||
        before.onlineUrl !== data.onlineUrl;
      if (moved) {
        const people = await tx.booking.findMany({
          where: { sessionId, status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] } },
          select: { expert: { select: { userId: true } } },
        });
        const where = [data.location, data.onlineUrl ? "online" : ""].filter(Boolean).join(", ");
        await notify(
          people.map((p) => ({
            userId: p.expert.userId,
            kind: "SESSION",
            institutionId: user.institutionId,
            title: "A session has changed",
            body: `"${before.opportunity.title}" is now ${formatSessionTime(data.startsAt, data.endsAt)}${where ? `, ${where}` : ""}. If you can no longer make it, you can withdraw.`,
            link: expertOpportunityLink(before.opportunity.id),
          })),
          tx,
        );
      }
      await audit(
        {
          actorId: user.id,
          action: "session.updated",
          entityType: "Session",
          entityId: sessionId,
          before: {
            startsAt: before.startsAt.toISOString(),
            endsAt: before.endsAt.toISOString(),
            location: before.location,
            onlineUrl: before.onlineUrl,
            places: before.places,
          },
          after: {
            startsAt: data.startsAt.toISOString(),
            endsAt: data.endsAt.toISOString(),
            location: data.location,
            onlineUrl: data.onlineUrl,
            places: data.places,
          },
        },
        tx,
      );
    }, BOOKING_TX);
    refresh();
    redirect(`/coordinator/sessions/${input.sessionId}`);
  },
);

export const cancelSessionAction = defineAction(
  { name: "cancelSession", area: "coordinator", schema: cancelSessionSchema },
  async (input, { user }) => {
    const { institutionId } = user;
    const told = await db.$transaction(async (tx) => {
      const session = await tx.session.findFirst({
        where: { id: input.sessionId, opportunity: { institutionId } },
        select: { id: true, startsAt: true, opportunity: { select: { id: true, title: true } } },
      });
      if (!session) throw notFound("That session");
      const { cancelled } = await lockSessionPlaces({ sessionId: session.id }, tx);
      if (cancelled) throw new ActionError("This session has already been cancelled.");
      if (session.startsAt <= new Date())
        throw new ActionError("This session has already started, so it cannot be cancelled.");
      const count = await cancelSessionBookings(
        {
          sessionIds: [session.id],
          institutionId: user.institutionId,
          title: "A session has been cancelled",
          body: (when) =>
            `We are sorry: "${session.opportunity.title}", ${when}, has been cancelled.${input.reason ? ` ${input.reason}` : ""}`,
          link: expertOpportunityLink(session.opportunity.id),
          actorId: user.id,
        },
        tx,
      );
      await audit(
        {
          actorId: user.id,
          action: "session.cancelled",
          entityType: "Session",
          entityId: session.id,
          after: { reason: input.reason, bookings: count },
        },
        tx,
      );
      return count;
    }, BOOKING_TX);
    refresh();
    return {
      message: `Session cancelled. ${told === 0 ? "Nobody was booked." : `We have told the ${told} ${told === 1 ? "person" : "people"} who had asked for a place.`}`,
    };
  },
);
