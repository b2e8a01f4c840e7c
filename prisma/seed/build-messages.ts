/**
 * A few emails and calls Involve has written, so a fresh install shows "Sent messages", the call
 * list and a person's messages with something in them: sent, kept because no mail server is set
 * up, failed with the mail server's reason, not emailed by choice, and calls to make and made.
 * Pure: no database access.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKind, MessageStatus, Role } from "@/lib/generated/prisma/enums";
import { absoluteUrl, messagesPath } from "@/lib/messages/links";
import { renderEmail } from "@/lib/messages/render";
import type { People } from "./build-people";
import { DEMO_EXPERT_KEY, EXPERTS } from "./data/experts";
import { INSTITUTIONS, STAFF, type InstKey } from "./data/organisations";
import { addDays, type Calendar, formatDay, newId } from "./helpers";

const NOT_SENT = "No mail server is set up (SMTP_URL), so this was not emailed.";

type Spec = {
  to: string;
  inst: InstKey;
  kind: MessageKind;
  status: MessageStatus;
  daysAgo: number;
  subject: string;
  body: string;
  link: string;
  lastError?: string;
  calledBy?: string;
};

export function buildMessages(cal: Calendar, people: People) {
  const { now } = cal;
  const { userId, expertUserId, instId } = people.ids;
  const inDays = (n: number) => formatDay(cal.at(cal.weekday(n), "10:00"));

  const specs: Spec[] = [
    {
      to: DEMO_EXPERT_KEY,
      inst: "N",
      kind: "BOOKING",
      status: "SENT",
      daysAgo: 2,
      subject: "Your place is confirmed",
      body: `Your place on "Listening to carers" on ${inDays(9)} is confirmed.\n\nSam will meet you at the main entrance 15 minutes before it starts.`,
      link: "/expert",
    },
    {
      to: "marcus",
      inst: "N",
      kind: "SESSION",
      status: "NOT_SENT",
      daysAgo: 1,
      subject: "Your session has moved to a new room",
      body: `The session on ${inDays(6)} is now in Room 2.10, Hilltop Building. The time has not changed.\n\nRoom 2.10 has step-free access from Mill Lane.`,
      link: "/expert",
      lastError: NOT_SENT,
    },
    {
      to: "aaliyah",
      inst: "N",
      kind: "REMINDER",
      status: "NOT_SENT",
      daysAgo: 0.5,
      subject: "Reminder: your session is in 2 days",
      body: `This is a reminder of your session on ${inDays(2)}, 10:00am to 12:00pm.\n\nIf you need anything to make the day easier, reply to your coordinator or phone them.`,
      link: "/expert",
      lastError: NOT_SENT,
    },
    {
      to: "tom",
      inst: "N",
      kind: "PAYMENT",
      status: "FAILED",
      daysAgo: 3,
      subject: "Your payment has been sent to finance",
      body: "Your payment for the skills day has been approved and sent to finance. It usually reaches your bank account within 10 working days.",
      link: "/expert/payments",
      lastError: "The mail server refused it: 550 5.1.1 <tom.riley@involve.example>: mailbox unavailable",
    },
    {
      to: "derek",
      inst: "N",
      kind: "BOOKING",
      status: "TO_CALL",
      daysAgo: 1,
      subject: "You have a place on the admissions interviews",
      body: `Your place on the admissions interview panel on ${inDays(8)} is confirmed.\n\nThe interviews start at 9:30am in Room 2.14. Lunch is provided.`,
      link: "/expert",
      lastError: "They asked to be phoned instead of emailed.",
    },
    {
      to: "derek",
      inst: "N",
      kind: "CHECK_IN",
      status: "CALLED",
      daysAgo: 12,
      subject: "How did it go?",
      body: "Thank you for coming to the role-play day. How did it go? If you would like a chat about it (a debrief), tell us and we will arrange one.",
      link: "/expert/history",
      lastError: "They asked to be phoned instead of emailed.",
      calledBy: "sam",
    },
    {
      to: "grace",
      inst: "N",
      kind: "CHECK_IN",
      status: "SKIPPED",
      daysAgo: 4,
      subject: "How did it go?",
      body: "Thank you for coming to the lecture. How did it go? If you would like a debrief, tell us and we will arrange one.",
      link: "/expert/history",
      lastError: "They asked to hear from us only inside Involve.",
    },
    {
      to: "sam",
      inst: "N",
      kind: "DIGEST",
      status: "SENT",
      daysAgo: 1,
      subject: "Today: 3 requests waiting and 1 late payment",
      body: "3 people have asked for a place and are waiting for your decision.\n\n1 payment is late: the session was more than 30 days ago.",
      link: "/coordinator",
    },
    {
      to: "marcus",
      inst: "R",
      kind: "BOOKING",
      status: "SENT",
      daysAgo: 5,
      subject: "You are on the waiting list",
      body: `The session on ${inDays(10)} at Riverside University is full. We will tell you straight away if a place comes up.`,
      link: "/expert",
    },
  ];

  const everyone = [
    ...STAFF.map((s) => ({ ...s, role: s.role as Role })),
    ...EXPERTS.map((e) => ({ ...e, role: "EXPERT" as Role })),
  ];
  const messages: Prisma.MessageCreateManyInput[] = specs.map((s) => {
    const person = everyone.find((p) => p.key === s.to);
    const id = userId[s.to] ?? expertUserId[s.to];
    if (!person || !id) throw new Error(`Demo messages: no person "${s.to}"`);
    const institutionName = INSTITUTIONS.find((i) => i.key === s.inst)!.name;
    const email = renderEmail({
      recipientName: person.name,
      institutionName,
      subject: s.subject,
      body: s.body,
      action: { label: "Open Involve", url: absoluteUrl(s.link) },
      preferencesUrl: absoluteUrl(messagesPath(person.role)),
    });
    const createdAt = addDays(now, -s.daysAgo);
    return {
      id: newId(),
      userId: id,
      institutionId: instId[s.inst],
      kind: s.kind,
      status: s.status,
      toAddress: person.email,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      link: s.link,
      attempts: s.status === "SENT" || s.status === "FAILED" ? 1 : 0,
      lastError: s.lastError ?? null,
      sentAt: s.status === "SENT" ? addDays(createdAt, 0.001) : null,
      calledById: s.calledBy ? (userId[s.calledBy] ?? null) : null,
      createdAt,
      updatedAt: s.calledBy ? addDays(createdAt, 0.2) : createdAt,
    };
  });
  return { messages };
}
