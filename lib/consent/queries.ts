/**
 * What each person may see of stories and consents. Experts: their own, with the story itself.
 * Coordinators: the stories of experts in their partnership (the pool is the partnership's), the
 * story itself only when attached; take-downs for their own university's sessions. Academics: the
 * consents for the sessions of modules they lead, never the story itself.
 */
import "server-only";
import type { AcademicCaller, CoordinatorCaller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { CONSENTABLE } from "./consents";

const sessionOfUse = {
  select: {
    id: true,
    status: true,
    session: {
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        opportunity: { select: { id: true, title: true, type: true } },
      },
    },
  },
} as const;

/** What a consent shows wherever it is listed. */
export const consentFields = {
  id: true,
  scopes: true,
  named: true,
  until: true,
  givenAt: true,
  withdrawnAt: true,
  takenDownAt: true,
} as const;

/** The expert's own stories, newest first, each with every use. */
export async function listMyStories({ expertId }: { expertId: string }) {
  return db.story.findMany({
    where: { expertId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      attachedText: true,
      consents: { orderBy: { givenAt: "asc" }, select: { ...consentFields, booking: sessionOfUse } },
    },
  });
}

export type MyStory = Awaited<ReturnType<typeof listMyStories>>[number];

export async function findMyStory({ expertId, storyId }: { expertId: string; storyId: string }) {
  return db.story.findFirst({
    where: { id: storyId, expertId },
    select: {
      id: true,
      title: true,
      description: true,
      attachedText: true,
      consents: { orderBy: { givenAt: "asc" }, select: { ...consentFields, booking: sessionOfUse } },
    },
  });
}

/** The expert's own booking they may give consent on, with the consents already given for it. */
export async function findConsentBooking({ expertId, bookingId }: { expertId: string; bookingId: string }) {
  return db.booking.findFirst({
    where: { id: bookingId, expertId, status: { in: [...CONSENTABLE] } },
    select: {
      id: true,
      status: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          opportunity: { select: { id: true, title: true, type: true } },
        },
      },
      storyConsents: {
        orderBy: { givenAt: "asc" },
        select: { ...consentFields, story: { select: { id: true, title: true } } },
      },
    },
  });
}

export async function listStoryChoices({ expertId }: { expertId: string }) {
  return db.story.findMany({
    where: { expertId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}

/** The expert's live bookings on one opportunity, with their consents: for the opportunity page. */
export async function listMyOpportunityConsents({
  expertId,
  opportunityId,
}: {
  expertId: string;
  opportunityId: string;
}) {
  return db.booking.findMany({
    where: { expertId, status: { in: [...CONSENTABLE] }, session: { opportunityId } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      id: true,
      session: { select: { startsAt: true } },
      storyConsents: {
        orderBy: { givenAt: "asc" },
        select: { ...consentFields, story: { select: { id: true, title: true } } },
      },
    },
  });
}

/** An expert of the coordinator's partnership: their stories and every use. */
export async function listExpertStoriesForCoordinator({
  user,
  expertId,
}: {
  user: CoordinatorCaller;
  expertId: string;
}) {
  return db.story.findMany({
    where: { expertId, expert: { partnershipId: user.partnershipId } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      attachedText: true,
      consents: {
        orderBy: { givenAt: "asc" },
        select: {
          ...consentFields,
          booking: {
            select: {
              session: {
                select: {
                  id: true,
                  startsAt: true,
                  endsAt: true,
                  opportunity: { select: { title: true, institutionId: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

/** Withdrawn consents on the coordinator's university's sessions: still to take down, then done. */
export async function listTakeDowns({ user }: { user: CoordinatorCaller }) {
  const scope = {
    withdrawnAt: { not: null },
    booking: { session: { opportunity: { institutionId: user.institutionId } } },
  };
  const select = {
    ...consentFields,
    expertId: true,
    story: { select: { title: true } },
    expert: { select: { user: { select: { name: true } } } },
    takenDownBy: { select: { name: true } },
    booking: {
      select: {
        session: {
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            opportunity: { select: { title: true, module: { select: { code: true, title: true } } } },
          },
        },
      },
    },
  } as const;
  const [waiting, done] = await Promise.all([
    db.storyConsent.findMany({ where: { ...scope, takenDownAt: null }, orderBy: { withdrawnAt: "asc" }, select }),
    db.storyConsent.findMany({
      where: { ...scope, takenDownAt: { not: null } },
      orderBy: { takenDownAt: "desc" },
      take: 20,
      select,
    }),
  ]);
  return { waiting, done };
}

export async function countTakeDowns({ user }: { user: CoordinatorCaller }) {
  return db.storyConsent.count({
    where: {
      withdrawnAt: { not: null },
      takenDownAt: null,
      booking: { session: { opportunity: { institutionId: user.institutionId } } },
    },
  });
}

/** Consents for the sessions of a module the academic leads: no story text, never other modules'. */
export async function listModuleConsents({ user, moduleId }: { user: AcademicCaller; moduleId: string }) {
  return db.storyConsent.findMany({
    where: {
      booking: {
        session: {
          opportunity: { moduleId, module: { leaderId: user.id, programme: { institutionId: user.institutionId } } },
        },
      },
    },
    orderBy: { givenAt: "asc" },
    select: {
      ...consentFields,
      story: { select: { title: true } },
      booking: {
        select: { session: { select: { startsAt: true, endsAt: true, opportunity: { select: { title: true } } } } },
      },
    },
  });
}
