/**
 * The demo partnership: three institutions sharing a pool of experts by experience, with a
 * term's worth of opportunities, bookings, payments and evidence around today's date.
 * Every row is built in memory first (ids made here), then written table by table with
 * createMany inside one transaction, so the embedded database needs only a few round trips
 * and a failure leaves nothing behind.
 */
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import type { Db } from "@/lib/db/client";
import { buildActivity } from "./build-activity";
import { buildBreaks } from "./build-breaks";
import { buildConsent } from "./build-consent";
import { buildDebriefs } from "./build-debriefs";
import { buildEvidence } from "./build-evidence";
import { buildFeedback } from "./build-feedback";
import { buildGroupMeetings } from "./build-group-meetings";
import { buildMessages } from "./build-messages";
import { buildMoney } from "./build-money";
import { buildPeople } from "./build-people";
import { applyPreparation } from "./build-prepare";
import { PARTNERSHIP_NAME } from "./data/organisations";
import { createCalendar } from "./helpers";

export { PARTNERSHIP_NAME };

export function buildDemo(now: Date, passwordHash: string) {
  const cal = createCalendar(now);
  const people = buildPeople(cal, passwordHash);
  const activity = buildActivity(cal, people);
  applyPreparation(cal, people, activity);
  const money = buildMoney(cal, people, activity);
  const evidence = buildEvidence(cal, people, activity, money);
  const { messages } = buildMessages(cal, people);
  // Debrief tasks and check-in answers (marks bookings and one opportunity before they are written).
  const debriefs = buildDebriefs(cal, people, activity, evidence.debriefTasks);
  const breaks = buildBreaks(cal, people);
  const consent = buildConsent(cal, people, activity);
  const feedback = buildFeedback(cal, people, activity, evidence);
  const groupMeetings = buildGroupMeetings(cal, people);
  return { people, activity, money, evidence, messages, debriefs, breaks, consent, feedback, groupMeetings };
}

export async function seedDemo(db: Db, now = new Date()): Promise<{ created: boolean }> {
  const exists = () => db.partnership.findFirst({ where: { name: PARTNERSHIP_NAME }, select: { id: true } });
  if (await exists()) return { created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { people, activity, money, evidence, messages, debriefs, breaks, consent, feedback, groupMeetings } = buildDemo(
    now,
    passwordHash,
  );

  return db.$transaction(
    async (tx) => {
      // Checked again inside the transaction in case another process seeded meanwhile.
      if (await tx.partnership.findFirst({ where: { name: PARTNERSHIP_NAME }, select: { id: true } })) {
        return { created: false };
      }
      await tx.partnership.create({ data: people.partnership });
      await tx.institution.createMany({ data: people.institutions });
      await tx.user.createMany({ data: people.users });
      await tx.partner.createMany({ data: people.partners });
      await tx.programme.createMany({ data: people.programmes });
      await tx.module.createMany({ data: people.modules });
      await tx.expertProfile.createMany({ data: people.expertProfiles });
      for (const { partnerId, expertIds } of people.partnerExperts) {
        await tx.partner.update({
          where: { id: partnerId },
          data: { experts: { connect: expertIds.map((id) => ({ id })) } },
          select: { id: true },
        });
      }
      await tx.rate.createMany({ data: people.rates });
      await tx.opportunity.createMany({ data: activity.opportunities });
      await tx.session.createMany({ data: activity.sessionRows });
      await tx.booking.createMany({ data: activity.bookings });
      await tx.financeExport.createMany({ data: money.financeExports });
      await tx.payment.createMany({ data: money.payments });
      await tx.expenseItem.createMany({ data: money.expenses });
      await tx.involvementRecord.createMany({ data: evidence.involvementRecords });
      await tx.feedback.createMany({ data: evidence.feedback });
      await tx.expertFeedback.createMany({ data: evidence.expertFeedback });
      // Two-way feedback (issue 14).
      await tx.feedback.createMany({ data: feedback.feedback });
      await tx.expertFeedback.createMany({ data: feedback.expertFeedback });
      await tx.youSaidWeDid.createMany({ data: feedback.youSaidWeDid });
      await tx.debriefTask.createMany({ data: evidence.debriefTasks });
      await tx.debriefTask.createMany({ data: debriefs.tasks });
      await tx.auditEvent.createMany({ data: debriefs.auditEvents });
      await tx.notification.createMany({ data: evidence.notifications });
      await tx.auditEvent.createMany({ data: evidence.auditEvents });
      await tx.message.createMany({ data: messages });
      await tx.trainingRecord.createMany({ data: breaks.trainingRecords });
      // Stories and consent (issue 14): their own opportunity, session and booking, then the stories.
      await tx.opportunity.createMany({ data: consent.opportunities });
      await tx.session.createMany({ data: consent.sessionRows });
      await tx.booking.createMany({ data: consent.bookings });
      await tx.story.createMany({ data: consent.stories });
      await tx.storyConsent.createMany({ data: consent.consents });
      // Group meetings of the expert cohort (issue 14): no module, no stage.
      await tx.opportunity.createMany({ data: groupMeetings.opportunities });
      await tx.session.createMany({ data: groupMeetings.sessionRows });
      await tx.booking.createMany({ data: groupMeetings.bookings });
      await tx.payment.createMany({ data: groupMeetings.payments });
      return { created: true };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
