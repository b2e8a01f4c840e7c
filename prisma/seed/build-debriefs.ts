/**
 * Debriefs and check-ins in the demo partnership, for the demo coordinator's university
 * (Northbridge, coordinator@northbridge.ac.uk), beside the tasks build-evidence makes from the
 * experts' old feedback (never a second task for the same booking):
 *  - an urgent task: someone answered the check-in "not OK" yesterday;
 *  - an overdue task: someone asked for a debrief and nobody has called yet;
 *  - a done task, with the coordinator's private note;
 *  - a session on a sensitive topic (the mental health seminar, opportunity n1): every attendee has
 *    a SENSITIVE_SESSION task — the older session's done, the recent one's open, one of them
 *    "said they were OK" at the check-in.
 * Pure apart from this: it marks opportunity n1 as sensitive and writes the check-in answers on
 * their bookings, in the rows built before anything is written.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Wellbeing } from "@/lib/generated/prisma/enums";
import { debriefDueOn, urgentDueOn } from "@/lib/debriefs/due";
import type { Activity, BuiltSession } from "./build-activity";
import type { People } from "./build-people";
import { COORDINATOR_OF } from "./data/organisations";
import { addDays, addMinutes, type Calendar, earlier, newId } from "./helpers";

const SENSITIVE_OPPORTUNITY = "n1";
const SENSITIVE_NOTE =
  "Students may ask about mental health crises, including self-harm. You choose what to share and can stop at any time.";

export function buildDebriefs(
  cal: Calendar,
  people: People,
  activity: Activity,
  existing: readonly Prisma.DebriefTaskCreateManyInput[],
) {
  const { now } = cal;
  const { instId, userId, expertProfileId, expertUserId } = people.ids;
  const sam = userId[COORDINATOR_OF.N] as string;
  const northbridge = instId.N as string;
  const taken = new Set(existing.map((t) => t.bookingId));
  const tasks: Prisma.DebriefTaskCreateManyInput[] = [];
  const auditEvents: Prisma.AuditEventCreateManyInput[] = [];

  const bySession = (key: string): BuiltSession => {
    const found = activity.sessions.find((s) => s.key === key);
    if (!found) throw new Error(`No session ${key}`);
    return found;
  };
  /** The session's attendees who have no task yet. */
  const attendees = (s: BuiltSession) => s.bookings.filter((b) => b.status === "ATTENDED" && !taken.has(b.id));
  const audit = (
    actorId: string | null,
    action: string,
    entityType: string,
    entityId: string,
    at: Date,
    after: Prisma.InputJsonValue,
  ) =>
    auditEvents.push({
      id: newId(),
      actorId,
      partnershipId: people.partnership.id,
      action,
      entityType,
      entityId,
      after,
      createdAt: at,
    });
  const answer = (bookingId: string, feeling: Wellbeing, at: Date) => {
    const row = activity.bookings.find((b) => b.id === bookingId);
    if (row) Object.assign(row, { checkInFeeling: feeling, checkInAnsweredAt: at });
  };
  const task = (
    s: BuiltSession,
    b: BuiltSession["bookings"][number],
    data: Omit<Prisma.DebriefTaskCreateManyInput, "bookingId" | "expertId" | "institutionId" | "id">,
  ) => {
    const id = newId();
    taken.add(b.id);
    tasks.push({
      id,
      bookingId: b.id,
      expertId: expertProfileId[b.expertKey] as string,
      institutionId: northbridge,
      ...data,
    });
    return id;
  };

  // "Not OK" at the check-in, answered yesterday evening, a fortnight after the session: urgent.
  {
    const s = bySession("n4@-13");
    const b = attendees(s)[0];
    if (b) {
      const at = earlier(cal.at(-1, "19:40"), now);
      answer(b.id, "NOT_OK", at);
      task(s, b, {
        reason: "ASKED",
        urgent: true,
        expertNote: "At the check-in: One of the interviews was about a hospital stay like mine. I keep going over it.",
        dueOn: urgentDueOn(at),
        createdAt: at,
      });
      audit(expertUserId[b.expertKey] ?? null, "booking.check_in_answered", "Booking", b.id, at, {
        task: "urgent",
        told: 1,
      });
    }
  }

  // Asked for a debrief the day after, due two working days later: overdue now.
  {
    const s = bySession("n7@-16");
    const b = attendees(s)[0];
    if (b) {
      const at = earlier(addDays(s.endsAt, 1), now);
      task(s, b, {
        reason: "ASKED",
        requestedByExpert: true,
        expertNote: "Nothing urgent. I would just like to talk about how the group went. Afternoons are best.",
        dueOn: debriefDueOn(at),
        createdAt: at,
      });
      audit(expertUserId[b.expertKey] ?? null, "booking.debrief_requested", "Booking", b.id, at, {
        told: 1,
        withNote: true,
        task: "created",
      });
    }
  }

  // Asked, and done two days later, with the coordinator's private note.
  {
    const s = bySession("n10@-24");
    const b = attendees(s)[0];
    if (b) {
      const at = earlier(addDays(s.endsAt, 1), now);
      const doneAt = earlier(addDays(at, 2), now);
      const id = task(s, b, {
        reason: "ASKED",
        requestedByExpert: true,
        expertNote: "A student's question about my children stayed with me.",
        dueOn: debriefDueOn(at),
        createdAt: at,
        doneAt,
        doneById: sam,
        privateNote:
          "Phoned for 30 minutes. Felt caught off guard by a personal question. Agreed we brief students on boundaries before the next research group; happy to come back.",
      });
      audit(expertUserId[b.expertKey] ?? null, "booking.debrief_requested", "Booking", b.id, at, {
        told: 1,
        withNote: true,
        task: "created",
      });
      audit(sam, "debrief.recorded", "DebriefTask", id, doneAt, {
        doneOn: doneAt.toISOString().slice(0, 10),
        privateNote: "written",
      });
    }
  }

  // The mental health seminar is on a sensitive topic: everyone who came is checked on.
  const oppId = activity.oppIds[SENSITIVE_OPPORTUNITY];
  const opportunity = activity.opportunities.find((o) => o.id === oppId);
  if (opportunity) {
    Object.assign(opportunity, {
      sensitiveTopic: true,
      sensitiveTopicNote: opportunity.sensitiveTopicNote || SENSITIVE_NOTE,
    });
    for (const s of activity.sessions.filter((x) => x.oppId === oppId && x.endsAt < now)) {
      const made = earlier(s.recordedAt ?? addMinutes(s.endsAt, 60), now);
      const old = s.endsAt < addDays(now, -40);
      attendees(s).forEach((b, i) => {
        const saidOk = !old && i === 0;
        if (saidOk) answer(b.id, "OK", earlier(addDays(s.endsAt, 1), now));
        const doneAt = old || i > 0 ? earlier(addDays(made, 2), now) : null;
        const id = task(s, b, {
          reason: "SENSITIVE_SESSION",
          dueOn: debriefDueOn(made),
          createdAt: made,
          doneAt,
          doneById: doneAt ? sam : null,
          privateNote: doneAt ? "Checked in by phone. Fine; found the planning hour useful." : "",
        });
        if (doneAt)
          audit(sam, "debrief.recorded", "DebriefTask", id, doneAt, {
            doneOn: doneAt.toISOString().slice(0, 10),
            privateNote: "written",
          });
      });
    }
  }

  return { tasks, auditEvents };
}
