/**
 * Stories and consent for the demo (issue 14), pure: Jo's stories, an active consent on a new
 * recorded-content session (so the rule "no confirmed place without consent" has something to
 * show), an expired consent, and a withdrawn consent still waiting to be taken down, on a
 * Northbridge session of a module Dr Priya Raman leads. Another expert has a story too.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Activity } from "./build-activity";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY } from "./data/experts";
import { COORDINATOR_OF } from "./data/organisations";
import { academicYearOf, addDays, type Calendar, newId } from "./helpers";

const dayOnly = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00.000Z`);

export function buildConsent(cal: Calendar, people: People, activity: Activity) {
  const { now } = cal;
  const { instId, userId, expertProfileId } = people.ids;
  const jo = expertProfileId[DEMO_EXPERT_KEY] as string;
  const joBookings = activity.sessions.flatMap((s) =>
    s.bookings.filter((b) => b.expertKey === DEMO_EXPERT_KEY).map((b) => ({ s, b })),
  );
  const attended = joBookings
    .filter(({ b, s }) => b.status === "ATTENDED" && s.opp.inst === "N")
    .sort((x, y) => y.s.startsAt.getTime() - x.s.startsAt.getTime());

  // A new recorded-content opportunity with one upcoming session, Jo confirmed on it.
  const opportunityId = newId();
  const sessionId = newId();
  const bookingId = newId();
  const startsAt = cal.at(cal.weekday(9), "10:00");
  const endsAt = cal.at(cal.weekday(9), "11:30");
  const rate = people.rates.find(
    (r) => r.institutionId === instId.N && r.opportunityType === "RECORDED_CONTENT" && r.basis === "FIXED",
  );
  const coordinatorId = userId[COORDINATOR_OF.N] as string;
  const opportunities: Prisma.OpportunityCreateManyInput[] = [
    {
      id: opportunityId,
      institutionId: instId.N as string,
      type: "RECORDED_CONTENT",
      stage: "TEACHING_LEARNING",
      title: "Record a short video: what helped when I was in crisis",
      summary:
        "Record a 10-minute video with a lecturer for first-year students to watch on the learning platform. You see it before anyone else does.",
      whatYouWillDo:
        "Talk through what helped, and what did not, with a lecturer you have met. We record in a quiet room.",
      livedExperienceSought: ["mental health services"],
      moduleId: people.moduleFor("SW4001", academicYearOf(now)),
      payRatePence: rate?.amountPence ?? 7500,
      payBasis: "FIXED",
      rateId: rate?.id ?? null,
      preparationOffered: true,
      preparationMinutes: 30,
      debriefOffered: true,
      status: "OPEN",
      createdById: coordinatorId,
      contactId: coordinatorId,
      publishedAt: addDays(now, -10),
      createdAt: addDays(now, -12),
      updatedAt: addDays(now, -10),
    },
  ];
  const sessionRows: Prisma.SessionCreateManyInput[] = [
    {
      id: sessionId,
      opportunityId,
      startsAt,
      endsAt,
      location: "Media studio, Ashworth Building",
      onlineUrl: "",
      accessInfo: "Step-free access by the lift next to reception. A quiet room is next door.",
      places: 2,
      createdAt: addDays(now, -11),
    },
  ];
  const bookings: Prisma.BookingCreateManyInput[] = [
    {
      id: bookingId,
      sessionId,
      expertId: jo,
      status: "CONFIRMED",
      requestedAt: addDays(now, -8),
      decidedAt: addDays(now, -6),
      decidedById: coordinatorId,
    },
  ];

  const story = (expertId: string, title: string, description: string, daysAgo: number) => ({
    id: newId(),
    expertId,
    title,
    description,
    attachedText: "",
    createdAt: addDays(now, -daysAgo),
    updatedAt: addDays(now, -daysAgo),
  });
  const crisis = story(
    jo,
    "What helped when I was in crisis",
    "The night the crisis team came, and the weeks after.",
    20,
  );
  const caring = story(jo, "Caring for my dad", "Looking after my dad with dementia while working full time.", 90);
  const assessed = story(
    jo,
    "Being assessed under the Mental Health Act",
    "What it felt like to be assessed, and what the social worker did that made a difference.",
    60,
  );
  const otherExpert = Object.entries(expertProfileId).find(([key]) => key !== DEMO_EXPERT_KEY)?.[1] as string;
  const other = story(otherExpert, "Growing up as a young carer", "Looking after my mum from the age of nine.", 30);
  const stories: Prisma.StoryCreateManyInput[] = [crisis, caring, assessed, other];

  const consents: Prisma.StoryConsentCreateManyInput[] = [
    {
      id: newId(),
      storyId: crisis.id,
      expertId: jo,
      bookingId,
      scopes: ["RECORDED", "LEARNING_PLATFORM"],
      named: false,
      until: dayOnly(addDays(now, 365)),
      givenAt: addDays(now, -7),
    },
  ];
  // The oldest attended Northbridge session: a consent that has run out.
  const older = attended[attended.length - 1];
  if (older)
    consents.push({
      id: newId(),
      storyId: caring.id,
      expertId: jo,
      bookingId: older.b.id,
      scopes: ["LIVE_SESSION", "LEARNING_PLATFORM"],
      named: true,
      until: dayOnly(addDays(now, -5)),
      givenAt: addDays(older.s.startsAt, -3),
    });
  // A session of a module Priya leads: withdrawn two days ago, not yet taken down.
  const priyaModules = new Set(people.modules.filter((m) => m.leaderId === userId.priya).map((m) => m.id as string));
  const led = attended.find(({ s }) => s.moduleId && priyaModules.has(s.moduleId) && s !== older?.s) ?? attended[0];
  if (led && led !== older)
    consents.push({
      id: newId(),
      storyId: assessed.id,
      expertId: jo,
      bookingId: led.b.id,
      scopes: ["LIVE_SESSION", "LEARNING_PLATFORM", "RECORDED"],
      named: false,
      until: null,
      givenAt: addDays(led.s.startsAt, -4),
      withdrawnAt: addDays(now, -2),
    });

  return { opportunities, sessionRows, bookings, stories, consents };
}
