/**
 * Group meetings of the expert cohort (issue 14) in the demo, pure: Northbridge's paid monthly
 * meeting (one date a month ago, attendance recorded and payments approved; the next date
 * coming up, Jo has a place) and an unpaid coffee morning nobody has signed up to yet. Neither has
 * a module or a stage, so neither is any module's involvement evidence.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { paysFee, sessionFeePence } from "@/lib/payments/fee";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY, EXPERTS } from "./data/experts";
import { COORDINATOR_OF } from "./data/organisations";
import { addDays, type Calendar, newId } from "./helpers";

const VENUE = "Room 2.14, Ashworth Building";
const ACCESS = "Step-free by the lift next to reception. Tea, coffee and lunch provided.";

export function buildGroupMeetings(cal: Calendar, people: People) {
  const { now } = cal;
  const { instId, userId, expertProfileId } = people.ids;
  const coordinatorId = userId[COORDINATOR_OF.N] as string;
  const rate = people.rates.find(
    (r) => r.institutionId === instId.N && r.opportunityType === "GROUP_MEETING" && r.basis === "HOUR",
  );

  const monthly = newId();
  const coffee = newId();
  const common = {
    institutionId: instId.N as string,
    type: "GROUP_MEETING" as const,
    stage: null,
    moduleId: null,
    livedExperienceSought: [],
    status: "OPEN" as const,
    createdById: coordinatorId,
    contactId: coordinatorId,
    quietRoomOffered: true,
    supporterWelcome: true,
  };
  const opportunities: Prisma.OpportunityCreateManyInput[] = [
    {
      ...common,
      id: monthly,
      title: "Experts' group meeting: catch-up and peer support",
      summary:
        "Our monthly meeting for everyone who takes part in the social work courses. News from the university, time to talk about how sessions have gone, and support from people who have been there.",
      whatYouWillDo:
        "Come as you are. There is no presentation to give. We start with lunch, then talk in a small group.",
      whoWillBeThere: "Experts by experience from across the partnership, and Sam from the involvement team",
      payRatePence: rate?.amountPence ?? 2500,
      payBasis: "HOUR",
      rateId: rate?.id ?? null,
      publishedAt: addDays(now, -45),
      createdAt: addDays(now, -46),
      updatedAt: addDays(now, -45),
    },
    {
      ...common,
      id: coffee,
      title: "Coffee morning for new and returning experts",
      summary:
        "An informal morning to meet others, ask questions about taking part and hear what is coming up. It is not paid, but your travel is.",
      whoWillBeThere: "New experts, a few who have taken part for years, and Sam",
      payRatePence: 0,
      payBasis: "FIXED",
      rateId: null,
      rateOverrideReason: "Informal and optional: travel is paid, time is not.",
      publishedAt: addDays(now, -3),
      createdAt: addDays(now, -4),
      updatedAt: addDays(now, -3),
    },
  ];

  const past = { id: newId(), startsAt: cal.at(cal.weekday(-28), "12:30"), endsAt: cal.at(cal.weekday(-28), "14:30") };
  const next = { id: newId(), startsAt: cal.at(cal.weekday(12), "12:30"), endsAt: cal.at(cal.weekday(12), "14:30") };
  const morning = { id: newId(), startsAt: cal.at(cal.weekday(20), "10:00"), endsAt: cal.at(cal.weekday(20), "11:30") };
  const sessionRows: Prisma.SessionCreateManyInput[] = [
    { ...past, opportunityId: monthly, places: 15, attendanceRecordedAt: addDays(past.endsAt, 1 / 24) },
    { ...next, opportunityId: monthly, places: 15 },
    { ...morning, opportunityId: coffee, places: 20, location: "Café, Student Centre" },
  ].map((s) => ({
    location: VENUE,
    accessInfo: ACCESS,
    createdAt: addDays(now, -45),
    ...s,
  }));

  const bookings: Prisma.BookingCreateManyInput[] = [];
  const payments: Prisma.PaymentCreateManyInput[] = [];
  const book = (session: typeof past, key: string, status: BookingStatus) => {
    const expertId = expertProfileId[key];
    if (!expertId) return;
    const id = newId();
    const requestedAt = addDays(session.startsAt, -14);
    bookings.push({
      id,
      sessionId: session.id,
      expertId,
      status,
      requestedAt,
      ...(status === "REQUESTED" ? {} : { decidedAt: addDays(requestedAt, 1), decidedById: coordinatorId }),
      ...(status === "ATTENDED" || status === "NO_SHOW" ? { attendanceMarkedAt: addDays(session.endsAt, 1 / 24) } : {}),
    });
    if (status !== "ATTENDED") return;
    const pay = EXPERTS.find((e) => e.key === key)?.pay ?? "BANK_TRANSFER";
    const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000);
    const fee = sessionFeePence({ ratePence: rate?.amountPence ?? 2500, basis: "HOUR", sessionMinutes: minutes });
    const recordedAt = addDays(session.endsAt, 1 / 24);
    payments.push({
      id: newId(),
      bookingId: id,
      expertId,
      method: pay,
      feePence: paysFee(pay) ? fee : 0,
      status: "APPROVED",
      sessionDate: session.startsAt,
      submittedAt: addDays(recordedAt, 1),
      approvedAt: addDays(recordedAt, 3),
      approvedById: coordinatorId,
      createdAt: recordedAt,
      updatedAt: addDays(recordedAt, 3),
    });
  };
  book(past, DEMO_EXPERT_KEY, "ATTENDED");
  book(past, "marcus", "ATTENDED");
  book(past, "winston", "ATTENDED");
  book(past, "siobhan", "ATTENDED");
  book(past, "aaliyah", "NO_SHOW");
  book(next, DEMO_EXPERT_KEY, "CONFIRMED");
  book(next, "marcus", "CONFIRMED");
  book(next, "helen", "REQUESTED");

  return { opportunities, sessionRows, bookings, payments };
}
