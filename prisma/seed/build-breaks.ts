/**
 * Breaks and training (issue 14) in the demo: one expert on a break until a date, one until they
 * say, and the demo expert's induction and three training courses, recorded by the demo
 * coordinator. Pure: it sets break fields on the built profiles and returns the training rows.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_EXPERT_KEY } from "./data/experts";
import { addDays, newId, type Calendar } from "./helpers";
import type { People } from "./build-people";

/** A calendar date (a `date` column) n days from today, London. */
function calendarDay(cal: Calendar, days: number): Date {
  const at = addDays(cal.now, days);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(at);
  return new Date(`${day}T00:00:00.000Z`);
}

export function buildBreaks(cal: Calendar, people: People) {
  const { expertProfileId, userId } = people.ids;
  const profile = (key: string) => people.expertProfiles.find((p) => p.id === expertProfileId[key]);

  const untilDate = profile("nadia");
  if (untilDate) {
    untilDate.breakStartedAt = addDays(cal.now, -6);
    untilDate.breakUntil = calendarDay(cal, 24);
    untilDate.breakUpdates = "MY_BOOKINGS";
  }
  const untilISay = profile("kwame");
  if (untilISay) {
    untilISay.breakStartedAt = addDays(cal.now, -20);
    untilISay.breakUntil = null;
    untilISay.breakUpdates = "PAYMENTS_ONLY";
  }

  const demo = profile(DEMO_EXPERT_KEY);
  const coordinatorId = userId.sam;
  const trainingRecords: Prisma.TrainingRecordCreateManyInput[] = [];
  if (demo && coordinatorId) {
    demo.inductionDate ??= addDays(cal.now, -690);
    const course = (
      c: Prisma.TrainingRecordCreateManyInput["course"],
      daysAgo: number,
      note = "",
    ): Prisma.TrainingRecordCreateManyInput => ({
      id: newId(),
      expertId: demo.id as string,
      course: c,
      completedOn: calendarDay(cal, -daysAgo),
      note,
      recordedById: coordinatorId,
      createdAt: addDays(cal.now, -daysAgo + 1),
    });
    trainingRecords.push(
      course("SHARING_YOUR_STORY_SAFELY", 660, "Half-day workshop with the user-led group."),
      course("EQUALITY", 400),
      course("PRESENTATION_SKILLS", 120, "Online, two sessions."),
    );
  }
  return { trainingRecords };
}
