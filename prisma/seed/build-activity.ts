/** Rows for opportunities, sessions and bookings (pure: no database access). */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY, EXPERTS, type ExpertSpec } from "./data/experts";
import { DEMO_PARTICIPATION_LEVEL, OPPORTUNITIES, type OpportunitySpec } from "./data/opportunities";
import { COORDINATOR_OF, INSTITUTIONS, ONLINE_ACCESS } from "./data/organisations";
import {
  academicYearOf,
  academicYearStart,
  addDays,
  addMinutes,
  type Calendar,
  createRandom,
  earlier,
  newId,
} from "./helpers";

const HOUR_MS = 3_600_000;

/** A session as later builders need it. */
export type BuiltSession = {
  id: string;
  key: string;
  opp: OpportunitySpec;
  oppId: string;
  moduleId: string | null;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  payRatePence: number;
  recordedAt: Date | null;
  bookings: { id: string; expertKey: string; status: BookingStatus }[];
};

const PLAN: ["a" | "ns" | "c" | "r" | "w" | "d" | "wd" | "cbu", BookingStatus][] = [
  ["a", "ATTENDED"],
  ["ns", "NO_SHOW"],
  ["c", "CONFIRMED"],
  ["r", "REQUESTED"],
  ["w", "WAITLISTED"],
  ["d", "DECLINED"],
  ["wd", "WITHDRAWN"],
  ["cbu", "CANCELLED_BY_UNIVERSITY"],
];

function message(status: BookingStatus, coordinatorFirstName: string): string {
  switch (status) {
    case "CONFIRMED":
    case "ATTENDED":
    case "NO_SHOW":
      return `You're booked in. ${coordinatorFirstName} will meet you at reception 15 minutes before the start.`;
    case "WAITLISTED":
      return "This date is full, so you are on the waiting list. I'll tell you straight away if a place comes up.";
    case "DECLINED":
      return "Thank you for offering. This date is full with people who have not been involved lately; I have kept your name for the next one.";
    case "CANCELLED_BY_UNIVERSITY":
      return "Sorry, this has been cancelled and moved to the spring. We will be in touch with new dates.";
    default:
      return "";
  }
}

