/**
 * Two-way feedback for the demo (issue 14), pure: the demo expert's and fellow attendees' answers
 * on sessions they attended (some anonymous to the academic), academics' feedback on the demo
 * expert's sessions (some shared with the experts, some not), and three "You said, we did".
 * Adds to what build-evidence made, never a second row for the same booking or academic.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaidOnTime } from "@/lib/generated/prisma/enums";
import type { Activity } from "./build-activity";
import type { buildEvidence } from "./build-evidence";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY } from "./data/experts";
import { STAFF } from "./data/organisations";
import { addDays, addMinutes, type Calendar, earlier, newId } from "./helpers";

type Answers = {
  prepared: number;
  treatedWell: number;
  worthIt: number;
  paidOnTime: PaidOnTime;
  comments: string;
  anonymous: boolean;
};

const EXPERT_ANSWERS: Answers[] = [
  {
    prepared: 4,
    treatedWell: 5,
    worthIt: 5,
    paidOnTime: "YES",
    comments: "The students listened carefully and asked good questions. A short break halfway would help.",
    anonymous: false,
  },
  {
    prepared: 2,
    treatedWell: 4,
    worthIt: 4,
    paidOnTime: "NO",
    comments: "I was only told the room the night before, and my payment took over a month.",
    anonymous: true,
  },
  {
    prepared: 5,
    treatedWell: 5,
    worthIt: 4,
    paidOnTime: "NOT_YET",
    comments: "The quiet room made a real difference after talking about difficult things.",
    anonymous: false,
  },
  {
    prepared: 3,
    treatedWell: 3,
    worthIt: 3,
    paidOnTime: "YES",
    comments: "",
    anonymous: true,
  },
];

const ACADEMIC_WORDS: { rating: number; text: string; share: boolean }[] = [
  // Not shared: the coordinator sees it, the experts never do.
  {
    rating: 3,
    text: "The session overran and we lost the small-group part. We should plan the timings together next time.",
    share: false,
  },
  {
    rating: 5,
    text: "Students said hearing a real story changed how they think about assessments. Several mentioned it in their reflections.",
    share: true,
  },
  { rating: 4, text: "Students valued the honesty and the practical tips about first visits.", share: true },
];

type Evidence = ReturnType<typeof buildEvidence>;

export function buildFeedback(cal: Calendar, people: People, activity: Activity, evidence: Evidence) {
  const { now } = cal;
  const { expertProfileId, userId, instId, partnershipId } = people.ids;
  const leaderOf = new Map(people.modules.map((m) => [m.id as string, m.leaderId ?? null]));
  const academicOf = (inst: string) => {
    const key = STAFF.find((p) => p.role === "ACADEMIC" && p.inst === inst)?.key;
    return key ? (userId[key] ?? null) : null;
  };
  const givenBookings = new Set(evidence.expertFeedback.map((f) => f.bookingId));
  const givenAcademic = new Set(evidence.feedback.map((f) => `${f.sessionId}:${f.authorId}`));

  // The demo expert's attended sessions, newest first. The newest stays without their feedback,
  // so the home page and the history show the "Tell us how it went" link.
  const attended = activity.sessions
    .filter((s) => s.endsAt < now && s.bookings.some((b) => b.status === "ATTENDED" && b.expertKey === DEMO_EXPERT_KEY))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());

  const expertFeedback: Prisma.ExpertFeedbackCreateManyInput[] = [];
  const feedback: Prisma.FeedbackCreateManyInput[] = [];
  let answer = 0;
  let words = 0;
  for (const [i, s] of attended.slice(0, 5).entries()) {
    const createdAt = earlier(addMinutes(s.endsAt, 24 * 60), now);
    for (const b of s.bookings) {
      if (b.status !== "ATTENDED" || givenBookings.has(b.id)) continue;
      if (b.expertKey === DEMO_EXPERT_KEY && i === 0) continue;
      const expertId = expertProfileId[b.expertKey];
      if (!expertId) continue;
      const a = EXPERT_ANSWERS[answer++ % EXPERT_ANSWERS.length]!;
      expertFeedback.push({
        id: newId(),
        bookingId: b.id,
        sessionId: s.id,
        expertId,
        ...a,
        createdAt,
        updatedAt: createdAt,
      });
      givenBookings.add(b.id);
    }
    // The module's leader; a session with no module (e.g. admissions) by an academic of its university.
    const leaderId = (s.moduleId ? leaderOf.get(s.moduleId) : null) ?? academicOf(s.opp.inst);
    if (leaderId && !givenAcademic.has(`${s.id}:${leaderId}`)) {
      const w = ACADEMIC_WORDS[words++ % ACADEMIC_WORDS.length]!;
      feedback.push({
        id: newId(),
        sessionId: s.id,
        authorId: leaderId,
        authorRole: "ACADEMIC",
        rating: w.rating,
        text: w.text,
        shareWithExperts: w.share,
        createdAt,
        updatedAt: createdAt,
      });
      givenAcademic.add(`${s.id}:${leaderId}`);
    }
  }

  // Two from Northbridge (the demo coordinator's), one from another university of the partnership.
  const youSaid = (inst: "N" | "R", author: string, daysAgo: number, said: string, did: string) => {
    const at = addDays(now, -daysAgo);
    return {
      id: newId(),
      partnershipId,
      institutionId: instId[inst] as string,
      authorId: userId[author] as string,
      youSaid: said,
      weDid: did,
      publishedAt: at,
      updatedAt: at,
    } satisfies Prisma.YouSaidWeDidCreateManyInput;
  };
  const youSaidWeDid = [
    youSaid(
      "N",
      "sam",
      40,
      "Sessions of two hours or more were tiring without a proper break.",
      "Every session over 90 minutes now has a 15-minute break, and you can ask for more.",
    ),
    youSaid(
      "R",
      "ruksana",
      25,
      "Waiting more than a month to be paid caused real hardship.",
      "We now pay within 14 days of your claim, and we tell you if anything holds it up.",
    ),
    youSaid(
      "N",
      "sam",
      8,
      "After talking about difficult experiences, there was nowhere quiet to go.",
      "We now book a quiet room next to the teaching room for every session, with tea and a member of staff nearby.",
    ),
  ];

  return { expertFeedback, feedback, youSaidWeDid };
}
