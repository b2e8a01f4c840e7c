/**
 * Preparation in the demo (issue 14), pure: briefings on two opportunities (one on a sensitive
 * topic), supporters on a few upcoming bookings (one with claimable travel), and the demo expert's
 * access needs, shared with the module leader (academic@northbridge.ac.uk) for one booking.
 * It fills in fields of rows the other builders made, before anything is written.
 */
import type { Activity, BuiltSession } from "./build-activity";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY } from "./data/experts";
import type { Calendar } from "./helpers";

export function applyPreparation(cal: Calendar, people: People, activity: Activity) {
  const { now } = cal;
  const { expertProfileId } = people.ids;
  const opportunity = (key: string) => {
    const found = activity.opportunities.find((o) => o.id === activity.oppIds[key]);
    if (!found) throw new Error(`No opportunity ${key}`);
    return found;
  };
  const upcoming = (key: string): BuiltSession[] =>
    activity.sessions.filter((s) => s.opp.key === key && s.startsAt > now).sort((a, b) => +a.startsAt - +b.startsAt);
  const booking = (id: string) => {
    const found = activity.bookings.find((b) => b.id === id);
    if (!found) throw new Error(`No booking ${id}`);
    return found;
  };

  // A sensitive topic, with its plain note (SWM703, mental health).
  Object.assign(opportunity("n1"), {
    whoWillBeThere: "MSc students in their first year, the module leader and a mental health nurse",
    cohortSize: 24,
    sensitiveTopic: true,
    sensitiveTopicNote:
      "Mental health crises, including self-harm and suicide. You choose what to share, and you can step out at any time.",
    quietRoomOffered: true,
    supporterWelcome: true,
  });
  // A full briefing (SW4001, led by the demo academic).
  Object.assign(opportunity("n2"), {
    whoWillBeThere: "First-year BA students in groups of six, two lecturers and two other experts by experience",
    cohortSize: 60,
    quietRoomOffered: true,
    supporterWelcome: true,
  });

  // Supporters on upcoming confirmed places: one whose travel can be claimed, one without a name.
  const skillsDays = upcoming("n2");
  const others = skillsDays.flatMap((s) =>
    s.bookings.filter((b) => b.status === "CONFIRMED" && b.expertKey !== DEMO_EXPERT_KEY),
  );
  if (others[0])
    Object.assign(booking(others[0].id), {
      supporterComing: true,
      supporterName: "Mark Ellis (personal assistant)",
      supporterTravelClaimable: true,
    });
  if (others[1]) Object.assign(booking(others[1].id), { supporterComing: true });

  // The demo expert: what helps them take part, shared with the module leader for their skills day.
  const jo = people.expertProfiles.find((p) => p.id === expertProfileId[DEMO_EXPERT_KEY]);
  if (jo) jo.accessNeeds = "A seat near the door, and a short break every hour";
  const joSkills = skillsDays.flatMap((s) =>
    s.bookings.filter((b) => b.expertKey === DEMO_EXPERT_KEY && b.status === "CONFIRMED"),
  )[0];
  if (joSkills) Object.assign(booking(joSkills.id), { shareAccessNeedsWithAcademic: true, supporterComing: true });
}