export function buildActivity(cal: Calendar, people: People) {
  const { now } = cal;
  const rand = createRandom(20261123);
  const { instId, userId, expertProfileId } = people.ids;
  const thisYearStart = academicYearStart(now);

  const opportunities: Prisma.OpportunityCreateManyInput[] = [];
  const sessionRows: Prisma.SessionCreateManyInput[] = [];
  const bookings: Prisma.BookingCreateManyInput[] = [];
  const sessions: BuiltSession[] = [];
  const oppIds: Record<string, string> = {};
  const usage = new Map<string, number>();
  /** Each expert's booked times, so nobody is in two places at once. */
  const busy = new Map<string, [number, number][]>();
  const clashes = (expertKey: string, start: Date, end: Date) =>
    (busy.get(expertKey) ?? []).some(([a, b]) => start.getTime() < b && a < end.getTime());
  const occupy = (expertKey: string, start: Date, end: Date) =>
    busy.set(expertKey, [...(busy.get(expertKey) ?? []), [start.getTime(), end.getTime()]]);

  const isPast = (d: Date) => d.getTime() < now.getTime();

  function eligible(e: ExpertSpec, start: Date): boolean {
    if (e.inductionDay === undefined) return false;
    if (start.getTime() < cal.at(cal.weekday(e.inductionDay), "10:00").getTime()) return false;
    if (e.quiet && start.getTime() > addDays(now, -90).getTime()) return false;
    if (e.status === "ACTIVE") return true;
    if (e.status === "PAUSED" || e.status === "LEFT")
      return start.getTime() < addDays(now, -(e.changedDaysAgo ?? 0)).getTime();
    return false;
  }

  /** Experts interested in this type first, then whoever has been booked least, then chance. */
  function pick(opp: OpportunitySpec, start: Date, end: Date, taken: Set<string>): string {
    const pool = EXPERTS.filter(
      (e) => e.key !== DEMO_EXPERT_KEY && eligible(e, start) && !taken.has(e.key) && !clashes(e.key, start, end),
    ).map((e) => ({
      key: e.key,
      score: (e.interests.includes(opp.type) ? 0 : 10) + (usage.get(e.key) ?? 0) + rand.next() * 1.5,
    }));
    pool.sort((a, b) => a.score - b.score);
    const chosen = pool[0];
    if (!chosen) throw new Error(`No expert left to book on ${opp.key}`);
    usage.set(chosen.key, (usage.get(chosen.key) ?? 0) + 1);
    return chosen.key;
  }

  for (const opp of OPPORTUNITIES) {
    const inst = INSTITUTIONS.find((i) => i.key === opp.inst);
    if (!inst) throw new Error(`Unknown institution ${opp.inst}`);
    const coordinatorKey = COORDINATOR_OF[opp.inst];
    const coordinatorId = userId[coordinatorKey] as string;
    const coordinatorFirstName =
      people.users.find((u) => u.id === coordinatorId)?.name.split(" ")[0] ?? "A coordinator";

    // Off weekends, and never two sessions of one opportunity on the same day.
    const usedDays = new Set<number>();
    const dated = opp.sessions.map((spec) => {
      let day = cal.weekday(spec.day);
      while (usedDays.has(day)) day = cal.weekday(day + (spec.day < 0 ? -1 : 1));
      usedDays.add(day);
      return { spec, startsAt: cal.at(day, spec.start), endsAt: cal.at(day, spec.end) };
    });
    const first = dated[0]?.startsAt ?? now;
    const last = dated[dated.length - 1]?.startsAt ?? now;

    // A module runs in one academic year: this year's unless every session was before it began.
    let moduleId: string | null = null;
    if (opp.module) {
      const year =
        dated.length === 0 || last.getTime() >= thisYearStart.getTime() ? academicYearOf(now) : academicYearOf(last);
      moduleId = people.moduleFor(opp.module, year);
    }

    const rate = people.rates
      .filter(
        (r) =>
          r.institutionId === instId[opp.inst] &&
          r.opportunityType === opp.type &&
          r.basis === opp.basis &&
          new Date(r.effectiveFrom).getTime() <= first.getTime(),
      )
      .sort((a, b) => new Date(b.effectiveFrom).getTime() - new Date(a.effectiveFrom).getTime())[0];
    if (!rate) throw new Error(`No ${opp.basis} rate for ${opp.type} at ${opp.inst}`);

    const draft = opp.status === "DRAFT";
    const publishedAt = draft ? null : earlier(addDays(first, -35), addDays(now, -20));
    const createdAt = publishedAt ? addDays(publishedAt, -3) : addDays(now, opp.requestedBy ? -6 : -2);
    const cancelledAt = opp.status === "CANCELLED" ? addDays(now, -3) : null;
    const oppId = newId();
    oppIds[opp.key] = oppId;
    opportunities.push({
      id: oppId,
      institutionId: instId[opp.inst] as string,
      type: opp.type,
      stage: opp.stage,
      participationLevel: DEMO_PARTICIPATION_LEVEL[opp.type] ?? null,
      title: opp.title,
      summary: opp.summary,
      whatYouWillDo: opp.whatYouWillDo,
      livedExperienceSought: opp.sought,
      moduleId,
      payRatePence: rate.amountPence,
      payBasis: opp.basis,
      rateId: rate.id ?? null,
      preparationOffered: (opp.prepMinutes ?? 0) > 0,
      preparationMinutes: opp.prepMinutes ?? 0,
      debriefOffered: opp.debrief ?? false,
      status: opp.status,
      createdById: coordinatorId,
      requestedById: opp.requestedBy ? (userId[opp.requestedBy] ?? null) : null,
      requestNotes: opp.requestNotes ?? "",
      placesWanted: opp.placesWanted ?? null,
      contactId: coordinatorId,
      publishedAt,
      cancelledAt,
      cancelReason: opp.cancelReason ?? null,
      createdAt,
      updatedAt: cancelledAt ?? publishedAt ?? createdAt,
    });

    dated.forEach(({ spec, startsAt, endsAt }, index) => {
      const past = isPast(startsAt);
      const recorded = past && !spec.unrecorded && !cancelledAt;
      const recordedAt = recorded ? earlier(addMinutes(endsAt, rand.int(90, 26 * 60)), addMinutes(now, -30)) : null;
      const sessionId = newId();
      const key = `${opp.key}@${spec.day}`;
      sessionRows.push({
        id: sessionId,
        opportunityId: oppId,
        startsAt,
        endsAt,
        location: spec.online ? "" : inst.location,
        onlineUrl: spec.online ? `${inst.meetPrefix}/${opp.key}-${index + 1}` : "",
        accessInfo: spec.online ? ONLINE_ACCESS : inst.accessInfo,
        places: spec.places,
        cancelledAt,
        attendanceRecordedAt: recordedAt,
        createdAt: publishedAt ? addDays(publishedAt, -1) : createdAt,
      });
      const built: BuiltSession = {
        id: sessionId,
        key,
        opp,
        oppId,
        moduleId,
        startsAt,
        endsAt,
        online: !!spec.online,
        payRatePence: rate.amountPence,
        recordedAt,
        bookings: [],
      };
      sessions.push(built);

      const wanted: [string | null, BookingStatus][] = [];
      if (spec.jo) wanted.push([DEMO_EXPERT_KEY, spec.jo]);
      for (const pin of spec.pins ?? []) wanted.push(pin);
      for (const [field, status] of PLAN) for (let i = 0; i < (spec[field] ?? 0); i++) wanted.push([null, status]);

      const held = wanted.filter(([, s]) => s === "CONFIRMED" || s === "ATTENDED" || s === "NO_SHOW").length;
      if (held > spec.places) throw new Error(`${key}: ${held} places held but only ${spec.places}`);
      for (const [, s] of wanted) {
        const ok = past
          ? ["ATTENDED", "NO_SHOW", "DECLINED", "WITHDRAWN"].includes(s) || (s === "CONFIRMED" && !!spec.unrecorded)
          : s !== "ATTENDED" && s !== "NO_SHOW";
        if (!ok && s !== "CANCELLED_BY_UNIVERSITY")
          throw new Error(`${key}: ${s} does not fit a ${past ? "past" : "future"} session`);
      }

      const taken = new Set<string>();
      let freedAt: Date | null = null;
      for (const [pinned, status] of wanted) {
        const expertKey = pinned ?? pick(opp, startsAt, endsAt, taken);
        const pinnedSpec = pinned ? EXPERTS.find((e) => e.key === pinned) : undefined;
        if (pinned && (!pinnedSpec || !eligible(pinnedSpec, startsAt) || clashes(pinned, startsAt, endsAt))) {
          throw new Error(`${key}: ${pinned} cannot be booked on this session`);
        }
        taken.add(expertKey);
        occupy(expertKey, startsAt, endsAt);
        const latest = earlier(addDays(startsAt, -3), addMinutes(now, -180));
        const earliest = new Date(
          Math.max((publishedAt ?? createdAt).getTime() + HOUR_MS * 24, addDays(startsAt, -25).getTime()),
        );
        const span = Math.max(0, latest.getTime() - earliest.getTime());
        const requestedAt = new Date(earliest.getTime() + Math.floor(rand.next() * span));
        const decided = status !== "REQUESTED";
        const decidedAt = decided
          ? earlier(new Date(requestedAt.getTime() + rand.int(4, 40) * HOUR_MS), addMinutes(now, -60))
          : null;
        let withdrawnAt: Date | null = null;
        if (status === "WITHDRAWN" && decidedAt) {
          const limit = earlier(addDays(startsAt, -1), addMinutes(now, -30));
          withdrawnAt = new Date(decidedAt.getTime() + Math.max(HOUR_MS, (limit.getTime() - decidedAt.getTime()) / 2));
        }
        if (withdrawnAt) freedAt = withdrawnAt;
        const marked = status === "ATTENDED" || status === "NO_SHOW" ? recordedAt : null;
        const id = newId();
        built.bookings.push({ id, expertKey, status });
        bookings.push({
          id,
          sessionId,
          expertId: expertProfileId[expertKey] as string,
          status,
          message: decided ? message(status, coordinatorFirstName) : "",
          requestedAt,
          decidedAt,
          decidedById: decided ? coordinatorId : null,
          withdrawnAt,
          attendanceMarkedAt: marked,
          updatedAt: marked ?? cancelledAt ?? withdrawnAt ?? decidedAt ?? requestedAt,
        });
      }
      // Someone withdrew, so the first confirmed person was offered the freed place.
      if (freedAt) {
        const moved = bookings.find(
          (b) =>
            b.sessionId === sessionId && b.status === "CONFIRMED" && b.expertId !== expertProfileId[DEMO_EXPERT_KEY],
        );
        if (moved) {
          moved.offeredAt = earlier(addMinutes(freedAt, 120), addMinutes(now, -10));
          moved.decidedAt = moved.offeredAt;
          moved.updatedAt = moved.offeredAt;
        }
      }
    });
  }

  return { opportunities, sessionRows, bookings, sessions, oppIds };
}

export type Activity = ReturnType<typeof buildActivity>;
